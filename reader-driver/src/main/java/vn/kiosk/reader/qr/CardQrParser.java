package vn.kiosk.reader.qr;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import vn.kiosk.reader.identity.Identity.Sex;

/**
 * The card QR: the CCCD front QR, and the căn cước 2024 QR read the same way. The căn cước
 * layout is not published; its listed content is a superset of the CCCD's, so its fields are read
 * in the CCCD order by shape, what does not fit is reported, and a card issued from 1 July 2024
 * (when the căn cước replaced the CCCD) is reported as CAN_CUOC_2024.
 */
final class CardQrParser {
    static final LocalDate CAN_CUOC_FROM = LocalDate.of(2024, 7, 1);
    private static final int CCCD_FIELD_COUNT = CccdField.values().length;

    private final Clock clock;

    CardQrParser(Clock clock) {
        this.clock = clock;
    }

    /** {@code delimiter} is {@code |} on every card seen; another one is read but reported. */
    QrResult.Recognised parse(QrText text, char delimiter) {
        List<String> parts = Arrays.asList(text.text().split(Pattern.quote(String.valueOf(delimiter)), -1));
        List<String> problems = new ArrayList<>(text.notes());
        if (delimiter != '|') {
            problems.add("fields are separated by '" + printable(delimiter) + "', not '|': read in the CCCD order, unconfirmed");
        }
        CccdFields fields = CccdFields.place(parts);
        if (parts.size() != CCCD_FIELD_COUNT) {
            problems.add("the QR has " + parts.size() + " fields where the CCCD layout has " + CCCD_FIELD_COUNT);
        }
        for (CccdField field : List.of(CccdField.FULL_NAME, CccdField.DATE_OF_BIRTH, CccdField.SEX, CccdField.ADDRESS,
                CccdField.ISSUE_DATE)) {
            if (!fields.has(field)) {
                problems.add("no " + field.label());
            }
        }
        for (int position : fields.skipped()) {
            problems.add("field " + position + " fits no CCCD field where it stands: not understood");
        }
        if (!fields.trailing().isEmpty()) {
            problems.add(fields.trailing().size() + " field(s) after the issue date not understood (fields "
                    + fields.trailing() + ")");
        }

        String id = fields.get(CccdField.ID_NUMBER);
        Optional<LocalDate> birth = date(fields, CccdField.DATE_OF_BIRTH, problems);
        Optional<LocalDate> issue = date(fields, CccdField.ISSUE_DATE, problems);
        Optional<Sex> sex = Sexes.parse(fields.get(CccdField.SEX));
        if (fields.get(CccdField.SEX).equalsIgnoreCase("nu")) {
            problems.add("the sex is written without diacritics");
        }
        problems.addAll(IdNumberRules.check(id, birth, sex));
        problems.addAll(dateProblems(birth, issue));

        QrKind kind = issue.isPresent() && !issue.get().isBefore(CAN_CUOC_FROM) ? QrKind.CAN_CUOC_2024 : QrKind.CCCD;
        if (kind == QrKind.CAN_CUOC_2024) {
            problems.add("issued from 1 July 2024 (căn cước): its QR layout is not published, fields were read in the CCCD order");
        }
        return new QrResult.Recognised(kind,
                Identities.fromQr(id, fields.get(CccdField.FULL_NAME), birth, sex, fields.get(CccdField.ADDRESS), issue,
                        fields.get(CccdField.OLD_ID_NUMBER)),
                QrAccessKey.derive(id, birth, issue), problems);
    }

    private static Optional<LocalDate> date(CccdFields fields, CccdField field, List<String> problems) {
        if (!fields.has(field)) {
            return Optional.empty();
        }
        String text = fields.get(field);
        Optional<LocalDate> date = QrDates.parse(text);
        if (date.isEmpty()) {
            problems.add("the " + field.label() + " is not a real calendar date");
        } else if (!QrDates.isCompact(text)) {
            problems.add("the " + field.label() + " is written with separators, not ddMMyyyy");
        }
        return date;
    }

    private List<String> dateProblems(Optional<LocalDate> birth, Optional<LocalDate> issue) {
        List<String> problems = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        if (birth.isPresent() && birth.get().isAfter(today)) {
            problems.add("the date of birth is in the future");
        }
        if (issue.isPresent() && issue.get().isAfter(today)) {
            problems.add("the issue date is in the future");
        }
        if (birth.isPresent() && issue.isPresent() && issue.get().isBefore(birth.get())) {
            problems.add("the issue date is before the date of birth");
        }
        return problems;
    }

    private static String printable(char c) {
        return switch (c) {
            case '\t' -> "\\t";
            case '\n' -> "\\n";
            default -> String.valueOf(c);
        };
    }
}
