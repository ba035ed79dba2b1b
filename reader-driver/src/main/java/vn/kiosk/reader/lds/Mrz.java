package vn.kiosk.reader.lds;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import vn.kiosk.reader.bac.MrzKey;
import vn.kiosk.reader.error.MalformedDataException;

/**
 * A machine readable zone: TD1 (ID cards, 3 x 30, what a CCCD carries) or TD3 (passports, 2 x 44).
 * Parsing checks the layout and character set only; check digits are reported in {@link #checks()}.
 */
public sealed interface Mrz permits Td1Mrz, Td3Mrz {

    /**
     * The MRZ as text: lines separated by line breaks, or as DG1 stores it, all lines run together
     * (90 characters for TD1, 88 for TD3). Surrounding whitespace and blank lines are ignored.
     */
    static Mrz parse(String text) throws MalformedDataException {
        if (text == null) {
            throw new MalformedDataException("no MRZ text");
        }
        List<String> lines = new ArrayList<>();
        for (String line : text.strip().split("\\R")) {
            if (!line.isBlank()) {
                lines.add(line.strip());
            }
        }
        if (lines.size() == 1) {
            String all = lines.get(0);
            if (all.length() == 3 * Td1Mrz.WIDTH) {
                lines = List.of(all.substring(0, 30), all.substring(30, 60), all.substring(60));
            } else if (all.length() == 2 * Td3Mrz.WIDTH) {
                lines = List.of(all.substring(0, 44), all.substring(44));
            }
        }
        if (lines.size() == 3 && lines.stream().allMatch(l -> MrzText.isMrzLine(l, Td1Mrz.WIDTH))) {
            return new Td1Mrz(lines.get(0), lines.get(1), lines.get(2));
        }
        if (lines.size() == 2 && lines.stream().allMatch(l -> MrzText.isMrzLine(l, Td3Mrz.WIDTH))) {
            return new Td3Mrz(lines.get(0), lines.get(1));
        }
        throw new MalformedDataException("not a TD1 (3 x 30) or TD3 (2 x 44) MRZ of the characters 0-9, A-Z and <");
    }

    List<String> lines();

    /** The lines joined with "\n", as printed. */
    default String text() {
        return String.join("\n", lines());
    }

    /** "ID", "I<", "P<" ...: fillers kept, it is two characters wide. */
    String documentCode();

    String issuingState();

    /** The document number without fillers (on a CCCD: the last 9 digits of the ID number). */
    String documentNumber();

    /** YYMMDD as printed (may contain fillers when the day or month is unknown). */
    String dateOfBirth();

    /** "M", "F", "X" or "&lt;". */
    String sex();

    /** YYMMDD as printed. */
    String dateOfExpiry();

    String nationality();

    /** The primary identifier (surname), fillers read as spaces. */
    String primaryIdentifier();

    /** The secondary identifier (given names), fillers read as spaces. */
    String secondaryIdentifier();

    /** Every check digit of the MRZ, printed against computed. */
    List<MrzCheck> checks();

    default boolean checksValid() {
        return checks().stream().allMatch(MrzCheck::valid);
    }

    /**
     * The BAC / PACE-MRZ key, when the fields fit it: a document number of at most 9 characters and
     * fully numeric dates.
     */
    Optional<MrzKey> mrzKey();

    /** The 12-digit ID number, when the MRZ carries one (a CCCD's TD1 optional data). */
    Optional<String> idNumber();

    /** The MRZ as DG1 stores it: the lines run together, ASCII. */
    default String dg1Text() {
        return String.join("", lines());
    }

    static Optional<MrzKey> keyOf(String documentNumberField, String dateOfBirth, String dateOfExpiry) {
        if (documentNumberField.isEmpty() || documentNumberField.length() > 9 || !dateOfBirth.matches("\\d{6}")
                || !dateOfExpiry.matches("\\d{6}")) {
            return Optional.empty();
        }
        return Optional.of(new MrzKey(documentNumberField, dateOfBirth, dateOfExpiry));
    }
}
