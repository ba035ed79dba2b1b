package vn.kiosk.app.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * For the operator screen: how much is waiting and for how long.
 *
 * @param pending          entries not yet delivered nor rejected
 * @param rejected         entries the backend refused (kept, without body, for the operator)
 * @param oldestPendingAge age of the oldest pending entry, empty when nothing is pending
 * @param lastDelivered    when the backend last took an entry, empty when never (or all purged)
 */
public record OutboxStats(long pending, long rejected, Optional<Duration> oldestPendingAge,
                          Optional<Instant> lastDelivered) {

    /** Counts and age only (nothing delivered yet). */
    public OutboxStats(long pending, long rejected, Optional<Duration> oldestPendingAge) {
        this(pending, rejected, oldestPendingAge, Optional.empty());
    }
}
