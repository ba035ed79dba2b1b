package vn.kiosk.app.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.kiosk.app.outbox.OutboxFixtures.T0;
import static vn.kiosk.app.outbox.OutboxFixtures.citizenJson;
import static vn.kiosk.app.outbox.OutboxFixtures.dossier;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class OutboxConcurrencyTest {
    private static final int PER_THREAD = 60;

    @TempDir
    Path dir;

    @Test
    @Timeout(30)
    void twoEnqueuersAndADelivererLoseNothingAndSendNothingTwice() throws Exception {
        IdempotentReceiver backend = new IdempotentReceiver();
        Map<UUID, String> enqueued = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try (Outbox outbox = OutboxFixtures.open(dir.resolve("o.db"), OutboxKeys.generate(), new FakeClock(T0))) {
            CountDownLatch start = new CountDownLatch(1);
            AtomicBoolean enqueuing = new AtomicBoolean(true);
            Future<?> a = pool.submit(() -> enqueue(outbox, 0, start, enqueued));
            Future<?> b = pool.submit(() -> enqueue(outbox, 1_000, start, enqueued));
            Future<?> d = pool.submit(() -> {
                start.await();
                while (enqueuing.get()) {
                    outbox.deliverDue(backend);
                }
                return null;
            });
            start.countDown();
            a.get(20, TimeUnit.SECONDS);
            b.get(20, TimeUnit.SECONDS);
            enqueuing.set(false);
            d.get(20, TimeUnit.SECONDS);
            outbox.deliverDue(backend); // whatever came in after the deliverer's last round

            assertEquals(2 * PER_THREAD, enqueued.size());
            assertEquals(enqueued, backend.submissions());
            assertEquals(2 * PER_THREAD, backend.requests(), "no submission was sent twice");
            assertEquals(0, outbox.stats().pending());
        } finally {
            pool.shutdownNow();
        }
    }

    private static Void enqueue(Outbox outbox, int base, CountDownLatch start, Map<UUID, String> enqueued)
            throws InterruptedException {
        start.await();
        Set<Long> ids = new HashSet<>();
        for (int i = 0; i < PER_THREAD; i++) {
            String json = citizenJson(base + i);
            EnqueueResult r = outbox.enqueue(dossier(json));
            EnqueueResult.Saved saved = (EnqueueResult.Saved) r;
            assertTrue(ids.add(saved.id()));
            enqueued.put(saved.idempotencyKey(), json);
        }
        return null;
    }
}
