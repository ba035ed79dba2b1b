package vn.kiosk.app.backend;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Objects;

/** Clinic records: the BHYT check, departments, registration. */
public final class Clinic {

    private Clinic() {
    }

    public enum InsuranceStatus { VALID, EXPIRED, NOT_FOUND, @JsonEnumDefaultValue UNKNOWN }

    record InsuranceCheckRequest(String idNumber) {
        @Override
        public String toString() {
            return "InsuranceCheckRequest[redacted]";
        }
    }

    /**
     * {@code InsuranceCheck}; everything but the status is null when the card is not found.
     *
     * @param benefitLevel percent covered: 80, 95 or 100
     * @param validFrom    ISO date
     * @param validTo      ISO date
     */
    public record InsuranceCheck(InsuranceStatus status, String cardNumber, String registeredFacility,
                                 Integer benefitLevel, String validFrom, String validTo) {
        public InsuranceCheck {
            Objects.requireNonNull(status, "status");
        }

        @Override
        public String toString() {
            return "InsuranceCheck[" + status + "]";
        }
    }

    public record DepartmentQueue(String code, String nameVi, String nameEn, String room, long waiting,
                                  long priorityWaiting, long estimatedWaitMinutes) {
        public DepartmentQueue {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(nameVi, "nameVi");
            Objects.requireNonNull(nameEn, "nameEn");
            Objects.requireNonNull(room, "room");
        }
    }

    record DepartmentList(List<DepartmentQueue> departments) {
        DepartmentList {
            departments = List.copyOf(departments);
        }
    }

    public enum PriorityReason { ELDERLY, CHILD_UNDER_6, DISABILITY, PREGNANT, MERITORIOUS_PERSON, EMERGENCY,
        @JsonEnumDefaultValue UNKNOWN }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RegistrationRequest(String departmentCode, Identity identity, ChipEvidence evidence,
                                      List<PriorityReason> priorityReasons) {
        public RegistrationRequest {
            Objects.requireNonNull(departmentCode, "departmentCode");
            Objects.requireNonNull(identity, "identity");
        }

        @Override
        public String toString() {
            return "ClinicRegistrationRequest[" + departmentCode + "]";
        }
    }

    public record Registration(long registrationId, String departmentCode, String queueNumber, String room,
                               boolean priority, List<PriorityReason> priorityReasons, long estimatedWaitMinutes,
                               InsuranceStatus insuranceStatus) {
        public Registration {
            Objects.requireNonNull(departmentCode, "departmentCode");
            Objects.requireNonNull(queueNumber, "queueNumber");
            Objects.requireNonNull(room, "room");
            priorityReasons = List.copyOf(priorityReasons);
            Objects.requireNonNull(insuranceStatus, "insuranceStatus");
        }
    }
}
