package vn.kiosk.app.backend;

import java.time.Duration;
import java.util.Objects;

/**
 * How often and how patiently to repeat a request that is safe to repeat (a GET, or a request with an
 * {@code Idempotency-Key}).
 *
 * @param maxAttempts    attempts in all, including the first (1 = never retry)
 * @param initialBackoff wait before the first retry; doubled for each further retry
 * @param maxBackoff     cap on the doubled wait
 * @param maxRetryAfter  the longest {@code Retry-After} the client will honour; when the backend asks for
 *                       longer, the call ends as unavailable at once rather than blocking the kiosk (the
 *                       outbox will deliver later)
 */
public record RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff, Duration maxRetryAfter) {

    public RetryPolicy {
        Objects.requireNonNull(initialBackoff, "initialBackoff");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
        Objects.requireNonNull(maxRetryAfter, "maxRetryAfter");
        if (maxAttempts < 1 || maxAttempts > 10) {
            throw new IllegalArgumentException("maxAttempts must be 1..10");
        }
        if (initialBackoff.isNegative() || maxBackoff.compareTo(initialBackoff) < 0 || maxRetryAfter.isNegative()) {
            throw new IllegalArgumentException("backoffs must be non-negative and maxBackoff >= initialBackoff");
        }
    }

    public static RetryPolicy defaults() {
        return new RetryPolicy(4, Duration.ofMillis(500), Duration.ofSeconds(8), Duration.ofSeconds(30));
    }

    public static RetryPolicy never() {
        return new RetryPolicy(1, Duration.ZERO, Duration.ZERO, Duration.ZERO);
    }

    /** The wait after failed attempt number {@code attempt} (1-based), without a Retry-After. */
    Duration backoffAfter(int attempt) {
        Duration d = initialBackoff;
        for (int i = 1; i < attempt && d.compareTo(maxBackoff) < 0; i++) {
            d = d.multipliedBy(2);
        }
        return d.compareTo(maxBackoff) > 0 ? maxBackoff : d;
    }
}
