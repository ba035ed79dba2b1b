package vn.kiosk.app.print;

import java.util.Objects;
import java.util.Optional;

/**
 * A printer's state for the operator screen.
 *
 * @param reachable   whether the printer (or directory) can be reached right now
 * @param description where it is, e.g. "tcp 10.0.0.5:9100", "device /dev/usb/lp0"
 * @param lastError   the check's error, or else the last failed print's reason (cleared by a good print)
 */
public record PrinterStatus(Reachable reachable, String description, Optional<String> lastError) {

    /** UNKNOWN when there is nothing to check (no printer configured). */
    public enum Reachable { YES, NO, UNKNOWN }

    public PrinterStatus {
        Objects.requireNonNull(reachable, "reachable");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(lastError, "lastError");
    }

    static PrinterStatus up(String description) {
        return new PrinterStatus(Reachable.YES, description, Optional.empty());
    }

    static PrinterStatus down(String description, String error) {
        return new PrinterStatus(Reachable.NO, description, Optional.of(error));
    }

    /** This status, with a remembered print failure shown when the check itself found nothing wrong. */
    PrinterStatus withLastPrintError(Optional<String> printError) {
        return lastError.isPresent() || printError.isEmpty() ? this
                : new PrinterStatus(reachable, description, printError);
    }
}
