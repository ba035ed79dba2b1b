package vn.kiosk.simulator.backend;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/**
 * Remembers the first answer to each Idempotency-Key. A request is identified by a SHA-256 over its
 * method, path and body, so a kiosk reusing a key for a different submission is told so (422)
 * instead of silently getting someone else's receipt.
 */
final class IdempotencyTable {

    IdempotencyOutcome look(Connection c, String key, String requestHash) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT request_hash, status, body FROM idempotency WHERE idempotency_key = ?")) {
            s.setString(1, key);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return new IdempotencyOutcome.Fresh();
                }
                if (!r.getString(1).equals(requestHash)) {
                    return new IdempotencyOutcome.Conflict();
                }
                return new IdempotencyOutcome.Replay(r.getInt(2), r.getString(3));
            }
        }
    }

    void remember(Connection c, String key, String requestHash, int status, String body, Instant now)
            throws SQLException {
        Database.insert(c, "INSERT INTO idempotency (idempotency_key, request_hash, status, body, created_at) "
                + "VALUES (?, ?, ?, ?, ?)", key, requestHash, status, body, now.toString());
    }
}
