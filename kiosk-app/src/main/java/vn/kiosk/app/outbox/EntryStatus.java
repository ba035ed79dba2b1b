package vn.kiosk.app.outbox;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * The non-personal facts about one entry (no body), e.g. for the operator screen or a receipt lookup.
 *
 * @param hasBody whether the encrypted body is still on disk (false once delivered or rejected)
 */
public record EntryStatus(long id, UUID idempotencyKey, String kind, EntryState state, int attempts,
                          Instant nextAttemptAt, Optional<String> lastReason, boolean hasBody) {
}
