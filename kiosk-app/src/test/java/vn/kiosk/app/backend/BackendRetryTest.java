package vn.kiosk.app.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Retries only what is safe, with back-off and Retry-After, and typed outcomes for every failure. */
class BackendRetryTest {

    private static final String STATUS = "{\"dossierCode\":\"HS-1\",\"procedureCode\":\"KHAI_SINH\",\"status\":\"RECEIVED\","
            + "\"submittedAt\":\"2026-01-05T09:00:00+07:00\",\"appointmentDate\":\"2026-01-08\",\"assurance\":\"QR_ONLY\"}";
    private static final String CATALOGUE = "{\"procedures\":[]}";

    private MockBackend backend;
    private BackendClient client;

    @BeforeEach
    void start() throws Exception {
        backend = new MockBackend();
        client = backend.client();
    }

    @AfterEach
    void stop() {
        client.close();
        backend.close();
    }

    private static MockResponse status(int code) {
        return new MockResponse.Builder().code(code).build();
    }

    private static MockResponse dropConnection() {
        // the request is read, then the connection dies before any answer: the outcome is unknown to the client
        return new MockResponse.Builder().onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build();
    }

    private static Dossiers.Submission submission() {
        return new Dossiers.Submission("KHAI_SINH", Identity.minimal("001089012345", "Phạm Thu Trang"), null, null, null);
    }

    @Test
    void getIsRetriedOn503WithExponentialBackoff() {
        backend.server.enqueue(status(503));
        backend.server.enqueue(status(502));
        backend.server.enqueue(status(504));
        backend.server.enqueue(MockBackend.json(200, CATALOGUE));

        assertEquals(List.of(), MockBackend.ok(client.procedures()));
        assertEquals(4, backend.server.getRequestCount());
        assertEquals(List.of(Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(2)), backend.sleeper.waits);
    }

    @Test
    void attemptsAreBounded() {
        for (int i = 0; i < 6; i++) {
            backend.server.enqueue(status(503));
        }
        ApiResult<?> result = client.procedures();
        ApiResult.Unavailable<?> u = assertInstanceOf(ApiResult.Unavailable.class, result);
        assertEquals(UnavailableReason.SERVER_ERROR, u.reason());
        assertEquals(OptionalInt.of(503), u.httpStatus());
        assertEquals(4, backend.server.getRequestCount());
        assertEquals(3, backend.sleeper.waits.size());
    }

    @Test
    void backoffIsCapped() {
        RetryPolicy p = new RetryPolicy(10, Duration.ofSeconds(1), Duration.ofSeconds(5), Duration.ofSeconds(30));
        assertEquals(Duration.ofSeconds(1), p.backoffAfter(1));
        assertEquals(Duration.ofSeconds(4), p.backoffAfter(3));
        assertEquals(Duration.ofSeconds(5), p.backoffAfter(4));
        assertEquals(Duration.ofSeconds(5), p.backoffAfter(9));
    }

    @Test
    void postWithIdempotencyKeyIsRetriedAfterAConnectionDropWithTheSameKey() throws Exception {
        backend.server.enqueue(dropConnection());
        backend.server.enqueue(status(503));
        backend.server.enqueue(MockBackend.json(201, STATUS));
        UUID key = UUID.randomUUID();

        Dossiers.Status status = MockBackend.ok(client.submitDossier(submission(), key));

        assertEquals("HS-1", status.dossierCode());
        assertEquals(3, backend.server.getRequestCount());
        for (int i = 0; i < 3; i++) {
            assertEquals(key.toString(), backend.take().getHeaders().get("Idempotency-Key"), "every attempt carries the same key");
        }
    }

    @Test
    void postWithoutIdempotencyKeyIsNeverRetried() {
        backend.server.enqueue(status(503));
        backend.server.enqueue(dropConnection());
        backend.server.enqueue(MockBackend.json(201, STATUS));
        HttpCall unsafe = new HttpCall("POST", "/api/v1/dossiers", Optional.of("{}".getBytes()), Optional.empty());

        RawOutcome first = client.transport().exchange(unsafe);
        RawOutcome second = client.transport().exchange(unsafe);

        assertEquals(503, assertInstanceOf(RawOutcome.Answer.class, first).status());
        assertEquals(UnavailableReason.CONNECTION_RESET, assertInstanceOf(RawOutcome.NoAnswer.class, second).reason());
        assertEquals(2, backend.server.getRequestCount(), "one attempt each, even though both failures are transient");
        assertTrue(backend.sleeper.waits.isEmpty());
    }

    @Test
    void retryAfterSecondsIsHonoured() {
        backend.server.enqueue(new MockResponse.Builder().code(429).setHeader("Retry-After", "7").build());
        backend.server.enqueue(MockBackend.json(200, CATALOGUE));

        MockBackend.ok(client.procedures());

        assertEquals(List.of(Duration.ofSeconds(7)), backend.sleeper.waits);
    }

