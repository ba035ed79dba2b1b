package vn.kiosk.app.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** HTTPS with the backend CA pinned and the kiosk's own certificate, against a server that requires it. */
class BackendMutualTlsTest {

    @TempDir
    Path dir;

    private final TestPki pki = new TestPki();
    private TestPki.Issued backendCa;
    private TestPki.Issued kioskCa;
    private MockWebServer server;
    private Path caPem;
    private Path clientKeyPem;
    private Path clientChainPem;

    @BeforeEach
    void setUp() throws Exception {
        backendCa = pki.ca("Backend CA");
        kioskCa = pki.ca("Kiosk fleet CA");
        TestPki.Issued client = pki.client(kioskCa, "KIOSK-HN-01");
        caPem = dir.resolve("backend-ca.pem");
        clientKeyPem = dir.resolve("kiosk-key.pem");
        clientChainPem = dir.resolve("kiosk-chain.pem");
        TestPki.writeCertificates(caPem, List.of(backendCa.certificate()));
        TestPki.writePkcs8Key(clientKeyPem, client.keys().getPrivate());
        TestPki.writeCertificates(clientChainPem, client.chain());
        server = new MockWebServer();
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    private void serve(TestPki.Issued serverCert) throws Exception {
        server.useHttps(TestPki.serverContext(serverCert, kioskCa).getSocketFactory());
        server.requireClientAuth();
        server.start(java.net.InetAddress.getLoopbackAddress(), 0);
        server.enqueue(MockBackend.json(200, "{\"procedures\":[]}"));
    }

    private BackendClient client(PinnedTls tls) {
        BackendConfig config = new BackendConfig(java.net.URI.create("https://localhost:" + server.getPort() + "/"), "KIOSK-HN-01", Duration.ofSeconds(3),
                Duration.ofSeconds(3), Duration.ofSeconds(6), RetryPolicy.never(), Optional.of(tls));
        return new BackendClient(config, new FakeSleeper(), MockBackend.CLOCK);
    }

    @Test
    void theKioskWithItsKeyConnects() throws Exception {
        serve(pki.server(backendCa, "localhost"));
        try (BackendClient c = client(PinnedTls.mutual(caPem, clientKeyPem, clientChainPem))) {
            assertEquals(List.of(), MockBackend.ok(c.procedures()));
        }
        RecordedRequest r = server.takeRequest();
        X509Certificate presented = (X509Certificate) r.getHandshake().peerCertificates().get(0);
        assertEquals("CN=KIOSK-HN-01", presented.getSubjectX500Principal().getName());
    }

    @Test
    void aTraditionalPemKeyWorksToo() throws Exception {
        TestPki.Issued client = pki.client(kioskCa, "KIOSK-HN-02");
        Path key = dir.resolve("ec-key.pem");
        Path chain = dir.resolve("chain2.pem");
        TestPki.writeTraditionalKey(key, client.keys());
        TestPki.writeCertificates(chain, client.chain());
        assertTrue(Files.readString(key).contains("BEGIN EC PRIVATE KEY"));
        serve(pki.server(backendCa, "localhost"));
        try (BackendClient c = client(PinnedTls.mutual(caPem, key, chain))) {
            MockBackend.ok(c.procedures());
        }
    }

    @Test
    void withoutAClientCertificateTheCallIsUnavailableNotAnException() throws Exception {
        serve(pki.server(backendCa, "localhost"));
        try (BackendClient c = client(new PinnedTls(caPem, Optional.empty()))) {
            ApiResult<?> result = c.procedures();
            // TLS 1.3: the server's refusal may arrive as an alert (TLS_FAILED) or as a closed socket
            UnavailableReason reason = assertInstanceOf(ApiResult.Unavailable.class, result, () -> "got " + result).reason();
            assertTrue(reason == UnavailableReason.TLS_FAILED || reason == UnavailableReason.CONNECTION_RESET,
                    () -> "got " + reason);
        }
    }

    @Test
    void aServerCertificateFromAnotherCaIsRefused() throws Exception {
        TestPki.Issued otherCa = pki.ca("Some public CA");
        serve(pki.server(otherCa, "localhost"));
        try (BackendClient c = client(PinnedTls.mutual(caPem, clientKeyPem, clientChainPem))) {
            ApiResult<?> result = c.procedures();
            assertEquals(UnavailableReason.TLS_FAILED, assertInstanceOf(ApiResult.Unavailable.class, result).reason());
        }
        assertEquals(0, server.getRequestCount(), "nothing may be sent to an unpinned server");
    }

    @Test
    void aPinnedCertificateForAnotherHostIsRefused() throws Exception {
        serve(pki.server(backendCa, "other-backend.example"));
        try (BackendClient c = client(PinnedTls.mutual(caPem, clientKeyPem, clientChainPem))) {
            ApiResult<?> result = c.procedures();
            assertEquals(UnavailableReason.TLS_FAILED, assertInstanceOf(ApiResult.Unavailable.class, result).reason());
        }
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void unreadablePemIsAConfigurationErrorNamingOnlyTheFile() throws Exception {
        Path junk = dir.resolve("junk.pem");
        Files.writeString(junk, "not a pem");
        BackendConfigException e = assertThrows(BackendConfigException.class,
                () -> TlsMaterial.load(PinnedTls.mutual(caPem, junk, clientChainPem)));
        assertTrue(e.getMessage().contains("junk.pem"));
        assertThrows(BackendConfigException.class, () -> TlsMaterial.load(new PinnedTls(junk, Optional.empty())));
    }
}
