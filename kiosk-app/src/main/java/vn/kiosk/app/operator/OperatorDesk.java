package vn.kiosk.app.operator;

import java.util.Objects;
import vn.kiosk.app.config.PinAttempts;

/**
 * What the operator screen works with: the PIN that guards it, the status it shows, and the test
 * read. Built once at start-up from the kiosk's configuration (or the demo's).
 */
public record OperatorDesk(PinAttempts pin, StatusCollector status, CardTestRead testRead) {
    public OperatorDesk {
        Objects.requireNonNull(pin, "pin");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(testRead, "testRead");
    }
}
