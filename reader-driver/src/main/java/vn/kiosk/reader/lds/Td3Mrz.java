package vn.kiosk.reader.lds;

import java.util.List;
import java.util.Optional;

import vn.kiosk.reader.bac.MrzKey;

/**
 * A TD3 (passport) MRZ (Doc 9303 Part 4, 4.2.2): two lines of 44 characters. Read so a kiosk can
 * at least identify a passport presented by mistake; CCCDs are TD1.
 *
 * <pre>
 * line 1: document code (2), issuing state (3), name (39)
 * line 2: document number (9), check, nationality (3), birth (6), check, sex, expiry (6), check,
 *         personal number (14), check, composite check
 * </pre>
 */
public record Td3Mrz(String line1, String line2) implements Mrz {
    static final int WIDTH = 44;

    public Td3Mrz {
        if (line1 == null || line2 == null || !MrzText.isMrzLine(line1, WIDTH) || !MrzText.isMrzLine(line2, WIDTH)) {
            throw new IllegalArgumentException("a TD3 MRZ is two lines of 44 characters 0-9, A-Z or <");
        }
    }

    @Override
    public List<String> lines() {
        return List.of(line1, line2);
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
        return MrzText.trimFillers(line2.substring(0, 9));
    }

    @Override
    public String dateOfBirth() {
        return line2.substring(13, 19);
    }

    @Override
    public String sex() {
        return line2.substring(20, 21);
    }

    @Override
    public String dateOfExpiry() {
        return line2.substring(21, 27);
    }

    @Override
    public String nationality() {
        return line2.substring(10, 13);
    }

    /** The personal number field as printed (14 characters). */
    public String personalNumber() {
        return line2.substring(28, 42);
    }

    @Override
    public String primaryIdentifier() {
        return MrzText.primaryIdentifier(line1.substring(5));
    }

    @Override
    public String secondaryIdentifier() {
        return MrzText.secondaryIdentifier(line1.substring(5));
    }

    @Override
    public List<MrzCheck> checks() {
        return List.of(
                MrzCheck.of("documentNumber", line2.substring(0, 9), line2.charAt(9)),
                MrzCheck.of("dateOfBirth", dateOfBirth(), line2.charAt(19)),
                MrzCheck.of("dateOfExpiry", dateOfExpiry(), line2.charAt(27)),
                optionalDataCheck(),
                MrzCheck.of("composite", line2.substring(0, 10) + line2.substring(13, 20) + line2.substring(21, 43),
                        line2.charAt(43)));
    }

    @Override
    public Optional<MrzKey> mrzKey() {
        return Mrz.keyOf(line2.substring(0, 9), dateOfBirth(), dateOfExpiry());
    }

    @Override
    public Optional<String> idNumber() {
        return Optional.empty();
    }

    /** An empty personal number may carry '<' or '0' as its check digit (Doc 9303 Part 4, note). */
    private MrzCheck optionalDataCheck() {
        MrzCheck check = MrzCheck.of("optionalData", personalNumber(), line2.charAt(42));
        if (!check.valid() && personalNumber().chars().allMatch(c -> c == MrzText.FILLER) && check.printed() == '<') {
            return new MrzCheck("optionalData", '<', '<');
        }
        return check;
    }

    @Override
    public String toString() {
        return "Td3Mrz[" + documentCode() + ", checks " + (checksValid() ? "valid" : "INVALID") + "]";
    }
}
