package vn.kiosk.app.operator;

import java.time.Instant;
import java.util.Objects;
import java.util.logging.Level;

/**
 * One warning or error for the operator screen, already scrubbed of personal data.
 *
 * @param logger  the name of the logger it came from, e.g. {@code kiosk.flow}
 * @param message the formatted message, at most 200 characters
 */
public record JournalEntry(Instant at, Level level, String logger, String message) {
    public JournalEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(logger, "logger");
        Objects.requireNonNull(message, "message");
    }
}
