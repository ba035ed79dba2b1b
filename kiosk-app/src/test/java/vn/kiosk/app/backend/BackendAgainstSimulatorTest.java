package vn.kiosk.app.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kiosk.simulator.backend.BackendSettings;
import vn.kiosk.simulator.backend.Chaos;
import vn.kiosk.simulator.backend.ChaosMode;
import vn.kiosk.simulator.backend.ReferenceBackend;

/** The client against the reference backend, in-process over loopback HTTP, with half its requests failing. */
class BackendAgainstSimulatorTest {

    @TempDir
    Path data;

    @Test
    void everyCoreCallWorksAgainstTheReferenceBackendThroughItsChaos() throws Exception {
        Chaos chaos = new Chaos().enable(ChaosMode.ERROR5XX).errorEvery(2);
        try (ReferenceBackend reference = ReferenceBackend.start(BackendSettings.loopback(data).withChaos(chaos))) {
            // the simulator's baseUri() ends in /api/v1; the kiosk is configured with the origin
            BackendConfig config = new BackendConfig(URI.create("http://127.0.0.1:" + reference.port() + "/"),
                    "KIOSK-HN-01", Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofSeconds(10),
                    MockBackend.RETRY, Optional.empty());
            FakeSleeper sleeper = new FakeSleeper();
            try (BackendClient client = new BackendClient(config, sleeper, Clock.systemUTC())) {
                assertTrue(MockBackend.ok(client.procedures()).stream().anyMatch(p -> p.code().equals("KHAI_SINH")));

                Identity parent = new Identity("001089012345", "Nguyễn Văn Hùng", "1989-03-14", "M", null, null,
                        null, null, null, null, null, null, null, null, null, null, null);
                Dossiers.Submission dossier = new Dossiers.Submission("KHAI_SINH", parent, null,
                        Map.of("childFullName", "Nguyễn Minh Khôi", "childDateOfBirth", "2026-01-01", "childSex", "M",
                                "placeOfBirth", "Bệnh viện Phụ sản Hà Nội", "relationship", "FATHER"), null);
                UUID key = UUID.randomUUID();
                Dossiers.Status first = MockBackend.ok(client.submitDossier(dossier, key));
                Dossiers.Status again = MockBackend.ok(client.submitDossier(dossier, key));
                assertEquals(first.dossierCode(), again.dossierCode(), "the same key returns the first result");
                assertEquals(Dossiers.Assurance.QR_ONLY, first.assurance());
                assertEquals(1, reference.dossierCount());
                assertEquals(first.dossierCode(), MockBackend.ok(client.dossier(first.dossierCode())).dossierCode());

                ApiResult<Dossiers.Status> unknown = client.submitDossier(
                        new Dossiers.Submission("NO_SUCH", parent, null, null, null), UUID.randomUUID());
                assertInstanceOf(ApiResult.Rejected.class, unknown, () -> "got " + unknown);

                assertEquals(Clinic.InsuranceStatus.VALID,
                        MockBackend.ok(client.checkInsurance("001089012342", UUID.randomUUID())).status());
                assertEquals(Clinic.InsuranceStatus.NOT_FOUND,
                        MockBackend.ok(client.checkInsurance("001089012340", UUID.randomUUID())).status());
                assertEquals(16, MockBackend.ok(client.livenessChallenge(UUID.randomUUID())).nonce().length());
                assertEquals("KIOSK-HN-01", MockBackend.ok(client.heartbeat(
                        new Kiosk.Heartbeat(Kiosk.Health.OK, "PRESENT", 0, "0.1.0", null), UUID.randomUUID())).kioskId());
                assertTrue(MockBackend.ok(client.departments()).size() > 0);
                assertTrue(MockBackend.ok(client.notaryRequestTypes()).size() > 0);
                assertEquals(IdentityConfirmation.Status.CONFIRMED,
                        MockBackend.ok(client.confirmIdentity(parent, UUID.randomUUID())).status());
                MockBackend.ok(client.configuration());

                assertTrue(!sleeper.waits.isEmpty(), "half the requests failed with 503 and were retried");
            }
        }
    }
}
