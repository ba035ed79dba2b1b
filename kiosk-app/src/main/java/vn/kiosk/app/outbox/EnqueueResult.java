package vn.kiosk.app.outbox;

import java.util.Objects;
import java.util.UUID;

/**
 * Outcome of {@link Outbox#enqueue}. A flow may acknowledge a submission to the citizen only on
 * {@link Saved}: by then the transaction holding it has been committed with full sync.
 */
public sealed interface EnqueueResult {

    /** Durably stored; {@code id} is the local receipt, the key goes with every send. */
    record Saved(long id, UUID idempotencyKey) implements EnqueueResult {
        public Saved {
            Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        }

        /**
         * What the citizen's receipt shows while the backend has not answered yet: the row number,
         * and four characters of the idempotency key so a clerk can tell two kiosks' receipts apart.
         */
        public String receiptCode() {
            return String.format("K%06d-%s", id, idempotencyKey.toString().substring(0, 4).toUpperCase());
        }
    }

    /**
     * Nothing was stored (the transaction rolled back): the flow must tell the citizen
     * "could not save, please see the clerk" rather than pretend it was sent.
     */
    record NotSaved(Cause cause, String detail) implements EnqueueResult {
        public NotSaved {
            Objects.requireNonNull(cause, "cause");
            Objects.requireNonNull(detail, "detail");
        }
    }

    enum Cause {
        /** The disk, or the configured size cap of the outbox, is full. */
        STORAGE_FULL,
        /** Any other database or I/O failure (read-only disk, corrupt file, closed outbox). */
        STORAGE_ERROR
    }
}
