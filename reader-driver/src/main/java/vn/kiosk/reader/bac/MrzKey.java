package vn.kiosk.reader.bac;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * The three MRZ fields that protect BAC and PACE-with-MRZ (Doc 9303 Part 11, 9.7.2). On a CCCD the
 * document number is the last 9 digits of the 12-digit ID number.
 *
 * @param documentNumber 9 characters or fewer (padded with '<')
 * @param dateOfBirth    YYMMDD
 * @param dateOfExpiry   YYMMDD
 */
public record MrzKey(String documentNumber, String dateOfBirth, String dateOfExpiry) {

    public MrzKey {
        if (documentNumber == null || !documentNumber.matches("[0-9A-Z<]{1,9}")) {
            throw new IllegalArgumentException("document number must be 1 to 9 characters 0-9, A-Z or <");
        }
        if (dateOfBirth == null || !dateOfBirth.matches("\\d{6}") || dateOfExpiry == null
                || !dateOfExpiry.matches("\\d{6}")) {
            throw new IllegalArgumentException("dates must be YYMMDD");
        }
    }

    /** Parses the CLI form DOCNO,YYMMDD,YYMMDD. */
    public static MrzKey parse(String text) {
        String[] parts = text.trim().toUpperCase().split(",");
        if (parts.length != 3) {
            throw new IllegalArgumentException("expected DOCNO,YYMMDD-BIRTH,YYMMDD-EXPIRY");
        }
        return new MrzKey(parts[0].trim(), parts[1].trim(), parts[2].trim());
    }

    /** Document number + check digit, date of birth + check digit, date of expiry + check digit. */
    public String mrzInformation() {
        String number = (documentNumber + "<<<<<<<<<").substring(0, 9);
        return number + CheckDigit.of(number) + dateOfBirth + CheckDigit.of(dateOfBirth)
                + dateOfExpiry + CheckDigit.of(dateOfExpiry);
    }

    /** SHA-1 of the MRZ information: PACE's password K and, truncated to 16 bytes, BAC's K_seed. */
    public byte[] passwordHash() {
        try {
            return MessageDigest.getInstance("SHA-1").digest(mrzInformation().getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 missing from the JDK", e);
        }
    }

    public byte[] bacKeySeed() {
        return Arrays.copyOf(passwordHash(), 16);
    }

    /** The key itself is a password: never print it. */
    @Override
    public String toString() {
        return "MrzKey[***]";
    }
}
