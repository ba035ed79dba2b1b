package vn.kiosk.app.outbox;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * The kiosk's offline outbox: submissions wait here, encrypted, until the backend takes them.
 *
 * <h2>Durability</h2>
 * SQLite in WAL mode with {@code synchronous=FULL}: every commit is fsync'ed before it returns, so
 * once {@link #enqueue} answers {@link EnqueueResult.Saved} the submission survives a crash or a
 * power cut at any later instant, and a crash before that leaves no trace of it (nothing was
 * acknowledged to the citizen either). Every state change is one transaction.
 *
 * <h2>Exactly once</h2>
 * The outbox itself delivers <em>at least</em> once; the backend makes that exactly once:
 * <ol>
 * <li>The idempotency key (a random UUID) is created at enqueue and committed in the same
 *     transaction as the body, so the submission and its key can never be separated.</li>
 * <li>Every send of an entry carries that same key, and an entry is marked DELIVERED only after
 *     the backend has answered that it took it.</li>
 * <li>If the kiosk dies between the backend taking it and the DELIVERED mark being committed, the
 *     entry is still PENDING on restart and is sent again, with the same key; the backend contract
 *     says a repeated key returns the first result and does nothing else. So the submission has
 *     its effect once, however many times the network or the kiosk fails.</li>
 * </ol>
 * Before each send the attempt is claimed (attempt count and next due time committed), so an entry
 * whose sending crashes the process waits out its back-off after a restart instead of crash-looping.
 *
 * <h2>Personal data</h2>
 * Only the body may hold personal data; it is sealed with AES-256-GCM under a key that is not in
 * the database, with the row's idempotency key, kind, method and path as associated data (a body
 * moved to another row does not decrypt). The body is deleted as soon as the entry is delivered or
 * rejected, with {@code secure_delete} on so freed pages are zeroed rather than left behind.
 *
 * <h2>Order and threads</h2>
 * Entries are delivered oldest first; while the oldest pending entry waits out its back-off, the
 * ones behind it wait too (a round also stops at the first RetryLater: the link is most likely
 * down for all of them). {@link #enqueue} may be called from any thread at any time, also while
 * {@link #deliverDue} is sending: the database lock is never held across a send.
 */
public final class Outbox implements AutoCloseable {

    private static final int MAX_REASON_CHARS = 200;

    private final Connection conn;
    private final BodyCipher cipher;
    private final Clock clock;
    private final Backoff backoff;
    // guards conn: a JDBC connection is not safe for concurrent use; held only for short transactions
    private final ReentrantLock dbLock = new ReentrantLock();
    // one delivery round at a time, so the same entry is never in flight twice from this process
    private final ReentrantLock deliveryLock = new ReentrantLock();
    private boolean closed;

    private Outbox(Connection conn, BodyCipher cipher, Clock clock, Backoff backoff) {
        this.conn = conn;
        this.cipher = cipher;
        this.clock = clock;
        this.backoff = backoff;
    }

    /**
     * Opens (creating if needed) the outbox database and brings its schema up to date.
     *
     * @throws OutboxStorageException if the file cannot be opened or migrated
     */
    public static Outbox open(OutboxConfig config) {
        Connection conn = null;
        try {
            java.nio.file.Path parent = config.database().toAbsolutePath().getParent();
            if (parent != null) {
                java.nio.file.Files.createDirectories(parent);
            }
            conn = DriverManager.getConnection("jdbc:sqlite:" + config.database().toAbsolutePath());
            try (Statement st = conn.createStatement()) {
                // journal_mode cannot change inside a transaction, so set everything in autocommit
                st.execute("PRAGMA journal_mode = WAL");
                st.execute("PRAGMA synchronous = FULL");
                st.execute("PRAGMA secure_delete = ON");
                st.execute("PRAGMA busy_timeout = 10000");
                if (config.maxDatabaseBytes() > 0) {
                    long pageSize = queryLong(st, "PRAGMA page_size");
                    st.execute("PRAGMA max_page_count = " + Math.max(8, config.maxDatabaseBytes() / pageSize));
                }
                String mode = queryString(st, "PRAGMA journal_mode");
                if (!"wal".equalsIgnoreCase(mode)) {
                    throw new SQLException("could not switch the outbox to WAL mode (got " + mode + ")");
                }
            }
            conn.setAutoCommit(false);
            OutboxSchema.migrate(conn);
            return new Outbox(conn, new BodyCipher(config.key(), new SecureRandom()), config.clock(), config.backoff());
        } catch (SQLException | java.io.IOException e) {
            closeQuietly(conn);
            throw new OutboxStorageException("cannot open the outbox at " + config.database(), e);
        }
    }

    /**
     * Stores a submission durably. Only a {@link EnqueueResult.Saved} means it is stored; on
     * {@link EnqueueResult.NotSaved} nothing is, and the flow must say so to the citizen.
     */
    public EnqueueResult enqueue(Submission submission) {
        UUID key = UUID.randomUUID();
        byte[] sealed = cipher.seal(submission.body(), BodyCipher.associatedData(key.toString(),
                submission.kind(), submission.method(), submission.path()));
        long now = clock.millis();
        dbLock.lock();
        try {
            ensureOpen();
            try (PreparedStatement ps = conn.prepareStatement("""
                    INSERT INTO entry (idempotency_key, kind, method, path, sealed_body, state, attempts,
                                       enqueued_at, next_attempt_at)
                    VALUES (?, ?, ?, ?, ?, 'PENDING', 0, ?, ?) RETURNING id""")) {
                ps.setString(1, key.toString());
                ps.setString(2, submission.kind());
                ps.setString(3, submission.method());
                ps.setString(4, submission.path());
                ps.setBytes(5, sealed);
                ps.setLong(6, now);
                ps.setLong(7, now);
                long id;
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw new SQLException("insert returned no id");
                    }
                    id = rs.getLong(1);
                }
                conn.commit();
                return new EnqueueResult.Saved(id, key);
            }
        } catch (SQLException e) {
            rollbackQuietly();
            return new EnqueueResult.NotSaved(isFull(e) ? EnqueueResult.Cause.STORAGE_FULL
                    : EnqueueResult.Cause.STORAGE_ERROR, String.valueOf(e.getMessage()));
        } finally {
            dbLock.unlock();
        }
    }

    /**
     * Sends, oldest first, every pending entry that is due, and records each outcome. Call it from
     * the background worker whenever the link may be up (on a timer, on a network change).
     *
     * @throws OutboxStorageException if an outcome cannot be recorded; the entry then stays
     *                                pending and is re-sent later with the same key
     */
    public DeliveryReport deliverDue(Delivery delivery) {
        deliveryLock.lock();
        try {
            Round round = new Round();
            long after = 0;
            while (true) {
                Optional<StoredRow> next = nextPendingAfter(after);
                if (next.isEmpty()) {
                    break;
                }
                StoredRow row = next.get();
                after = row.id();
                if (waitingOutBackoff(row)) {
                    break; // keep the order: nothing overtakes an entry that is waiting out its back-off
                }
                if (!round.send(row, delivery)) {
                    break;
                }
            }
            return round.report();
        } finally {
            deliveryLock.unlock();
        }
    }

    /**
     * Whether the entry's back-off has yet to end. A wait longer than any back-off means the clock
     * was set back since it was planned (an NTP step, a dead real-time-clock battery after a power
     * cut): the entry is due now rather than when the clock catches up, possibly years later.
     */
    private boolean waitingOutBackoff(StoredRow row) {
        long wait = row.nextAttemptAt() - clock.millis();
        return wait > 0 && wait <= backoff.cap().toMillis();
    }

    /**
     * Sends entry {@code id} now if it is pending, whatever waits before it or its own back-off:
     * for the citizen at the screen, whose fresh submission must not queue behind an older one
     * that is waiting to be retried. Entries are independent (each carries its own idempotency
     * key), so the oldest-first order of {@link #deliverDue} is a courtesy to the backend, not a
     * correctness rule.
     */
    public DeliveryReport deliverNow(long id, Delivery delivery) {
        deliveryLock.lock();
        try {
            Round round = new Round();
            nextPendingAfter(id - 1).filter(row -> row.id() == id).ifPresent(row -> round.send(row, delivery));
            return round.report();
        } finally {
            deliveryLock.unlock();
        }
    }

    /** One delivery round's sends and what came of them. */
    private final class Round {
        private final Map<Long, String> delivered = new HashMap<>();
        private final Map<Long, UUID> keys = new HashMap<>();
        private final List<Long> retry = new ArrayList<>();
        private final List<Long> rejected = new ArrayList<>();
        private final List<Long> undecryptable = new ArrayList<>();

        /** @return whether the round may go on to the next entry (not after a RetryLater) */
        boolean send(StoredRow row, Delivery delivery) {
            Submission submission;
            try {
                submission = row.open(cipher);
            } catch (UndecryptableBodyException e) {
                // never send what we cannot authenticate, never destroy it either: a wrong key
                // can be fixed by the operator; skip it so it does not block everyone behind it
                undecryptable.add(row.id());
                return true;
            }
            long now = clock.millis();
            int attempt = row.attempts() + 1;
            claim(row.id(), attempt, now + backoff.delayAfter(attempt).toMillis());
            OutboxEntry entry = new OutboxEntry(row.id(), row.key(), submission, attempt,
                    Instant.ofEpochMilli(row.enqueuedAt()));
            DeliveryResult result;
            try {
                result = delivery.send(entry);
            } catch (RuntimeException e) {
                // exception messages may quote the request; keep only the type
                result = new DeliveryResult.RetryLater("delivery failed: " + e.getClass().getSimpleName());
            }
            record(row.id(), result);
            if (result instanceof DeliveryResult.Delivered) {
                delivered.put(row.id(), ((DeliveryResult.Delivered) result).responseBody());
                keys.put(row.id(), row.key());
            } else if (result instanceof DeliveryResult.Rejected) {
                rejected.add(row.id());
            } else {
                retry.add(row.id());
                return false;
            }
            return true;
        }

        DeliveryReport report() {
            return new DeliveryReport(delivered, keys, retry, rejected, undecryptable);
        }
    }

    /** Queue depth and the age of the oldest waiting submission, for the operator screen. */
    public OutboxStats stats() {
        dbLock.lock();
        try {
            ensureOpen();
            try (Statement st = conn.createStatement();
                 ResultSet rs = st.executeQuery("""
                         SELECT (SELECT COUNT(*) FROM entry WHERE state = 'PENDING'),
                                (SELECT MIN(enqueued_at) FROM entry WHERE state = 'PENDING'),
                                (SELECT COUNT(*) FROM entry WHERE state = 'REJECTED'),
                                (SELECT MAX(finished_at) FROM entry WHERE state = 'DELIVERED')""")) {
                rs.next();
                long pending = rs.getLong(1);
                long oldest = rs.getLong(2);
                boolean any = !rs.wasNull();
                long rejectedCount = rs.getLong(3);
                long delivered = rs.getLong(4);
                Optional<Instant> lastDelivered = rs.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(delivered));
                conn.commit(); // end the read transaction so the WAL can be checkpointed
                Optional<Duration> age = any
                        ? Optional.of(Duration.ofMillis(Math.max(0, clock.millis() - oldest)))
                        : Optional.empty();
                return new OutboxStats(pending, rejectedCount, age, lastDelivered);
            }
        } catch (SQLException e) {
            rollbackQuietly();
            throw new OutboxStorageException("cannot read outbox statistics", e);
        } finally {
            dbLock.unlock();
        }
    }

    /** The non-personal facts about one entry, empty if there is no such id. */
    public Optional<EntryStatus> status(long id) {
        dbLock.lock();
        try {
            ensureOpen();
            try (PreparedStatement ps = conn.prepareStatement("""
                    SELECT idempotency_key, kind, state, attempts, next_attempt_at, last_reason,
                           sealed_body IS NOT NULL
                    FROM entry WHERE id = ?""")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    Optional<EntryStatus> result = Optional.empty();
                    if (rs.next()) {
                        result = Optional.of(new EntryStatus(id, UUID.fromString(rs.getString(1)), rs.getString(2),
                                EntryState.valueOf(rs.getString(3)), rs.getInt(4),
                                Instant.ofEpochMilli(rs.getLong(5)), Optional.ofNullable(rs.getString(6)),
                                rs.getBoolean(7)));
                    }
                    conn.commit();
                    return result;
                }
            }
        } catch (SQLException e) {
            rollbackQuietly();
            throw new OutboxStorageException("cannot read outbox entry " + id, e);
        } finally {
            dbLock.unlock();
        }
    }

    /**
     * Deletes the rows of entries that were delivered or rejected before {@code cutoff}. Their bodies
     * are already gone; this drops the remaining metadata (kind, key, reason) once the operator no
     * longer needs it, so the file does not grow for ever.
     *
     * @return how many rows were deleted
     */
    public int purgeFinishedBefore(Instant cutoff) {
        dbLock.lock();
        try {
            ensureOpen();
            try (PreparedStatement ps = conn.prepareStatement(
                    "DELETE FROM entry WHERE state IN ('DELIVERED', 'REJECTED') AND finished_at < ?")) {
                ps.setLong(1, cutoff.toEpochMilli());
                int n = ps.executeUpdate();
                conn.commit();
                return n;
            }
        } catch (SQLException e) {
            rollbackQuietly();
            throw new OutboxStorageException("cannot purge the outbox", e);
        } finally {
            dbLock.unlock();
        }
    }

    @Override
    public void close() {
        dbLock.lock();
        try {
            if (!closed) {
                closed = true;
                closeQuietly(conn);
            }
        } finally {
            dbLock.unlock();
        }
    }

    private Optional<StoredRow> nextPendingAfter(long afterId) {
        dbLock.lock();
        try {
            ensureOpen();
            try (PreparedStatement ps = conn.prepareStatement("""
                    SELECT id, idempotency_key, kind, method, path, sealed_body, attempts, enqueued_at,
                           next_attempt_at
                    FROM entry WHERE state = 'PENDING' AND id > ? ORDER BY id LIMIT 1""")) {
                ps.setLong(1, afterId);
                try (ResultSet rs = ps.executeQuery()) {
                    Optional<StoredRow> row = Optional.empty();
                    if (rs.next()) {
                        row = Optional.of(new StoredRow(rs.getLong(1), UUID.fromString(rs.getString(2)),
                                rs.getString(3), rs.getString(4), rs.getString(5), rs.getBytes(6), rs.getInt(7),
                                rs.getLong(8), rs.getLong(9)));
                    }
                    conn.commit();
                    return row;
                }
            }
        } catch (SQLException e) {
            rollbackQuietly();
            throw new OutboxStorageException("cannot read the outbox", e);
        } finally {
            dbLock.unlock();
        }
    }

    private void claim(long id, int attempt, long nextAttemptAt) {
        update("UPDATE entry SET attempts = ?, next_attempt_at = ? WHERE id = ? AND state = 'PENDING'",
                ps -> {
                    ps.setInt(1, attempt);
                    ps.setLong(2, nextAttemptAt);
                    ps.setLong(3, id);
                });
    }

    private void record(long id, DeliveryResult result) {
        long now = clock.millis();
        if (result instanceof DeliveryResult.Delivered) {
            update("""
                    UPDATE entry SET state = 'DELIVERED', sealed_body = NULL, finished_at = ?, last_reason = NULL
                    WHERE id = ? AND state = 'PENDING'""", ps -> {
                ps.setLong(1, now);
                ps.setLong(2, id);
            });
        } else if (result instanceof DeliveryResult.Rejected) {
            String reason = truncate(((DeliveryResult.Rejected) result).reason());
            update("""
                    UPDATE entry SET state = 'REJECTED', sealed_body = NULL, finished_at = ?, last_reason = ?
                    WHERE id = ? AND state = 'PENDING'""", ps -> {
                ps.setLong(1, now);
                ps.setString(2, reason);
                ps.setLong(3, id);
            });
        } else {
            String reason = truncate(((DeliveryResult.RetryLater) result).reason());
            update("UPDATE entry SET last_reason = ? WHERE id = ? AND state = 'PENDING'", ps -> {
                ps.setString(1, reason);
                ps.setLong(2, id);
            });
        }
    }

    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    private void update(String sql, Binder binder) {
        dbLock.lock();
        try {
            ensureOpen();
            try (PreparedStatement ps = conn.prepareStatement(sql)) {
                binder.bind(ps);
                ps.executeUpdate();
                conn.commit();
            }
        } catch (SQLException e) {
            rollbackQuietly();
            throw new OutboxStorageException("cannot update the outbox", e);
        } finally {
            dbLock.unlock();
        }
    }

    private void ensureOpen() throws SQLException {
        if (closed) {
            throw new SQLException("the outbox is closed");
        }
    }

    private void rollbackQuietly() {
        try {
            if (!closed) {
                conn.rollback();
            }
        } catch (SQLException ignored) {
            // the failure that got us here is the one worth reporting
        }
    }

    private static boolean isFull(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLiteException) {
                SQLiteErrorCode code = ((SQLiteException) t).getResultCode();
                // extended codes keep the primary code in the low byte
                if (code != null && (code.code & 0xff) == SQLiteErrorCode.SQLITE_FULL.code) {
                    return true;
                }
            }
        }
        return e.getErrorCode() == SQLiteErrorCode.SQLITE_FULL.code;
    }

    private static String truncate(String reason) {
        return reason.length() <= MAX_REASON_CHARS ? reason : reason.substring(0, MAX_REASON_CHARS);
    }

    private static long queryLong(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    private static String queryString(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : "";
        }
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // nothing more to do with a connection we are abandoning
            }
        }
    }

    /** One pending row as stored: the body still sealed. */
    private record StoredRow(long id, UUID key, String kind, String method, String path, byte[] sealedBody,
                             int attempts, long enqueuedAt, long nextAttemptAt) {

        Submission open(BodyCipher cipher) throws UndecryptableBodyException {
            byte[] body = cipher.open(sealedBody, BodyCipher.associatedData(key.toString(), kind, method, path));
            try {
                return new Submission(kind, method, path, body);
            } catch (IllegalArgumentException e) {
                throw new UndecryptableBodyException("stored metadata is not valid", e);
            }
        }
    }
}
