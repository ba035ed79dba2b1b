package vn.kiosk.app.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.kiosk.app.outbox.OutboxFixtures.T0;
import static vn.kiosk.app.outbox.OutboxFixtures.citizenJson;
import static vn.kiosk.app.outbox.OutboxFixtures.dossier;
import static vn.kiosk.app.outbox.OutboxFixtures.saved;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutboxRoundTripTest {
    @TempDir
    Path dir;

    @Test
    void enqueuedSubmissionIsDeliveredWithItsKeyAndBodyThenWiped() {
        SecretKey key = OutboxKeys.generate();
        FakeClock clock = new FakeClock(T0);
        Path db = dir.resolve("outbox.db");
        EnqueueResult.Saved saved;
        try (Outbox outbox = OutboxFixtures.open(db, key, clock)) {
            saved = (EnqueueResult.Saved) outbox.enqueue(dossier(citizenJson(1)));
            clock.advance(Duration.ofMinutes(3));
            OutboxStats stats = outbox.stats();
            assertEquals(1, stats.pending());
            assertEquals(Optional.of(Duration.ofMinutes(3)), stats.oldestPendingAge());
        }
        // reopen: what was saved is there after a restart
        try (Outbox outbox = OutboxFixtures.open(db, key, clock)) {
            List<OutboxEntry> seen = new ArrayList<>();
            DeliveryReport report = outbox.deliverDue(e -> {
                seen.add(e);
                return new DeliveryResult.Delivered("{\"maHoSo\":\"HS-1\"}");
            });
            assertEquals(1, seen.size());
            OutboxEntry e = seen.get(0);
            assertEquals(saved.id(), e.id());
            assertEquals(saved.idempotencyKey(), e.idempotencyKey());
            assertEquals(citizenJson(1), new String(e.submission().body(), StandardCharsets.UTF_8));
            assertEquals("/api/v1/dossiers", e.submission().path());
            assertEquals(1, e.attempt());
            assertEquals(T0, e.enqueuedAt());
            assertEquals("{\"maHoSo\":\"HS-1\"}", report.delivered().get(saved.id()));

            EntryStatus status = outbox.status(saved.id()).orElseThrow();
            assertEquals(EntryState.DELIVERED, status.state());
            assertFalse(status.hasBody(), "the body must be gone once delivered");
            assertEquals(new OutboxStats(0, 0, Optional.empty(), Optional.of(clock.instant())), outbox.stats(),
                    "delivered now, after the restart");
            // nothing more to send
            assertTrue(outbox.deliverDue(x -> {
                throw new AssertionError("sent twice");
            }).delivered().isEmpty());
        }
    }

    @Test
    void entriesGoOutInTheOrderTheyCameIn() {
        try (Outbox outbox = OutboxFixtures.open(dir.resolve("o.db"), OutboxKeys.generate(), new FakeClock(T0))) {
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                ids.add(saved(outbox.enqueue(dossier(citizenJson(i)))));
            }
            List<Long> order = new ArrayList<>();
            outbox.deliverDue(e -> {
                order.add(e.id());
                return new DeliveryResult.Delivered("{}");
            });
            assertEquals(ids, order);
        }
    }

    @Test
    void submissionRefusesAPathThatCouldCarryAnIdNumber() {
        byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
        assertThrows(IllegalArgumentException.class,
                () -> new Submission("dossier", "POST", "/api/v1/citizens/079123456789", body));
        assertThrows(IllegalArgumentException.class,
                () -> new Submission("dossier", "POST", "/api/v1/dossiers?name=An", body));
        assertThrows(IllegalArgumentException.class,
                () -> new Submission("dossier", "GET", "/api/v1/dossiers", body));
    }

    @Test
    void aFullOutboxSaysSoInsteadOfLosingTheSubmission() {
        Path db = dir.resolve("small.db");
        OutboxConfig config = OutboxConfig.of(db, OutboxKeys.generate()).withClock(new FakeClock(T0))
                .withBackoff(OutboxFixtures.FIXED_BACKOFF).withMaxDatabaseBytes(96 * 1024);
        String big = "{\"hoTen\":\"Trần Văn Bình\",\"anh\":\"" + "A".repeat(8_000) + "\"}";
        try (Outbox outbox = Outbox.open(config)) {
            List<Long> saved = new ArrayList<>();
            EnqueueResult last = null;
            for (int i = 0; i < 100; i++) {
                last = outbox.enqueue(dossier(big));
                if (!(last instanceof EnqueueResult.Saved)) {
                    break;
                }
                saved.add(((EnqueueResult.Saved) last).id());
            }
            EnqueueResult.NotSaved notSaved = assertInstanceOf(EnqueueResult.NotSaved.class, last);
            assertEquals(EnqueueResult.Cause.STORAGE_FULL, notSaved.cause());
            assertTrue(saved.size() > 2);
            // everything acknowledged before the disk filled is intact and deliverable
            assertEquals(saved.size(), outbox.stats().pending());
            assertEquals(saved.size(), outbox.deliverDue(e -> new DeliveryResult.Delivered("{}")).delivered().size());
            // delivered bodies are deleted, which makes room again
            assertInstanceOf(EnqueueResult.Saved.class, outbox.enqueue(dossier(big)));
        }
    }

    @Test
    void aClosedOutboxRefusesWithATypedResult() {
        Outbox outbox = OutboxFixtures.open(dir.resolve("c.db"), OutboxKeys.generate(), new FakeClock(T0));
        outbox.close();
        EnqueueResult r = outbox.enqueue(dossier(citizenJson(1)));
        assertEquals(EnqueueResult.Cause.STORAGE_ERROR, assertInstanceOf(EnqueueResult.NotSaved.class, r).cause());
    }

    @Test
    void theFileIsInWalModeAndFinishedRowsCanBePurged() throws Exception {
        Path db = dir.resolve("w.db");
        FakeClock clock = new FakeClock(T0);
        try (Outbox outbox = OutboxFixtures.open(db, OutboxKeys.generate(), clock)) {
            long delivered = saved(outbox.enqueue(dossier(citizenJson(1))));
            outbox.deliverDue(e -> new DeliveryResult.Delivered("{}"));
            long pending = saved(outbox.enqueue(dossier(citizenJson(2))));
            try (java.sql.Connection raw = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db);
                 java.sql.Statement st = raw.createStatement();
                 java.sql.ResultSet rs = st.executeQuery("PRAGMA journal_mode")) {
                rs.next();
                assertEquals("wal", rs.getString(1));
            }
            assertEquals(0, outbox.purgeFinishedBefore(T0));
            clock.advance(Duration.ofDays(1));
            assertEquals(1, outbox.purgeFinishedBefore(clock.instant()));
            assertTrue(outbox.status(delivered).isEmpty());
            assertTrue(outbox.status(pending).isPresent(), "pending entries are never purged");
        }
    }
}
