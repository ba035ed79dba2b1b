package vn.kiosk.app.backend;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/**
 * {@code components/schemas/Identity}: the {@code identity} object of {@code reader-cli read --json}.
 * Only the fields a flow needs are set; null fields are left out of the JSON (data minimisation).
 * Dates are ISO {@code yyyy-mm-dd} strings as on the wire.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Identity(String idNumber, String fullName, String dateOfBirth, String sex, String nationality,
                       String ethnicity, String religion, String placeOfOrigin, String placeOfResidence,
                       String identifyingFeatures, String issueDate, String expiryDate, String oldIdNumber,
                       String fatherName, String motherName, String spouseName, String mrz) {

    public Identity {
        Objects.requireNonNull(idNumber, "idNumber");
        Objects.requireNonNull(fullName, "fullName");
    }

    /** The two fields the contract always requires; add others with the record's canonical constructor. */
    public static Identity minimal(String idNumber, String fullName) {
        return new Identity(idNumber, fullName, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null);
    }

    @Override
    public String toString() {
        // records print every field by default; this one is personal data and must not reach a log
        return "Identity[redacted]";
    }
}
