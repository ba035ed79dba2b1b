package vn.kiosk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import vn.kiosk.app.backend.BackendClient;
import vn.kiosk.app.backend.BackendConfig;
import vn.kiosk.app.backend.Dossiers;
import vn.kiosk.app.backend.Identity;
import vn.kiosk.app.backend.OutboxDelivery;
import vn.kiosk.app.backend.RetryPolicy;
import vn.kiosk.app.outbox.FakeClock;
import vn.kiosk.app.outbox.Backoff;
import vn.kiosk.app.outbox.Delivery;
import vn.kiosk.app.outbox.DeliveryReport;
import vn.kiosk.app.outbox.DeliveryResult;
import vn.kiosk.app.outbox.EnqueueResult;
import vn.kiosk.app.outbox.Outbox;
import vn.kiosk.app.outbox.OutboxConfig;
import vn.kiosk.app.outbox.OutboxKeys;
import vn.kiosk.app.outbox.Submission;
import vn.kiosk.simulator.backend.BackendSettings;
import vn.kiosk.simulator.backend.Chaos;
import vn.kiosk.simulator.backend.ChaosMode;
import vn.kiosk.simulator.backend.ReferenceBackend;

/**
 * Issue 5, "done means": with the backend down, slow, or failing half its requests, N submissions
 * made at the kiosk are all delivered exactly once after recovery, and the backend counts them.
 *
 * <p>Everything is real except time: the outbox (SQLite, WAL, full sync, AES-GCM), the backend
 * client (OkHttp over loopback), {@link OutboxDelivery}, and the reference backend with its chaos
 * switches and its own SQLite store. The outbox's clock is moved by hand past each back-off, so no
 * test sleeps; the only real waiting is the backend's injected latency.
 */
@Timeout(60)
class ExactlyOnceDeliveryTest {

