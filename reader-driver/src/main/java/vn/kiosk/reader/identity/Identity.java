package vn.kiosk.reader.identity;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Who the card (or its QR) says the holder is. Field names follow the {@code identity} object of
 * the command-line contract. Text fields are empty when the source does not carry them (a QR has
 * no parents' names; a chip without DG13 has only the MRZ).
 *
 * @param expiryText the expiry as printed when it is not a date (holders with no expiry)
 * @param mrz        the DG1 MRZ lines joined with newlines, empty for a QR identity
 */
public record Identity(
        String idNumber,
        String fullName,
        Optional<LocalDate> dateOfBirth,
        Optional<Sex> sex,
        String nationality,
        String ethnicity,
        String religion,
        String placeOfOrigin,
        String placeOfResidence,
        String identifyingFeatures,
        Optional<LocalDate> issueDate,
        Optional<LocalDate> expiryDate,
        String expiryText,
        String oldIdNumber,
        String fatherName,
        String motherName,
        String spouseName,
        String mrz) {

    public enum Sex {
        M, F
    }

    /** The ID number with all but its last digits hidden, for screens and receipts. */
    public String maskedIdNumber(int visibleDigits) {
        int hidden = Math.max(0, idNumber.length() - visibleDigits);
        return "•".repeat(hidden) + idNumber.substring(hidden);
    }

    /** Personal data never reaches a log through toString. */
    @Override
    public String toString() {
        return "Identity[***]";
    }
}
