package vn.kiosk.app.outbox;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What one {@link Outbox#deliverDue} round did.
 *
 * @param delivered    response bodies of the entries delivered in this round, by entry id; the
 *                     outbox does not keep them on disk (they may be personal), so a caller that
 *                     needs them (e.g. to show a dossier code) must take them from here
 * @param keys         idempotency keys of the delivered entries, by entry id
 * @param retryLater   ids that got {@link DeliveryResult.RetryLater} (the round stops at the first)
 * @param rejected     ids the backend rejected for good
 * @param undecryptable ids whose stored body could not be decrypted (wrong key or tampered row);
 *                     they are left untouched for the operator and never sent
 */
public record DeliveryReport(Map<Long, String> delivered, Map<Long, UUID> keys, List<Long> retryLater,
                             List<Long> rejected, List<Long> undecryptable) {

    public DeliveryReport {
        delivered = Map.copyOf(delivered);
        keys = Map.copyOf(keys);
        retryLater = List.copyOf(retryLater);
        rejected = List.copyOf(rejected);
        undecryptable = List.copyOf(undecryptable);
    }
}