    @Test
    void retryAfterHttpDateIsHonoured() {
        String at = DateTimeFormatter.RFC_1123_DATE_TIME.format(MockBackend.NOW.plusSeconds(12).atZone(ZoneOffset.UTC));
        backend.server.enqueue(new MockResponse.Builder().code(503).setHeader("Retry-After", at).build());
        backend.server.enqueue(MockBackend.json(201, STATUS));

        MockBackend.ok(client.submitDossier(submission(), UUID.randomUUID()));

        assertEquals(List.of(Duration.ofSeconds(12)), backend.sleeper.waits);
    }

    @Test
    void aRetryAfterLongerThanTheClientWaitsEndsTheCallAtOnce() {
        backend.server.enqueue(new MockResponse.Builder().code(429).setHeader("Retry-After", "3600").build());
        backend.server.enqueue(MockBackend.json(200, CATALOGUE));

        ApiResult<?> result = client.procedures();

        assertEquals(UnavailableReason.THROTTLED, assertInstanceOf(ApiResult.Unavailable.class, result).reason());
        assertEquals(1, backend.server.getRequestCount());
        assertTrue(backend.sleeper.waits.isEmpty());
    }

    @Test
    void internalServerErrorIsNotRetried() {
        backend.server.enqueue(status(500));
        backend.server.enqueue(MockBackend.json(200, CATALOGUE));
        ApiResult<?> result = client.procedures();
        assertEquals(UnavailableReason.SERVER_ERROR, assertInstanceOf(ApiResult.Unavailable.class, result).reason());
        assertEquals(1, backend.server.getRequestCount());
    }

    @Test
    void problemJsonOn4xxIsRejectedWithTheMessagesAndNotRetried() {
        backend.server.enqueue(MockBackend.json(422, "{\"code\":\"EVIDENCE_INVALID\",\"messageVi\":\"Dữ liệu chip không hợp lệ.\","
                + "\"messageEn\":\"The chip data is not valid.\"}"));

        ApiResult<Dossiers.Status> result = client.submitDossier(submission(), UUID.randomUUID());

        ApiResult.Rejected<?> rejected = assertInstanceOf(ApiResult.Rejected.class, result);
        assertEquals(422, rejected.httpStatus());
        assertEquals("EVIDENCE_INVALID", rejected.problem().code());
        assertEquals("Dữ liệu chip không hợp lệ.", rejected.problem().messageVi());
        assertEquals("The chip data is not valid.", rejected.problem().messageEn());
        assertEquals(1, backend.server.getRequestCount());
    }

    @Test
    void a4xxWithoutProblemJsonStillGivesATypedRefusal() {
        backend.server.enqueue(new MockResponse.Builder().code(403).body("Forbidden").build());
        ApiResult<?> result = client.procedures();
        assertEquals("HTTP_403", assertInstanceOf(ApiResult.Rejected.class, result).problem().code());
    }

    @Test
    void aStalledBackendGivesTimeoutAfterBoundedRetries() {
        try (BackendClient impatient = backend.client(
                new RetryPolicy(2, Duration.ofMillis(10), Duration.ofMillis(10), Duration.ZERO), Duration.ofMillis(300))) {
            backend.server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build());
            backend.server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build());

            ApiResult<?> result = impatient.procedures();

            assertEquals(UnavailableReason.TIMEOUT, assertInstanceOf(ApiResult.Unavailable.class, result).reason());
            assertEquals(2, backend.server.getRequestCount());
            assertEquals(List.of(Duration.ofMillis(10)), backend.sleeper.waits);
        }
    }

    @Test
    void noServerGivesConnectFailed() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        BackendConfig config = new BackendConfig(URI.create("http://127.0.0.1:" + port + "/"), "K1",
                Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(2), MockBackend.RETRY, Optional.empty());
        FakeSleeper sleeper = new FakeSleeper();
        try (BackendClient down = new BackendClient(config, sleeper, MockBackend.CLOCK)) {
            ApiResult<?> result = down.heartbeat(new Kiosk.Heartbeat(Kiosk.Health.OK, null, 0, null, null), UUID.randomUUID());
            assertEquals(UnavailableReason.CONNECT_FAILED, assertInstanceOf(ApiResult.Unavailable.class, result).reason());
            assertEquals(3, sleeper.waits.size(), "a connect failure is safe to retry");
        }
    }

    @Test
    void anInterruptedWaitEndsTheCall() {
        backend.server.enqueue(status(503));
        BackendConfig config = backend.client().config();
        try (BackendClient c = new BackendClient(config, d -> {
            throw new InterruptedException();
        }, MockBackend.CLOCK)) {
            ApiResult<?> result = c.procedures();
            assertEquals(UnavailableReason.INTERRUPTED, assertInstanceOf(ApiResult.Unavailable.class, result).reason());
            assertTrue(Thread.interrupted(), "the interrupt is kept for the caller");
        }
    }

    @Test
    void configRefusesPlainHttpOffLoopbackAndAnApiSuffix() {
        Optional<PinnedTls> none = Optional.empty();
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> BackendConfig.of(URI.create("http://10.0.0.5:8080/"), "K1", none));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> BackendConfig.of(URI.create("http://127.0.0.1:8080/api/v1"), "K1", none));
        BackendConfig.of(URI.create("http://127.0.0.1:8080/"), "K1", none);
    }
}
