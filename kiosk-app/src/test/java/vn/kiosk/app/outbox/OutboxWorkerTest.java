package vn.kiosk.app.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutboxWorkerTest {
    @TempDir
    Path dir;

    @Test
    void theWorkerDeliversInTheBackgroundAndStopsOnClose() throws Exception {
        FakeClock clock = new FakeClock(OutboxFixtures.T0);
        IdempotentReceiver backend = new IdempotentReceiver();
        try (Outbox outbox = OutboxFixtures.open(dir.resolve("outbox.db"), OutboxKeys.generate(), clock)) {
            EnqueueResult.Saved first = (EnqueueResult.Saved) outbox.enqueue(OutboxFixtures.dossier(OutboxFixtures.citizenJson(1)));
            assertTrue(first.receiptCode().matches("K\\d{6}-[0-9A-F]{4}"), first.receiptCode());
            try (OutboxWorker worker = OutboxWorker.start(outbox, backend, Duration.ofHours(1))) {
                for (int i = 2; i <= 5; i++) {
                    outbox.enqueue(OutboxFixtures.dossier(OutboxFixtures.citizenJson(i)));
                }
                worker.nudge();
                long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
                while (outbox.stats().pending() > 0 && System.nanoTime() < deadline) {
                    Thread.sleep(10);
                }
            }
            assertEquals(0, outbox.stats().pending());
            assertEquals(5, backend.submissions().size());
        }
    }

    @Test
    void aDeliveryThatThrowsDoesNotStopTheSchedule() throws Exception {
        FakeClock clock = new FakeClock(OutboxFixtures.T0);
        AtomicBoolean failed = new AtomicBoolean();
        IdempotentReceiver backend = new IdempotentReceiver();
        Delivery flaky = entry -> {
            if (failed.compareAndSet(false, true)) {
                throw new IllegalStateException("first attempt fails");
            }
            return backend.send(entry);
        };
        try (Outbox outbox = OutboxFixtures.open(dir.resolve("outbox.db"), OutboxKeys.generate(), clock);
             OutboxWorker worker = OutboxWorker.start(outbox, flaky, Duration.ofMillis(20))) {
            outbox.enqueue(OutboxFixtures.dossier(OutboxFixtures.citizenJson(1)));
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (backend.submissions().isEmpty() && System.nanoTime() < deadline) {
                clock.advance(Duration.ofMinutes(10));
                Thread.sleep(20);
            }
            assertEquals(1, backend.submissions().size());
        }
    }
}
