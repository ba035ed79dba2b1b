package vn.kiosk.app.outbox;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Schema migrations, tracked in SQLite's {@code user_version}. Each migration and its version bump
 * commit together, so a power cut mid-upgrade leaves the previous version intact. Append new
 * migrations at the end; never edit a released one.
 */
final class OutboxSchema {

    private static final List<List<String>> MIGRATIONS = List.of(
            // v1: one row per submission; only sealed_body may hold personal data (encrypted)
            List.of("""
                    CREATE TABLE entry (
                      id              INTEGER PRIMARY KEY AUTOINCREMENT,
                      idempotency_key TEXT    NOT NULL UNIQUE,
                      kind            TEXT    NOT NULL,
                      method          TEXT    NOT NULL,
                      path            TEXT    NOT NULL,
                      sealed_body     BLOB,
                      state           TEXT    NOT NULL CHECK (state IN ('PENDING', 'DELIVERED', 'REJECTED')),
                      attempts        INTEGER NOT NULL DEFAULT 0,
                      enqueued_at     INTEGER NOT NULL,
                      next_attempt_at INTEGER NOT NULL,
                      last_reason     TEXT,
                      finished_at     INTEGER,
                      CHECK (state = 'PENDING' OR sealed_body IS NULL)
                    )""",
                    "CREATE INDEX entry_pending ON entry (state, id)"));

    private OutboxSchema() {
    }

    static int latestVersion() {
        return MIGRATIONS.size();
    }

    /** Brings the database up to {@link #latestVersion()}; the connection must not be in autocommit. */
    static void migrate(Connection conn) throws SQLException {
        int current = version(conn);
        if (current > MIGRATIONS.size()) {
            // written by a newer kiosk-app: refusing is safer than misreading the rows
            throw new SQLException("outbox schema v" + current + " is newer than this build (v" + MIGRATIONS.size() + ")");
        }
        for (int v = current; v < MIGRATIONS.size(); v++) {
            try (Statement st = conn.createStatement()) {
                for (String sql : MIGRATIONS.get(v)) {
                    st.execute(sql);
                }
                st.execute("PRAGMA user_version = " + (v + 1));
                conn.commit();
            } catch (SQLException e) {
                conn.rollback();
                throw e;
            }
        }
    }

    private static int version(Connection conn) throws SQLException {
        try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }
}
