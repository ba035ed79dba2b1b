package vn.kiosk.app.outbox;

/**
 * The one thing the outbox needs from the backend client: send one entry and say how it went.
 *
 * <p>Implementations must send {@link OutboxEntry#idempotencyKey()} as the {@code Idempotency-Key}
 * header, and must not put personal data into the reason strings: reasons are stored in clear and
 * shown on the operator screen. A {@link RuntimeException} thrown from {@code send} is treated as
 * {@link DeliveryResult.RetryLater}.
 */
@FunctionalInterface
public interface Delivery {
    DeliveryResult send(OutboxEntry entry);
}
