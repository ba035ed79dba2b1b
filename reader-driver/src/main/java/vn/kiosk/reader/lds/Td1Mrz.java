package vn.kiosk.reader.lds;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.kiosk.reader.bac.CheckDigit;
import vn.kiosk.reader.bac.MrzKey;

/**
 * A TD1 MRZ (Doc 9303 Part 5, 4.2.2): three lines of 30 characters.
 *
 * <pre>
 * line 1: document code (2), issuing state (3), document number (9), check digit, optional data 1 (15)
 * line 2: birth (6), check digit, sex, expiry (6), check digit, nationality (3), optional data 2 (11), composite check
 * line 3: name
 * </pre>
 *
 * A CCCD puts the last 9 digits of the 12-digit ID number in the document number and the whole ID
 * number, {@code <<} and a check digit over it in optional data 1.
 */
public record Td1Mrz(String line1, String line2, String line3) implements Mrz {
    static final int WIDTH = 30;

    /** 12 digits, one or two fillers, a check digit, fillers to the end of the field. */
    private static final Pattern CCCD_OPTIONAL_DATA = Pattern.compile("(\\d{12})(<{1,2})(\\d)<*");

    public Td1Mrz {
        if (line1 == null || line2 == null || line3 == null || !MrzText.isMrzLine(line1, WIDTH)
                || !MrzText.isMrzLine(line2, WIDTH) || !MrzText.isMrzLine(line3, WIDTH)) {
            throw new IllegalArgumentException("a TD1 MRZ is three lines of 30 characters 0-9, A-Z or <");
        }
    }

    /**
     * A CCCD's MRZ, check digits computed. Names are transliterated (diacritics dropped, Đ as D).
     *
     * @param idNumber     the 12-digit ID number
     * @param dateOfBirth  YYMMDD
     * @param sex          'M', 'F' or '<'
     * @param dateOfExpiry YYMMDD
     */
    public static Td1Mrz cccd(String idNumber, String dateOfBirth, char sex, String dateOfExpiry, String surname,
            String givenNames) {
        if (idNumber == null || !idNumber.matches("\\d{12}")) {
            throw new IllegalArgumentException("the ID number must be 12 digits");
        }
        String documentNumber = idNumber.substring(3);
        String optionalData1 = idNumber + "<<" + CheckDigit.of(idNumber);
        return of("ID", "VNM", documentNumber, optionalData1, dateOfBirth, sex, dateOfExpiry, "VNM", "",
                MrzText.nameField(surname, givenNames, WIDTH));
    }

    /**
     * A TD1 MRZ from its fields, check digits computed. Fields are already MRZ text (0-9, A-Z, &lt;);
     * short ones are padded with fillers.
     */
    public static Td1Mrz of(String documentCode, String issuingState, String documentNumber, String optionalData1,
            String dateOfBirth, char sex, String dateOfExpiry, String nationality, String optionalData2,
            String nameField) {
        if (documentNumber.length() > 9) {
            throw new IllegalArgumentException("document numbers over 9 characters are not supported");
        }
        String number = MrzText.pad(documentNumber, 9);
        String line1 = MrzText.pad(documentCode, 2) + MrzText.pad(issuingState, 3) + number + CheckDigit.of(number)
                + MrzText.pad(optionalData1, 15);
        String upper = MrzText.pad(dateOfBirth, 6) + CheckDigit.of(MrzText.pad(dateOfBirth, 6)) + sex
                + MrzText.pad(dateOfExpiry, 6) + CheckDigit.of(MrzText.pad(dateOfExpiry, 6))
                + MrzText.pad(nationality, 3) + MrzText.pad(optionalData2, 11);
        String composite = line1.substring(5, 30) + upper.substring(0, 7) + upper.substring(8, 15)
                + upper.substring(18, 29);
        return new Td1Mrz(line1, upper + CheckDigit.of(composite), MrzText.pad(nameField, WIDTH));
    }

    @Override
    public List<String> lines() {
        return List.of(line1, line2, line3);
    }

    @Override
    public String documentCode() {
        return line1.substring(0, 2);
    }

    @Override
    public String issuingState() {
        return line1.substring(2, 5);
    }

    @Override
    public String documentNumber() {
        if (!extendedNumber()) {
            return MrzText.trimFillers(line1.substring(5, 14));
        }
        String extension = extension();
        return line1.substring(5, 14) + extension.substring(0, extension.length() - 1);
    }

    /** Optional data 1 as printed (15 characters). */
    public String optionalData1() {
        return line1.substring(15, 30);
    }

    @Override
    public String dateOfBirth() {
        return line2.substring(0, 6);
    }

    @Override
    public String sex() {
        return line2.substring(7, 8);
    }

    @Override
    public String dateOfExpiry() {
        return line2.substring(8, 14);
    }

    @Override
    public String nationality() {
        return line2.substring(15, 18);
    }

    /** Optional data 2 as printed (11 characters). */
    public String optionalData2() {
        return line2.substring(18, 29);
    }

    @Override
    public String primaryIdentifier() {
        return MrzText.primaryIdentifier(line3);
    }

    @Override
    public String secondaryIdentifier() {
        return MrzText.secondaryIdentifier(line3);
    }

    /** The CCCD's 12-digit ID number in optional data 1, as seen. */
    public Optional<CccdIdNumber> cccdIdNumber() {
        if (extendedNumber()) {
            return Optional.empty();
        }
        Matcher matcher = CCCD_OPTIONAL_DATA.matcher(optionalData1());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String digits = matcher.group(1);
        return Optional.of(new CccdIdNumber(digits, matcher.group(2),
                MrzCheck.of("idNumber", digits, matcher.group(3).charAt(0))));
    }

    @Override
    public Optional<String> idNumber() {
        return cccdIdNumber().map(CccdIdNumber::digits);
    }

    @Override
    public List<MrzCheck> checks() {
        List<MrzCheck> checks = new ArrayList<>(5);
        if (extendedNumber()) {
            String extension = extension();
            checks.add(MrzCheck.of("documentNumber", documentNumber(), extension.charAt(extension.length() - 1)));
        } else {
            checks.add(MrzCheck.of("documentNumber", line1.substring(5, 14), line1.charAt(14)));
        }
        checks.add(MrzCheck.of("dateOfBirth", dateOfBirth(), line2.charAt(6)));
        checks.add(MrzCheck.of("dateOfExpiry", dateOfExpiry(), line2.charAt(14)));
        checks.add(MrzCheck.of("composite", line1.substring(5, 30) + line2.substring(0, 7) + line2.substring(8, 15)
                + line2.substring(18, 29), line2.charAt(29)));
        cccdIdNumber().ifPresent(id -> checks.add(id.check()));
        return List.copyOf(checks);
    }

    @Override
    public Optional<MrzKey> mrzKey() {
        return extendedNumber() ? Optional.empty() : Mrz.keyOf(line1.substring(5, 14), dateOfBirth(), dateOfExpiry());
    }

    /**
     * Doc 9303 Part 5, note j: a document number over 9 characters puts a filler where the check
     * digit would be and continues in optional data 1, ending with its check digit.
     */
    private boolean extendedNumber() {
        return line1.charAt(14) == MrzText.FILLER && extension().length() >= 2;
    }

    private String extension() {
        String data = optionalData1();
        int end = data.indexOf(MrzText.FILLER);
        return end < 0 ? data : data.substring(0, end);
    }

    @Override
    public String toString() {
        return "Td1Mrz[" + documentCode() + ", checks " + (checksValid() ? "valid" : "INVALID") + "]";
    }
}
