package vn.kiosk.simulator.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The chaos switches, flipped at run time on a loopback server; every case is bounded to a few seconds. */
class BackendChaosTest {
    private static final Duration BOUND = Duration.ofSeconds(10);

    @TempDir
    Path data;

    private ReferenceBackend backend;
    private Chaos chaos;
    private TestClient client;

    @BeforeEach
    void start() throws Exception {
        chaos = new Chaos();
        backend = ReferenceBackend.start(BackendSettings.loopback(data).withChaos(chaos));
        client = new TestClient(backend.baseUri(), Duration.ofSeconds(2));
    }

    @AfterEach
    void stop() {
        backend.close();
    }

    @Test
    void latencyDelaysEveryAnswer() {
        assertTimeoutPreemptively(BOUND, () -> {
            chaos.latency(Duration.ofMillis(300)).enable(ChaosMode.LATENCY);
            long started = System.nanoTime();
            assertEquals(200, client.get("/procedures").status());
            assertTrue(System.nanoTime() - started >= Duration.ofMillis(300).toNanos());
            chaos.disable(ChaosMode.LATENCY);
            assertEquals(Set.of(), chaos.enabled());
        });
    }

    @Test
    void error5xxFailsTheChosenFractionWithoutProcessingThem() {
        assertTimeoutPreemptively(BOUND, () -> {
            chaos.errorEvery(2).enable(ChaosMode.ERROR5XX);
            int failed = 0;
            for (int i = 0; i < 6; i++) {
                TestClient.Answer answer = client.post("/dossiers", "k-" + i,
                        BackendEndpointsTest.temporaryResidence("001090000123"));
                if (answer.status() == 503) {
                    failed++;
                    assertEquals("UNAVAILABLE", answer.text("code"));
                    assertEquals("1", answer.raw().headers().firstValue("Retry-After").orElse(""));
                } else {
                    assertEquals(201, answer.status());
                }
            }
            assertEquals(3, failed);
            assertEquals(3, backend.dossierCount());

            chaos.disableAll();
            for (int i = 0; i < 6; i++) {
                client.post("/dossiers", "k-" + i, BackendEndpointsTest.temporaryResidence("001090000123"));
            }
            // A 503 is not remembered: retrying its key files the dossier once, the others replay.
            assertEquals(6, backend.dossierCount());
        });
    }

    @Test
    void resetDropsTheConnectionBeforeProcessing() {
        assertTimeoutPreemptively(BOUND, () -> {
            chaos.enable(ChaosMode.RESET);
            assertThrows(IOException.class, () -> client.post("/dossiers", "reset-1",
                    BackendEndpointsTest.temporaryResidence("001090000123")));
            assertEquals(0, backend.dossierCount());
            chaos.disable(ChaosMode.RESET);
            assertEquals(201, client.post("/dossiers", "reset-1",
                    BackendEndpointsTest.temporaryResidence("001090000123")).status());
        });
    }

    @Test
    void timeoutHoldsTheRequestPastTheClientsPatience() {
        assertTimeoutPreemptively(BOUND, () -> {
            chaos.timeoutHold(Duration.ofSeconds(5)).enable(ChaosMode.TIMEOUT);
            TestClient impatient = new TestClient(backend.baseUri(), Duration.ofMillis(300));
            long started = System.nanoTime();
            assertThrows(HttpTimeoutException.class, () -> impatient.post("/dossiers", "slow-1",
                    BackendEndpointsTest.temporaryResidence("001090000123")));
            assertTrue(System.nanoTime() - started < Duration.ofSeconds(3).toNanos());
            chaos.disable(ChaosMode.TIMEOUT);
            assertEquals(200, client.get("/procedures").status());
            assertEquals(0, backend.dossierCount());
        });
    }

    @Test
    void chaosNamesAreTheCommandLinesNames() {
        for (String name : new String[] {"latency", "error5xx", "reset", "timeout"}) {
            assertEquals(name, ChaosMode.fromCliName(name).orElseThrow().cliName());
        }
        assertTrue(ChaosMode.fromCliName("flood").isEmpty());
    }
}
