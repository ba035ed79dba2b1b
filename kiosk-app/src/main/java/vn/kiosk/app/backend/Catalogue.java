package vn.kiosk.app.backend;

import java.util.List;
import java.util.Objects;

/** The public-service catalogue's records ({@code components/schemas/Procedure} and its parts). */
public final class Catalogue {

    private Catalogue() {
    }

    public record Fee(long amountVnd, String noteVi, String noteEn) {
        public Fee {
            Objects.requireNonNull(noteVi, "noteVi");
            Objects.requireNonNull(noteEn, "noteEn");
        }
    }

    public enum FieldType { TEXT, DATE, NUMBER, BOOLEAN, SELECT,
        /** a type newer than this build; the form should show it as text */
        @com.fasterxml.jackson.annotation.JsonEnumDefaultValue UNKNOWN }

    public record FormField(String name, FieldType type, boolean required, String labelVi, String labelEn,
                            List<String> options) {
        public FormField {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(labelVi, "labelVi");
            Objects.requireNonNull(labelEn, "labelEn");
            options = List.copyOf(options);
        }
    }

    /** @param identityFields identity field names this form takes; only these leave the kiosk */
    public record Procedure(String code, String nameVi, String nameEn, List<String> identityFields,
                            List<FormField> extraFields, Fee fee, int processingDays) {
        public Procedure {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(nameVi, "nameVi");
            Objects.requireNonNull(nameEn, "nameEn");
            identityFields = List.copyOf(identityFields);
            extraFields = List.copyOf(extraFields);
            Objects.requireNonNull(fee, "fee");
        }
    }

    record ProcedureList(List<Procedure> procedures) {
        ProcedureList {
            procedures = List.copyOf(procedures);
        }
    }
}
