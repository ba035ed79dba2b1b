package vn.kiosk.app.operator;

import java.util.Objects;

/** One PC/SC card reader as the stack reports it. */
public record ReaderStatus(String name, boolean cardPresent) {
    public ReaderStatus {
        Objects.requireNonNull(name, "name");
    }
}
