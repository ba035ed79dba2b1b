package vn.kiosk.simulator.citizen;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A synthetic citizen: every field a CCCD carries in DG1, DG13 and its QR. Field names follow the
 * {@code identity} object of the command-line contract.
 */
public record Citizen(
        String idNumber,
        String fullName,
        LocalDate dateOfBirth,
        Sex sex,
        String nationality,
        String ethnicity,
        String religion,
        String placeOfOrigin,
        String placeOfResidence,
        String identifyingFeatures,
        LocalDate issueDate,
        Optional<LocalDate> expiryDate,
        String oldIdNumber,
        String fatherName,
        String motherName,
        String spouseName) {

    public enum Sex {
        M("Nam"), F("Nữ");

        private final String vietnamese;

        Sex(String vietnamese) {
            this.vietnamese = vietnamese;
        }

        public String vietnamese() {
            return vietnamese;
        }
    }

    public Citizen {
        if (idNumber == null || !idNumber.matches("\\d{12}")) {
            throw new IllegalArgumentException("an ID number is 12 digits");
        }
    }

    /** The card access number: the last six digits of the ID number. */
    public String can() {
        return idNumber.substring(6);
    }

    /** The MRZ document number: the last nine digits of the ID number. */
    public String documentNumber() {
        return idNumber.substring(3);
    }

    @Override
    public String toString() {
        return "Citizen[***]";
    }
}
