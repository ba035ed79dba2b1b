package vn.kiosk.simulator.backend;

import java.util.List;

/**
 * A field a procedure's form asks for beyond the identity.
 *
 * @param type    TEXT, DATE (yyyy-mm-dd), NUMBER, BOOLEAN or SELECT (one of {@code options})
 * @param options the allowed values of a SELECT, empty otherwise
 */
public record FormField(String name, String type, boolean required, String labelVi, String labelEn,
                        List<String> options) {
    public FormField {
        options = List.copyOf(options);
    }

    static FormField text(String name, boolean required, String labelVi, String labelEn) {
        return new FormField(name, "TEXT", required, labelVi, labelEn, List.of());
    }

    static FormField date(String name, boolean required, String labelVi, String labelEn) {
        return new FormField(name, "DATE", required, labelVi, labelEn, List.of());
    }

    static FormField select(String name, boolean required, String labelVi, String labelEn, String... options) {
        return new FormField(name, "SELECT", required, labelVi, labelEn, List.of(options));
    }
}
