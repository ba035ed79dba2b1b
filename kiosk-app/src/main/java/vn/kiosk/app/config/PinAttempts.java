package vn.kiosk.app.config;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Guards the operator screen against a curious citizen trying PINs: after {@value #MAX_FAILURES}
 * wrong PINs in a row, every attempt is refused for {@link #LOCKOUT} without even being checked, so
 * guessing a 4-digit PIN at the screen would take weeks. A right PIN resets the count.
 *
 * <p>The count lives in memory: restarting the kiosk needs its power switch or a shell, and whoever
 * has those does not need the PIN. Thread-safe.
 */
public final class PinAttempts {
    public static final int MAX_FAILURES = 5;
    public static final Duration LOCKOUT = Duration.ofMinutes(5);

    private final OperatorPin pin;
    private final Clock clock;
    private int failures;
    private Instant lockedUntil = Instant.MIN;

    /** What became of one attempt. */
    public sealed interface Outcome {
        /** The PIN is right: open the operator screen. */
        record Accepted() implements Outcome {
        }

        /** The PIN is wrong; after {@code attemptsLeft} more wrong ones the screen locks. */
        record Wrong(int attemptsLeft) implements Outcome {
        }

        /** Too many wrong PINs: nothing is checked until {@code remaining} has passed. */
        record LockedOut(Duration remaining) implements Outcome {
            public LockedOut {
                Objects.requireNonNull(remaining, "remaining");
            }
        }
    }

    public PinAttempts(OperatorPin pin, Clock clock) {
        this.pin = Objects.requireNonNull(pin, "pin");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Checks one entry. The caller zeroes {@code entered} afterwards. Blocks for the hash (a fraction
     * of a second), so call it off the screen's thread.
     */
    public synchronized Outcome attempt(char[] entered) {
        Optional<Duration> locked = lockedFor();
        if (locked.isPresent()) {
            return new Outcome.LockedOut(locked.get());
        }
        if (pin.matches(entered)) {
            failures = 0;
            return new Outcome.Accepted();
        }
        failures++;
        if (failures >= MAX_FAILURES) {
            failures = 0;
            lockedUntil = clock.instant().plus(LOCKOUT);
            return new Outcome.LockedOut(LOCKOUT);
        }
        return new Outcome.Wrong(MAX_FAILURES - failures);
    }

    /** How long attempts are still refused, for the PIN screen to show before anyone types; empty when open. */
    public synchronized Optional<Duration> lockedFor() {
        Instant now = clock.instant();
        return now.isBefore(lockedUntil) ? Optional.of(Duration.between(now, lockedUntil)) : Optional.empty();
    }
}
