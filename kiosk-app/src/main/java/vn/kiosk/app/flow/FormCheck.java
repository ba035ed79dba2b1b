package vn.kiosk.app.flow;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.kiosk.app.backend.Catalogue;

/** Checks typed form values against the procedure's field definitions before anything is sent. */
final class FormCheck {
    private FormCheck() {
    }

    static Map<String, FieldProblem> problems(List<Catalogue.FormField> fields, Map<String, String> values) {
        Map<String, FieldProblem> problems = new HashMap<>();
        for (Catalogue.FormField field : fields) {
            String value = values.getOrDefault(field.name(), "").trim();
            if (value.isEmpty()) {
                if (field.required()) {
                    problems.put(field.name(), FieldProblem.REQUIRED);
                }
                continue;
            }
            switch (field.type()) {
                case NUMBER:
                    if (!value.matches("\\d{1,18}")) {
                        problems.put(field.name(), FieldProblem.NOT_A_NUMBER);
                    }
                    break;
                case DATE:
                    if (Dates.parse(value).isEmpty()) {
                        problems.put(field.name(), FieldProblem.NOT_A_DATE);
                    }
                    break;
                case SELECT:
                    if (field.options() == null || !field.options().contains(value)) {
                        problems.put(field.name(), FieldProblem.NOT_AN_OPTION);
                    }
                    break;
                case BOOLEAN:
                    if (!value.equals("true") && !value.equals("false")) {
                        problems.put(field.name(), FieldProblem.NOT_AN_OPTION);
                    }
                    break;
                default:
                    break;
            }
        }
        return problems;
    }

    /** A checked value as the contract wants it: dates typed dd/MM/yyyy go out as yyyy-MM-dd. */
    static String wire(Catalogue.FormField field, String value) {
        String trimmed = value.trim();
        if (field.type() == Catalogue.FieldType.DATE) {
            return Dates.parse(trimmed).map(java.time.LocalDate::toString).orElse(trimmed);
        }
        return trimmed;
    }
}