    private static final int N = 40;
    private static final String PATH = "/api/v1/dossiers";
    /** Deterministic back-off: 1 s doubling to 4 s, no jitter (the test advances the clock by {@link #STEP}). */
    private static final Backoff BACKOFF = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(4), () -> 1.0);
    private static final Duration STEP = Duration.ofSeconds(5);
    private static final int MAX_ROUNDS = 600;

    /** The client's JSON settings for request records (null fields left out), as BackendClient writes them. */
    private static final ObjectMapper JSON = JsonMapper.builder()
            .serializationInclusion(JsonInclude.Include.NON_NULL).build();

    @TempDir
    Path dir;

    private final FakeClock clock = new FakeClock(Instant.parse("2026-01-05T02:00:00Z"));
    private Outbox outbox;
    private final List<AutoCloseable> toClose = new ArrayList<>();

    @BeforeEach
    void openOutbox() {
        outbox = Outbox.open(OutboxConfig.of(dir.resolve("kiosk/outbox.db"), OutboxKeys.generate())
                .withClock(clock).withBackoff(BACKOFF));
    }

    @AfterEach
    void closeAll() throws Exception {
        for (int i = toClose.size() - 1; i >= 0; i--) {
            toClose.get(i).close();
        }
        outbox.close();
    }

    // ------------------------------------------------------------------ scenario A: backend down

    @Test
    void backendDownWhileSubmittingThenBackAllDeliveredExactlyOnce() throws Exception {
        Path backendData = dir.resolve("backend");
        int port = freeLoopbackPort();
        BackendClient client = client(port);
        Delivery delivery = new OutboxDelivery(client);

        // 1. the backend has not started yet: the kiosk takes half the submissions anyway
        List<UUID> keys = new ArrayList<>(enqueue(0, N / 2));
        for (int round = 0; round < 3; round++) {
            DeliveryReport report = outbox.deliverDue(delivery);
            assertTrue(report.delivered().isEmpty(), "nothing can be delivered while the backend is down");
            assertEquals(1, report.retryLater().size(), "a round stops at the first RetryLater");
            clock.advance(STEP);
        }
        assertInstanceOf(DeliveryResult.RetryLater.class, delivery.send(probeEntry()),
                "connection refused is RetryLater");
        assertEquals(N / 2, outbox.stats().pending());

        // 2. it comes up (same port): everything waiting goes through
        ReferenceBackend backend = ReferenceBackend.start(BackendSettings.loopback(backendData).withPort(port));
        Map<UUID, String> codes = new HashMap<>();
        drain(delivery, codes);
        assertEquals(N / 2, backend.dossierCount());

        // 3. it goes down again (closed) while the second half is submitted
        backend.close();
        keys.addAll(enqueue(N / 2, N));
        for (int round = 0; round < 3; round++) {
            DeliveryReport report = outbox.deliverDue(delivery);
            assertTrue(report.delivered().isEmpty(), "nothing can be delivered while the backend is closed");
            clock.advance(STEP);
        }
        assertEquals(N / 2, outbox.stats().pending());

        // 4. restarted on the same data directory; same port when the OS gives it back, else re-pointed
        ReferenceBackend restarted;
        try {
            restarted = ReferenceBackend.start(BackendSettings.loopback(backendData).withPort(port));
        } catch (BindException e) {
            restarted = ReferenceBackend.start(BackendSettings.loopback(backendData));
            client = client(restarted.port());
            delivery = new OutboxDelivery(client);
        }
        toClose.add(restarted);
        assertEquals(N / 2, restarted.dossierCount(), "the backend kept its dossiers across the restart");
        drain(delivery, codes);

        assertEquals(N, restarted.dossierCount(), "every submission exactly once");
        assertEquals(0, outbox.stats().pending());
        assertEquals(Set.copyOf(keys), codes.keySet());
        assertEquals(N, new HashSet<>(codes.values()).size(), "N distinct dossier codes");
    }

    // ------------------------------------------------------------------ scenario B: half failing + slow

    @Test
    void halfOfTheRequestsFailingAndSlowAndAcknowledgementsLostAllDeliveredExactlyOnce() throws Exception {
        Chaos chaos = new Chaos().enable(ChaosMode.ERROR5XX).errorEvery(2)
                .enable(ChaosMode.LATENCY).latency(Duration.ofMillis(15));
        ReferenceBackend backend = ReferenceBackend.start(BackendSettings.loopback(dir.resolve("backend"))
                .withChaos(chaos));
        toClose.add(backend);
        CountingDelivery counting = new CountingDelivery(new OutboxDelivery(client(backend.port())));
        // and every third answer the backend did give is lost on the way back (the kiosk crashed, the
        // link dropped after the request went out): the outbox must resend, the backend must dedupe
        LosingAcks delivery = new LosingAcks(counting, 3);

        List<UUID> keys = enqueue(0, N / 2);
        Map<UUID, String> codes = new HashMap<>();
        // deliver while more submissions come in
        for (int round = 0; round < 5; round++) {
            collect(outbox.deliverDue(delivery), codes);
            clock.advance(STEP);
        }
        keys = new ArrayList<>(keys);
        keys.addAll(enqueue(N / 2, N));
        drain(delivery, codes);

        assertEquals(N, backend.dossierCount(), "every submission exactly once");
        assertEquals(0, outbox.stats().pending());
        assertEquals(Set.copyOf(keys), codes.keySet());
        assertEquals(N, new HashSet<>(codes.values()).size());
        assertTrue(counting.retryLater.get() >= N / 2, "about half the sends failed with 503: " + counting.retryLater);
        assertTrue(delivery.lost.get() >= N / 4, "acknowledgements were lost and resent: " + delivery.lost);
        assertEquals(0, counting.rejected.get(), "a replay with the same key and body is never refused");
    }

    // ------------------------------------------------------------------ scenario C: connection resets

    @Test
    void connectionResetsForAWhileThenHealthyAllDeliveredExactlyOnce() throws Exception {
        Chaos chaos = new Chaos().enable(ChaosMode.RESET);
        ReferenceBackend backend = ReferenceBackend.start(BackendSettings.loopback(dir.resolve("backend"))
                .withChaos(chaos));
        toClose.add(backend);
        CountingDelivery delivery = new CountingDelivery(new OutboxDelivery(client(backend.port())));

        List<UUID> keys = enqueue(0, N);
        Map<UUID, String> codes = new HashMap<>();
        for (int round = 0; round < 5; round++) {
            DeliveryReport report = outbox.deliverDue(delivery);
            assertTrue(report.delivered().isEmpty(), "every connection is reset");
            clock.advance(STEP);
        }
        assertEquals(N, outbox.stats().pending());
        assertEquals(0, backend.dossierCount());
        // then a flapping link: resets on and off, round by round
        for (int round = 0; round < 10; round++) {
            if (round % 2 == 0) {
                chaos.disable(ChaosMode.RESET);
            } else {
                chaos.enable(ChaosMode.RESET);
            }
            collect(outbox.deliverDue(delivery), codes);
            clock.advance(STEP);
        }
        chaos.disableAll();
        drain(delivery, codes);

        assertEquals(N, backend.dossierCount(), "every submission exactly once");
        assertEquals(0, outbox.stats().pending());
        assertEquals(Set.copyOf(keys), codes.keySet());
        assertEquals(N, new HashSet<>(codes.values()).size());
        assertTrue(delivery.retryLater.get() >= 5, "resets were seen: " + delivery.retryLater);
    }

    // ------------------------------------------------------------------ plumbing

    /** Submissions {@code from..to-1}, built from the client's request records as the public-service flow would. */
    private List<UUID> enqueue(int from, int to) throws IOException {
        List<UUID> keys = new ArrayList<>();
        for (int i = from; i < to; i++) {
            Identity parent = new Identity(String.format("0010890%05d", i), "Nguyễn Văn Hùng " + i, "1989-03-14", "M",
                    null, null, null, null, "Số " + i + " Phố Huế, Hà Nội", null, null, null, null, null, null, null,
                    null);
            Dossiers.Submission dossier = new Dossiers.Submission("KHAI_SINH", parent, null,
                    Map.of("childFullName", "Nguyễn Minh Khôi " + i, "childDateOfBirth", "2026-01-01",
                            "childSex", "M", "placeOfBirth", "Bệnh viện Phụ sản Hà Nội", "relationship", "FATHER"),
                    null);
            EnqueueResult result = outbox.enqueue(new Submission("dossier", "POST", PATH, JSON.writeValueAsBytes(dossier)));
            assertInstanceOf(EnqueueResult.Saved.class, result, () -> "enqueue failed: " + result);
            keys.add(((EnqueueResult.Saved) result).idempotencyKey());
        }
        return keys;
    }

    /** Delivers until nothing is pending, moving the outbox's clock past each back-off; bounded. */
    private void drain(Delivery delivery, Map<UUID, String> codes) throws IOException {
        for (int round = 0; round < MAX_ROUNDS && outbox.stats().pending() > 0; round++) {
            collect(outbox.deliverDue(delivery), codes);
            clock.advance(STEP);
        }
        assertEquals(0, outbox.stats().pending(), "drained within " + MAX_ROUNDS + " rounds");
    }

    /** The dossier code of each delivered entry, by idempotency key; a key delivered twice must get the same code. */
    private static void collect(DeliveryReport report, Map<UUID, String> codes) throws IOException {
        assertTrue(report.rejected().isEmpty(), "nothing may be rejected: " + report.rejected());
        assertTrue(report.undecryptable().isEmpty());
        for (Map.Entry<Long, String> e : report.delivered().entrySet()) {
            UUID key = report.keys().get(e.getKey());
            JsonNode status = JSON.readTree(e.getValue());
            String code = status.path("dossierCode").asText("");
            assertTrue(!code.isEmpty(), "a delivered dossier has a code");
            String before = codes.putIfAbsent(key, code);
            assertTrue(before == null || before.equals(code), "the same key returns the first result");
        }
    }

    private BackendClient client(int port) {
        BackendConfig config = new BackendConfig(URI.create("http://127.0.0.1:" + port + "/"), "KIOSK-HN-01",
                Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofSeconds(10), RetryPolicy.defaults(),
                Optional.empty());
        BackendClient client = BackendClient.create(config);
        toClose.add(client);
        return client;
    }

    private static vn.kiosk.app.outbox.OutboxEntry probeEntry() {
        return new vn.kiosk.app.outbox.OutboxEntry(0, UUID.randomUUID(),
                new Submission("dossier", "POST", PATH, "{}".getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                1, Instant.now());
    }

    private static int freeLoopbackPort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            s.setReuseAddress(true);
            return s.getLocalPort();
        }
    }

    /** Counts what the real delivery answered. */
    private static final class CountingDelivery implements Delivery {
        final Delivery inner;
        final AtomicInteger delivered = new AtomicInteger();
        final AtomicInteger retryLater = new AtomicInteger();
        final AtomicInteger rejected = new AtomicInteger();

        CountingDelivery(Delivery inner) {
            this.inner = inner;
        }

        @Override
        public DeliveryResult send(vn.kiosk.app.outbox.OutboxEntry entry) {
            DeliveryResult r = inner.send(entry);
            if (r instanceof DeliveryResult.Delivered) {
                delivered.incrementAndGet();
            } else if (r instanceof DeliveryResult.RetryLater) {
                retryLater.incrementAndGet();
            } else {
                rejected.incrementAndGet();
            }
            return r;
        }
    }

    /** Turns every {@code every}-th success into a lost answer: the backend took it, the kiosk never heard. */
    private static final class LosingAcks implements Delivery {
        final Delivery inner;
        final int every;
        final AtomicInteger successes = new AtomicInteger();
        final AtomicInteger lost = new AtomicInteger();

        LosingAcks(Delivery inner, int every) {
            this.inner = inner;
            this.every = every;
        }

        @Override
        public DeliveryResult send(vn.kiosk.app.outbox.OutboxEntry entry) {
            DeliveryResult r = inner.send(entry);
            if (r instanceof DeliveryResult.Delivered && successes.incrementAndGet() % every == 0) {
                lost.incrementAndGet();
                return new DeliveryResult.RetryLater("answer lost");
            }
            return r;
        }
    }
}
