package vn.kiosk.app.demo;

import vn.kiosk.app.backend.Catalogue;

/** What a demo citizen types into a procedure's form: a valid value for every kind of field. */
public final class DemoForms {
    private DemoForms() {
    }

    /** Dates as the kiosk takes them typed (dd/MM/yyyy); options as the backend lists them. */
    public static String sample(Catalogue.FormField field) {
        switch (field.type()) {
            case DATE:
                return "15/01/2026";
            case NUMBER:
                return "2";
            case BOOLEAN:
                return "true";
            case SELECT:
                return field.options().get(0);
            default:
                return "Nguyễn Minh Khôi";
        }
    }
}
