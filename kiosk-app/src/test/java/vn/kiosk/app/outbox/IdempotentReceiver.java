package vn.kiosk.app.outbox;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Stands in for a backend that honours Idempotency-Key: the first request with a key takes effect,
 * repeats return the first result. Counts requests and distinct submissions separately.
 */
final class IdempotentReceiver implements Delivery {
    private final Map<UUID, String> firstBodyByKey = new ConcurrentHashMap<>();
    private final AtomicInteger requests = new AtomicInteger();

    @Override
    public DeliveryResult send(OutboxEntry entry) {
        take(entry);
        return new DeliveryResult.Delivered("{\"ok\":true}");
    }

    /** Records the request as the backend would, without answering (for "crash after send"). */
    void take(OutboxEntry entry) {
        requests.incrementAndGet();
        firstBodyByKey.putIfAbsent(entry.idempotencyKey(),
                new String(entry.submission().body(), StandardCharsets.UTF_8));
    }

    int requests() {
        return requests.get();
    }

    /** The submissions that took effect, by key. */
    Map<UUID, String> submissions() {
        return Map.copyOf(firstBodyByKey);
    }
}
