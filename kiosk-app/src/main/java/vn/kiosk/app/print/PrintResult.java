package vn.kiosk.app.print;

import java.util.Objects;

/** How a print went. Texts are for the operator screen and logs: plain words, never ticket contents. */
public sealed interface PrintResult {

    /** @param where where the ticket went, e.g. "tcp 10.0.0.5:9100" or "pdf /var/lib/.../x.pdf" */
    record Printed(String where) implements PrintResult {
        public Printed {
            Objects.requireNonNull(where, "where");
        }
    }

    /**
     * The printer failed and the ticket went to the fallback file instead, for the staff to print:
     * the citizen must be told to ask at the counter rather than to take a ticket.
     */
    record SavedInstead(String where, String printerProblem) implements PrintResult {
        public SavedInstead {
            Objects.requireNonNull(where, "where");
            Objects.requireNonNull(printerProblem, "printerProblem");
        }
    }

    /** @param reason why not, e.g. "printer tcp 10.0.0.5:9100: connection refused (printer off?)" */
    record Failed(String reason) implements PrintResult {
        public Failed {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
