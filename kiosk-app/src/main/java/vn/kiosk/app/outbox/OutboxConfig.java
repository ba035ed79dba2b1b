package vn.kiosk.app.outbox;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import javax.crypto.SecretKey;

/**
 * How to open an {@link Outbox}.
 *
 * @param database         the SQLite file (its "-wal" and "-shm" companions live next to it)
 * @param key              the AES-256 body key, e.g. from {@link OutboxKeys#loadOrCreate}
 * @param clock            the time source for scheduling; tests inject a fake one and never sleep
 * @param backoff          how long to wait between attempts
 * @param maxDatabaseBytes size cap of the database file, 0 for none: an unreachable backend must
 *                         fill the outbox, not the kiosk's whole disk (logs, updates need room too)
 */
public record OutboxConfig(Path database, SecretKey key, Clock clock, Backoff backoff, long maxDatabaseBytes) {

    public OutboxConfig {
        Objects.requireNonNull(database, "database");
        OutboxKeys.requireAes256(key);
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(backoff, "backoff");
        if (maxDatabaseBytes < 0) {
            throw new IllegalArgumentException("maxDatabaseBytes must be >= 0");
        }
    }

    /** System clock, {@link Backoff#standard()}, no size cap. */
    public static OutboxConfig of(Path database, SecretKey key) {
        return new OutboxConfig(database, key, Clock.systemUTC(), Backoff.standard(), 0);
    }

    public OutboxConfig withClock(Clock newClock) {
        return new OutboxConfig(database, key, newClock, backoff, maxDatabaseBytes);
    }

    public OutboxConfig withBackoff(Backoff newBackoff) {
        return new OutboxConfig(database, key, clock, newBackoff, maxDatabaseBytes);
    }

    public OutboxConfig withMaxDatabaseBytes(long newMax) {
        return new OutboxConfig(database, key, clock, backoff, newMax);
    }
}
