package vn.kiosk.simulator.backend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** HTTPS with client certificates: a kiosk with a certificate from the kiosk CA gets in, one without does not. */
class BackendTlsTest {
    private static final char[] PASSWORD = "test-only".toCharArray();

    @TempDir
    Path dir;

    private record Issued(KeyPair keys, X509Certificate certificate) {
    }

    private static Issued issue(String subject, Issued issuer, boolean ca, String ipAddress) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(256);
        KeyPair keys = generator.generateKeyPair();
        X500Name name = new X500Name("CN=" + subject);
        Instant now = Instant.now();
        JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(
                issuer == null ? name : new X500Name(issuer.certificate().getSubjectX500Principal().getName()),
                BigInteger.valueOf(now.toEpochMilli()), Date.from(now.minusSeconds(60)),
                Date.from(now.plus(Duration.ofDays(1))), name, keys.getPublic());
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
        if (ipAddress != null) {
            builder.addExtension(Extension.subjectAlternativeName, false,
                    new GeneralNames(new GeneralName(GeneralName.iPAddress, ipAddress)));
        }
        X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(builder.build(
                new JcaContentSignerBuilder("SHA256withECDSA").build(
                        issuer == null ? keys.getPrivate() : issuer.keys().getPrivate())));
        return new Issued(keys, certificate);
    }

    private static KeyStore keyStore(Issued entry, Issued ca) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("key", entry.keys().getPrivate(), PASSWORD,
                new Certificate[] {entry.certificate(), ca.certificate()});
        return store;
    }

    private static KeyStore trustStore(Issued ca) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setCertificateEntry("ca", ca.certificate());
        return store;
    }

    private static Path write(KeyStore store, Path file) throws Exception {
        try (OutputStream out = Files.newOutputStream(file)) {
            store.store(out, PASSWORD);
        }
        return file;
    }

    private static SSLContext clientContext(KeyStore keys, KeyStore trust) throws Exception {
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(keys, PASSWORD);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keys == null ? null : kmf.getKeyManagers(), tmf.getTrustManagers(), null);
        return context;
    }

    @Test
    void onlyKiosksWithACertificateFromTheKioskCaGetIn() throws Exception {
        Issued ca = issue("Test kiosk CA", null, true, null);
        Issued server = issue("backend", ca, false, "127.0.0.1");
        Issued kiosk = issue("kiosk-07", ca, false, null);
        TlsSettings tls = new TlsSettings(write(keyStore(server, ca), dir.resolve("backend.p12")), PASSWORD,
                write(trustStore(ca), dir.resolve("kiosk-ca.p12")), PASSWORD);

        try (ReferenceBackend backend = ReferenceBackend.start(BackendSettings.loopback(dir.resolve("data"))
                .withTls(tls))) {
            assertTrue(backend.baseUri().toString().startsWith("https://127.0.0.1:"));
            HttpRequest request = HttpRequest.newBuilder(backend.baseUri().resolve(backend.baseUri().getPath()
                    + "/procedures")).timeout(Duration.ofSeconds(5)).build();

            HttpClient withCertificate = HttpClient.newBuilder()
                    .sslContext(clientContext(keyStore(kiosk, ca), trustStore(ca))).build();
            assertEquals(200, withCertificate.send(request, HttpResponse.BodyHandlers.ofString()).statusCode());

            HttpClient withoutCertificate = HttpClient.newBuilder()
                    .sslContext(clientContext(null, trustStore(ca))).build();
            assertThrows(IOException.class, () -> withoutCertificate.send(request, HttpResponse.BodyHandlers.ofString()));
        }
    }
}
