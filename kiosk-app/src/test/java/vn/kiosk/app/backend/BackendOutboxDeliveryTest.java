package vn.kiosk.app.backend;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.kiosk.app.outbox.DeliveryResult;
import vn.kiosk.app.outbox.OutboxEntry;
import vn.kiosk.app.outbox.Submission;

/** The outbox's view of the backend: Delivered / RetryLater / Rejected, with reasons free of personal data. */
class BackendOutboxDeliveryTest {

    private static final String NAME = "Đặng Thị Mai";
    private static final String ID = "079190001234";
    private static final byte[] BODY = ("{\"procedureCode\":\"KHAI_SINH\",\"identity\":{\"idNumber\":\"" + ID
            + "\",\"fullName\":\"" + NAME + "\"}}").getBytes(StandardCharsets.UTF_8);

    private MockBackend backend;
    private BackendClient client;
    private OutboxDelivery delivery;

    @BeforeEach
    void start() throws Exception {
        backend = new MockBackend();
        client = backend.client();
        delivery = new OutboxDelivery(client);
    }

    @AfterEach
    void stop() {
        client.close();
        backend.close();
    }

    private static OutboxEntry entry(UUID key) {
        return new OutboxEntry(7, key, new Submission("dossier", "POST", "/api/v1/dossiers", BODY), 1, Instant.now());
    }

    private DeliveryResult answer(MockResponse response) {
        backend.server.enqueue(response);
        return delivery.send(entry(UUID.randomUUID()));
    }

    @Test
    void twoHundredsAreDeliveredAndTheRequestIsExactlyTheEntry() throws Exception {
        backend.server.enqueue(MockBackend.json(201, "{\"dossierCode\":\"HS-1\"}"));
        UUID key = UUID.randomUUID();

        DeliveryResult result = delivery.send(entry(key));

        assertEquals(new DeliveryResult.Delivered("{\"dossierCode\":\"HS-1\"}"), result);
        RecordedRequest r = backend.take();
        assertEquals("POST", r.getMethod());
        assertEquals("/api/v1/dossiers", r.getUrl().encodedPath());
        assertEquals(key.toString(), r.getHeaders().get("Idempotency-Key"));
        assertTrue(r.getHeaders().get("Content-Type").startsWith("application/json"));
        assertArrayEquals(BODY, r.getBody().toByteArray());
    }

    @Test
    void replayedFirstResultIsDeliveredToo() {
        DeliveryResult result = answer(new MockResponse.Builder().code(200).setHeader("Idempotent-Replayed", "true")
                .body("{\"dossierCode\":\"HS-1\"}").build());
        assertInstanceOf(DeliveryResult.Delivered.class, result);
    }

    @Test
    void transientStatusesAreRetryLaterWithoutAnInternalRetry() {
        for (int status : new int[] {408, 429, 500, 502, 503, 504}) {
            DeliveryResult result = answer(new MockResponse.Builder().code(status).build());
            assertEquals(new DeliveryResult.RetryLater("HTTP " + status), result);
        }
        assertEquals(6, backend.server.getRequestCount(), "one attempt per send: the outbox owns the back-off");
        assertTrue(backend.sleeper.waits.isEmpty());
    }

    @Test
    void refusalsAreRejectedWithTheProblemCodeOnly() {
        DeliveryResult result = answer(MockBackend.json(422, "{\"code\":\"EVIDENCE_INVALID\",\"messageVi\":\"Hồ sơ của "
                + NAME + " (" + ID + ") không hợp lệ.\",\"messageEn\":\"Invalid for " + NAME + "\"}"));

        assertEquals(new DeliveryResult.Rejected("HTTP 422 EVIDENCE_INVALID"), result);
        String reason = ((DeliveryResult.Rejected) result).reason();
        assertFalse(reason.contains(ID));
        assertFalse(reason.contains("Mai"));
    }

    @Test
    void aRefusalWithoutProblemJsonOrWithAnOddCodeKeepsJustTheStatus() {
        assertEquals(new DeliveryResult.Rejected("HTTP 404"), answer(new MockResponse.Builder().code(404).body("nope").build()));
        assertEquals(new DeliveryResult.Rejected("HTTP 409"), answer(MockBackend.json(409,
                "{\"code\":\"" + ID + "\",\"messageVi\":\"x\",\"messageEn\":\"x\"}")));
    }

    @Test
    void aRedirectIsNotFollowedAndNotFinal() {
        DeliveryResult result = answer(new MockResponse.Builder().code(302).setHeader("Location", "http://elsewhere.example/").build());
        assertEquals(new DeliveryResult.RetryLater("HTTP 302"), result);
    }

    @Test
    void aDroppedConnectionIsRetryLater() {
        DeliveryResult result = answer(new MockResponse.Builder().onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build());
        assertEquals(new DeliveryResult.RetryLater("CONNECTION_RESET"), result);
        assertEquals(1, backend.server.getRequestCount());
    }

    @Test
    void noBackendIsRetryLater() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        BackendConfig config = new BackendConfig(URI.create("http://127.0.0.1:" + port + "/"), "K1",
                Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(2), MockBackend.RETRY, Optional.empty());
        try (BackendClient down = new BackendClient(config, new FakeSleeper(), MockBackend.CLOCK)) {
            assertEquals(new DeliveryResult.RetryLater("CONNECT_FAILED"), new OutboxDelivery(down).send(entry(UUID.randomUUID())));
        }
    }
}
