package vn.kiosk.app.backend;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Objects;

/** Notary records: request types, a request with every party's identity, and the answer. */
public final class Notary {

    private Notary() {
    }

    public record RequestType(String code, String nameVi, String nameEn, int minParties, int maxParties,
                              Catalogue.Fee fee) {
        public RequestType {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(nameVi, "nameVi");
            Objects.requireNonNull(nameEn, "nameEn");
            Objects.requireNonNull(fee, "fee");
        }
    }

    record RequestTypeList(List<RequestType> requestTypes) {
        RequestTypeList {
            requestTypes = List.copyOf(requestTypes);
        }
    }

    /** @param role e.g. SELLER, BUYER; @param evidence null for a QR-only party */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Party(String role, Identity identity, ChipEvidence evidence) {
        public Party {
            Objects.requireNonNull(identity, "identity");
        }

        @Override
        public String toString() {
            return "Party[" + role + "]";
        }
    }

    public record Submission(String requestTypeCode, List<Party> parties) {
        public Submission {
            Objects.requireNonNull(requestTypeCode, "requestTypeCode");
            parties = List.copyOf(parties);
        }
    }

    public record PartyAssurance(String role, Dossiers.Assurance assurance) {
    }

    /** @param appointmentTime local date-time (Asia/Ho_Chi_Minh) */
    public record Request(String requestNumber, String requestTypeCode, String desk, String appointmentTime,
                          List<PartyAssurance> parties) {
        public Request {
            Objects.requireNonNull(requestNumber, "requestNumber");
            Objects.requireNonNull(requestTypeCode, "requestTypeCode");
            Objects.requireNonNull(desk, "desk");
            Objects.requireNonNull(appointmentTime, "appointmentTime");
            parties = List.copyOf(parties);
        }
    }
}
