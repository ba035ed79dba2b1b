package vn.kiosk.app.outbox;

import java.time.Duration;
import java.util.Objects;
import java.util.function.DoubleSupplier;

/**
 * Exponential back-off with jitter and a cap.
 *
 * <p>The delay after the n-th failed attempt is {@code d = min(cap, base * 2^(n-1))}, then jittered
 * uniformly into {@code [d/2, d]}: a fleet of kiosks that lost the same link must not all come back
 * in the same second, yet no kiosk should retry much sooner than planned. The jitter source is
 * injected so tests are deterministic.
 *
 * @param base   delay after the first failure
 * @param cap    the longest delay, e.g. 5 minutes
 * @param jitter returns values in [0, 1)
 */
public record Backoff(Duration base, Duration cap, DoubleSupplier jitter) {

    public Backoff {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(cap, "cap");
        Objects.requireNonNull(jitter, "jitter");
        if (base.isNegative() || base.isZero() || cap.compareTo(base) < 0) {
            throw new IllegalArgumentException("need 0 < base <= cap");
        }
    }

    /** 2 s doubling up to 5 min, with random jitter. */
    public static Backoff standard() {
        return new Backoff(Duration.ofSeconds(2), Duration.ofMinutes(5), Math::random);
    }

    /** The wait after {@code failedAttempts} (at least 1) attempts that did not go through. */
    public Duration delayAfter(int failedAttempts) {
        if (failedAttempts < 1) {
            throw new IllegalArgumentException("failedAttempts must be >= 1");
        }
        long capMillis = cap.toMillis();
        long full = base.toMillis();
        // double step by step so large attempt counts saturate at the cap instead of overflowing
        for (int i = 1; i < failedAttempts && full < capMillis; i++) {
            full *= 2;
        }
        full = Math.min(full, capMillis);
        double j = Math.min(Math.max(jitter.getAsDouble(), 0.0), 1.0);
        return Duration.ofMillis(full / 2 + Math.round(j * (full - full / 2)));
    }
}
