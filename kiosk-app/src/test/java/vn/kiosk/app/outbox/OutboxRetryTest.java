package vn.kiosk.app.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.kiosk.app.outbox.OutboxFixtures.T0;
import static vn.kiosk.app.outbox.OutboxFixtures.citizenJson;
import static vn.kiosk.app.outbox.OutboxFixtures.dossier;
import static vn.kiosk.app.outbox.OutboxFixtures.saved;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutboxRetryTest {
    @TempDir
    Path dir;

    @Test
    void backoffDoublesUpToTheCapWithJitterInTheUpperHalf() {
        Backoff top = new Backoff(Duration.ofSeconds(2), Duration.ofMinutes(5), () -> 1.0);
        Backoff bottom = new Backoff(Duration.ofSeconds(2), Duration.ofMinutes(5), () -> 0.0);
        assertEquals(Duration.ofSeconds(2), top.delayAfter(1));
        assertEquals(Duration.ofSeconds(4), top.delayAfter(2));
        assertEquals(Duration.ofSeconds(128), top.delayAfter(7));
        assertEquals(Duration.ofSeconds(256), top.delayAfter(8));
        assertEquals(Duration.ofMinutes(5), top.delayAfter(9));
        assertEquals(Duration.ofMinutes(5), top.delayAfter(1_000_000));
        assertEquals(Duration.ofSeconds(1), bottom.delayAfter(1));
        assertEquals(Duration.ofSeconds(150), bottom.delayAfter(50));
    }

    @Test
    void retryLaterWaitsOutAGrowingBackoffThenDeliversWithTheSameKey() {
        FakeClock clock = new FakeClock(T0);
        try (Outbox outbox = OutboxFixtures.open(dir.resolve("o.db"), OutboxKeys.generate(), clock)) {
            long id = saved(outbox.enqueue(dossier(citizenJson(1))));
            List<Integer> attempts = new ArrayList<>();
            Set<UUID> keys = new HashSet<>();
            boolean[] linkUp = {false};
            Delivery flaky = e -> {
                attempts.add(e.attempt());
                keys.add(e.idempotencyKey());
                return linkUp[0] ? new DeliveryResult.Delivered("{}") : new DeliveryResult.RetryLater("connect timeout");
            };
            // FIXED_BACKOFF: 1 s, 2 s, 4 s, ...
            assertEquals(List.of(id), outbox.deliverDue(flaky).retryLater());
            assertEquals(Optional.of("connect timeout"), outbox.status(id).orElseThrow().lastReason());
            assertTrue(outbox.deliverDue(flaky).retryLater().isEmpty(), "not due yet: must not be sent");
            clock.advance(Duration.ofMillis(999));
            outbox.deliverDue(flaky);
            assertEquals(List.of(1), attempts);
            clock.advance(Duration.ofMillis(1));
            outbox.deliverDue(flaky); // attempt 2 fails, next in 2 s
            clock.advance(Duration.ofMillis(1999));
            outbox.deliverDue(flaky);
            assertEquals(List.of(1, 2), attempts);
            clock.advance(Duration.ofMillis(1));
            linkUp[0] = true;
            assertEquals(1, outbox.deliverDue(flaky).delivered().size());
            assertEquals(List.of(1, 2, 3), attempts);
            assertEquals(1, keys.size(), "every attempt carries the same idempotency key");
            assertEquals(EntryState.DELIVERED, outbox.status(id).orElseThrow().state());
        }
    }

    @Test
    void aClockSetBackDoesNotHoldAnEntryUntilItCatchesUp() {
        FakeClock clock = new FakeClock(T0);
        try (Outbox outbox = OutboxFixtures.open(dir.resolve("o.db"), OutboxKeys.generate(), clock)) {
            long id = saved(outbox.enqueue(dossier(citizenJson(1))));
            boolean[] linkUp = {false};
            Delivery delivery = e -> linkUp[0] ? new DeliveryResult.Delivered("{}")
                    : new DeliveryResult.RetryLater("connect timeout");
            for (int i = 0; i < 12; i++) { // back-off grows to its 5 min cap
                outbox.deliverDue(delivery);
                clock.advance(Duration.ofMinutes(5));
            }
            outbox.deliverDue(delivery); // waits out 5 minutes from here
            linkUp[0] = true;
            assertTrue(outbox.deliverDue(delivery).delivered().isEmpty(), "still within its back-off");
            // the real-time clock lost power: the kiosk boots a year in the past
            clock.advance(Duration.ofDays(-365));
            assertEquals(java.util.Set.of(id), outbox.deliverDue(delivery).delivered().keySet());
            assertEquals(EntryState.DELIVERED, outbox.status(id).orElseThrow().state());
        }
    }

    @Test
    void aRoundStopsAtTheFirstRetryLaterAndKeepsTheOrder() {
        FakeClock clock = new FakeClock(T0);
        try (Outbox outbox = OutboxFixtures.open(dir.resolve("o.db"), OutboxKeys.generate(), clock)) {
            long a = saved(outbox.enqueue(dossier(citizenJson(1))));
            long b = saved(outbox.enqueue(dossier(citizenJson(2))));
            List<Long> sent = new ArrayList<>();
            outbox.deliverDue(e -> {
                sent.add(e.id());
                return new DeliveryResult.RetryLater("503");
            });
            assertEquals(List.of(a), sent, "no point hammering a backend that is down");
            clock.advance(Duration.ofSeconds(1));
            outbox.deliverDue(e -> {
                sent.add(e.id());
                return new DeliveryResult.Delivered("{}");
            });
            assertEquals(List.of(a, a, b), sent);
        }
    }

    @Test
    void rejectedIsFinalAndItsBodyIsWiped() {
        FakeClock clock = new FakeClock(T0);
        try (Outbox outbox = OutboxFixtures.open(dir.resolve("o.db"), OutboxKeys.generate(), clock)) {
            long bad = saved(outbox.enqueue(dossier(citizenJson(1))));
            long good = saved(outbox.enqueue(dossier(citizenJson(2))));
            List<Long> sent = new ArrayList<>();
            DeliveryReport report = outbox.deliverDue(e -> {
                sent.add(e.id());
                return e.id() == bad ? new DeliveryResult.Rejected("422 missing field")
                        : new DeliveryResult.Delivered("{}");
            });
            assertEquals(List.of(bad), report.rejected());
            assertEquals(List.of(bad, good), sent, "a rejected entry does not block the next one");
            EntryStatus status = outbox.status(bad).orElseThrow();
            assertEquals(EntryState.REJECTED, status.state());
            assertFalse(status.hasBody());
            assertEquals(Optional.of("422 missing field"), status.lastReason());
            assertEquals(new OutboxStats(0, 1, Optional.empty(), Optional.of(clock.instant())), outbox.stats());
            clock.advance(Duration.ofHours(1));
            outbox.deliverDue(e -> {
                throw new AssertionError("a rejected entry must never be retried");
            });
        }
    }

    @Test
    void anExceptionFromTheClientCountsAsRetryLaterWithoutItsMessage() {
        FakeClock clock = new FakeClock(T0);
        try (Outbox outbox = OutboxFixtures.open(dir.resolve("o.db"), OutboxKeys.generate(), clock)) {
            long id = saved(outbox.enqueue(dossier(citizenJson(1))));
            DeliveryReport report = outbox.deliverDue(e -> {
                throw new IllegalStateException("body was " + citizenJson(1));
            });
            assertEquals(List.of(id), report.retryLater());
            String reason = outbox.status(id).orElseThrow().lastReason().orElseThrow();
            assertFalse(reason.contains("Nguyễn"), reason);
            assertEquals(EntryState.PENDING, outbox.status(id).orElseThrow().state());
        }
    }

    @Test
    void aFreshSubmissionIsSentAtOnceEvenWhileAnOlderOneWaitsOutItsBackoff() {
        FakeClock clock = new FakeClock(T0);
        try (Outbox outbox = OutboxFixtures.open(dir.resolve("now.db"), OutboxKeys.generate(), clock)) {
            long older = saved(outbox.enqueue(dossier(citizenJson(1))));
            assertEquals(List.of(older), outbox.deliverDue(e -> new DeliveryResult.RetryLater("down")).retryLater());
            long fresh = saved(outbox.enqueue(dossier(citizenJson(2))));

            // the ordered round stops at the older entry's back-off...
            assertTrue(outbox.deliverDue(e -> new DeliveryResult.Delivered("{}")).delivered().isEmpty());
            // ...but the citizen's fresh submission goes now, and only it
            List<Long> sent = new ArrayList<>();
            DeliveryReport now = outbox.deliverNow(fresh, e -> {
                sent.add(e.id());
                return new DeliveryResult.Delivered("{\"ok\":true}");
            });
            assertEquals(List.of(fresh), sent);
            assertEquals("{\"ok\":true}", now.delivered().get(fresh));
            assertEquals(EntryState.PENDING, outbox.status(older).orElseThrow().state());
            // a delivered entry is not sent again
            assertTrue(outbox.deliverNow(fresh, e -> {
                throw new AssertionError("sent twice");
            }).delivered().isEmpty());
        }
    }
}
