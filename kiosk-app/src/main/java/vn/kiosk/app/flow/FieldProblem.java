package vn.kiosk.app.flow;

/** What is wrong with a value typed into a form field. */
public enum FieldProblem {
    REQUIRED, NOT_A_NUMBER, NOT_A_DATE, NOT_AN_OPTION
}
