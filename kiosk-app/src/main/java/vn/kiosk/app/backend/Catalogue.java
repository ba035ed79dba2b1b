package vn.kiosk.app.backend;

import java.util.List;

/** The public-service catalogue's records ({@code components/schemas/Procedure} and its parts). */
public final class Catalogue {

    private Catalogue() {
    }

    public record Fee(long amountVnd, String noteVi, String noteEn) {
    }

    public enum FieldType { TEXT, DATE, NUMBER, BOOLEAN, SELECT,
        /** a type newer than this build; the form should show it as text */
        @com.fasterxml.jackson.annotation.JsonEnumDefaultValue UNKNOWN }

    public record FormField(String name, FieldType type, boolean required, String labelVi, String labelEn,
                            List<String> options) {
    }

    /** @param identityFields identity field names this form takes; only these leave the kiosk */
    public record Procedure(String code, String nameVi, String nameEn, List<String> identityFields,
                            List<FormField> extraFields, Fee fee, int processingDays) {
    }

    record ProcedureList(List<Procedure> procedures) {
    }
}
