package vn.kiosk.app.flow;

import java.util.Locale;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * Everything the screen shows, as one immutable snapshot.
 *
 * @param idleWarning seconds left before the session is wiped, while the warning shows
 */
public record KioskState(Step step, Locale language, boolean voice, OptionalInt idleWarning) {
    public KioskState {
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(idleWarning, "idleWarning");
    }
}
