package vn.kiosk.app.backend;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Public-service dossiers: {@code DossierSubmission}, {@code Attachment}, {@code DossierStatus}. */
public final class Dossiers {

    private Dossiers() {
    }

    /** Assurance the backend recorded after re-verifying the evidence itself. */
    public enum Assurance { CHIP_VERIFIED, CHIP_UNTRUSTED, QR_ONLY, @JsonEnumDefaultValue UNKNOWN }

    public enum State { RECEIVED, PROCESSING, COMPLETED, REJECTED, @JsonEnumDefaultValue UNKNOWN }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Attachment(String name, String mediaType, byte[] content) {
        public Attachment {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(mediaType, "mediaType");
            Objects.requireNonNull(content, "content");
        }

        @Override
        public String toString() {
            return "Attachment[" + mediaType + ", " + content.length + " bytes]";
        }
    }

    /**
     * @param evidence    null for a QR-only identity (recorded as QR_ONLY)
     * @param fields      extraFields values by name
     * @param attachments at most 10
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Submission(String procedureCode, Identity identity, ChipEvidence evidence,
                             Map<String, String> fields, List<Attachment> attachments) {
        public Submission {
            Objects.requireNonNull(procedureCode, "procedureCode");
            Objects.requireNonNull(identity, "identity");
            if (attachments != null && attachments.size() > 10) {
                throw new IllegalArgumentException("at most 10 attachments");
            }
        }

        @Override
        public String toString() {
            return "DossierSubmission[" + procedureCode + "]";
        }
    }

    /**
     * @param submittedAt     RFC 3339 date-time
     * @param appointmentDate ISO date the citizen comes back for the result
     */
    public record Status(String dossierCode, String procedureCode, State status, String submittedAt,
                         String appointmentDate, Assurance assurance) {
        public Status {
            Objects.requireNonNull(dossierCode, "dossierCode");
            Objects.requireNonNull(procedureCode, "procedureCode");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(submittedAt, "submittedAt");
            Objects.requireNonNull(appointmentDate, "appointmentDate");
            Objects.requireNonNull(assurance, "assurance");
        }
    }
}
