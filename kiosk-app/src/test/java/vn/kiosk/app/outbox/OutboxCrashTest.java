package vn.kiosk.app.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static vn.kiosk.app.outbox.OutboxFixtures.T0;
import static vn.kiosk.app.outbox.OutboxFixtures.citizenJson;
import static vn.kiosk.app.outbox.OutboxFixtures.dossier;
import static vn.kiosk.app.outbox.OutboxFixtures.saved;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The exactly-once argument under a crash between "the backend took it" and "we recorded that":
 * the entry is sent again with the same key, and an idempotent backend sees one submission.
 */
class OutboxCrashTest {
    @TempDir
    Path dir;

    /** What the JVM does to the delivery loop when the process dies: nothing after it runs. */
    private static final class ProcessDied extends Error {
        private static final long serialVersionUID = 1L;
    }

    @Test
    void dyingAfterSendingResendsWithTheSameKeyAndTheBackendSeesItOnce() {
        Path db = dir.resolve("outbox.db");
        SecretKey key = OutboxKeys.generate();
        FakeClock clock = new FakeClock(T0);
        IdempotentReceiver backend = new IdempotentReceiver();
        List<UUID> sentKeys = new ArrayList<>();

        Outbox beforeCrash = OutboxFixtures.open(db, key, clock);
        long first = saved(beforeCrash.enqueue(dossier(citizenJson(1))));
        saved(beforeCrash.enqueue(dossier(citizenJson(2))));
        saved(beforeCrash.enqueue(dossier(citizenJson(3))));
        assertThrows(ProcessDied.class, () -> beforeCrash.deliverDue(e -> {
            sentKeys.add(e.idempotencyKey());
            backend.take(e); // the backend committed it ...
            throw new ProcessDied(); // ... and the kiosk died before hearing back
        }));
        // beforeCrash is abandoned, not closed: that is what a dead process does

        try (Outbox afterRestart = OutboxFixtures.open(db, key, clock)) {
            // the claimed attempt waits out its back-off, so a crash-looping entry cannot spin
            assertEquals(0, afterRestart.deliverDue(backend).delivered().size());
            clock.advance(Duration.ofSeconds(1));
            DeliveryReport report = afterRestart.deliverDue(e -> {
                sentKeys.add(e.idempotencyKey());
                return backend.send(e);
            });
            assertEquals(3, report.delivered().size());
            assertEquals(sentKeys.get(0), sentKeys.get(1), "the re-send carries the first key");
            assertEquals(report.keys().get(first), sentKeys.get(0));
            assertEquals(2, afterRestart.status(first).orElseThrow().attempts());
        }
        assertEquals(4, backend.requests(), "one request was repeated");
        assertEquals(3, backend.submissions().size(), "but the backend has exactly three submissions");
    }

    @Test
    void losingTheDatabaseMidSendLeavesTheEntryPendingForASecondTry() {
        Path db = dir.resolve("outbox.db");
        SecretKey key = OutboxKeys.generate();
        FakeClock clock = new FakeClock(T0);
        IdempotentReceiver backend = new IdempotentReceiver();

        Outbox first = OutboxFixtures.open(db, key, clock);
        long id = saved(first.enqueue(dossier(citizenJson(9))));
        assertThrows(OutboxStorageException.class, () -> first.deliverDue(e -> {
            DeliveryResult r = backend.send(e);
            first.close(); // the connection goes away abruptly, before the outcome is recorded
            return r;
        }));

        try (Outbox second = OutboxFixtures.open(db, key, clock)) {
            assertEquals(EntryState.PENDING, second.status(id).orElseThrow().state());
            clock.advance(Duration.ofMinutes(5));
            assertEquals(1, second.deliverDue(backend).delivered().size());
            assertEquals(EntryState.DELIVERED, second.status(id).orElseThrow().state());
        }
        assertEquals(2, backend.requests());
        assertEquals(1, backend.submissions().size());
    }
}
