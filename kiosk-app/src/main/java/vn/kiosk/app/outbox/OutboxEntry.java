package vn.kiosk.app.outbox;

import java.time.Instant;
import java.util.UUID;

/**
 * One queued submission as handed to a {@link Delivery}, with its body already decrypted.
 *
 * @param id             the durable id returned by {@link Outbox#enqueue}
 * @param idempotencyKey generated once at enqueue; every (re)send must carry it as the
 *                       {@code Idempotency-Key} header, which is what makes re-sends harmless
 * @param submission     the call to make
 * @param attempt        1 for the first send, 2 for the first retry, ...
 * @param enqueuedAt     when the citizen's submission was durably stored
 */
public record OutboxEntry(long id, UUID idempotencyKey, Submission submission, int attempt, Instant enqueuedAt) {
}
