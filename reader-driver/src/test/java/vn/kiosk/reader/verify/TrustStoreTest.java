package vn.kiosk.reader.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.kiosk.reader.lds.SecurityObject;
import vn.kiosk.reader.verify.PkiFixture.Issued;

class TrustStoreTest {
    static final Instant NOW = PassiveAuthenticationTest.NOW;
    static final Clock CLOCK = PassiveAuthenticationTest.CLOCK;
    static final Instant FROM = Instant.parse("2020-01-01T00:00:00Z");
    static final Instant TO = Instant.parse("2040-01-01T00:00:00Z");

    @TempDir
    Path dir;

    static Set<X509Certificate> set(List<X509Certificate> certificates) {
        return Set.copyOf(certificates);
    }

    @Test
    void loadsPemWithSeveralCertificatesDerCertificatesAndCrlsInBothEncodings() throws Exception {
        Issued a = PkiFixture.csca("CSCA A", FROM, TO);
        Issued b = PkiFixture.csca("CSCA B", FROM, TO);
        Issued c = PkiFixture.csca("CSCA C", FROM, TO);
        Files.writeString(dir.resolve("two.pem"), PkiFixture.pem(a.certificate(), b.certificate()));
        Files.write(dir.resolve("c.cer"), c.certificate().getEncoded());
        Files.write(dir.resolve("a.crl"), PkiFixture.crl(a, NOW, NOW.plusSeconds(86_400)).getEncoded());
        Files.createDirectories(dir.resolve("crls"));
        Files.writeString(dir.resolve("crls/b.crl"), PkiFixture.pem(PkiFixture.crl(b, NOW, NOW.plusSeconds(86_400))));

        TrustStore store = TrustStore.load(dir, CLOCK);

        assertEquals(set(List.of(a.certificate(), b.certificate(), c.certificate())), set(store.anchors()));
        assertEquals(2, store.crls().size());
        assertEquals(List.of(), store.problems());
        assertTrue(store.summary().contains("3 CSCA"), store.summary());
    }

    @Test
    void unreadableAndUnknownFilesAreReportedNotFatal() throws Exception {
        Issued a = PkiFixture.csca("CSCA A", FROM, TO);
        Files.writeString(dir.resolve("a.pem"), PkiFixture.pem(a.certificate()) + "-----BEGIN CERTIFICATE-----\nnot base64!\n"
                + "-----END CERTIFICATE-----\n");
        Files.write(dir.resolve("garbage.der"), new byte[] {0x30, 0x03, 0x02, 0x01});
        Files.writeString(dir.resolve("notes.txt"), "hello", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(".hidden.pem"), "ignored entirely");

        TrustStore store = TrustStore.load(dir, CLOCK);

        assertEquals(List.of(a.certificate()), store.anchors());
        Set<String> files = store.problems().stream().map(TrustStore.Problem::file).collect(Collectors.toSet());
        assertEquals(Set.of("a.pem", "garbage.der", "notes.txt"), files, store.problems()::toString);
    }

    @Test
    void symbolicLinksToCertificatesAreFollowed() throws Exception {
        Issued a = PkiFixture.csca("CSCA A", FROM, TO);
        Path elsewhere = Files.createDirectory(dir.resolve("elsewhere"));
        Path trust = Files.createDirectory(dir.resolve("trust"));
        Files.write(elsewhere.resolve("a.cer"), a.certificate().getEncoded());
        Files.createSymbolicLink(trust.resolve("a.cer"), elsewhere.resolve("a.cer"));

        assertEquals(List.of(a.certificate()), TrustStore.load(trust, CLOCK).anchors());
    }

    @Test
    void missingDirectoryFailsTheLoad() {
        assertThrows(NoSuchFileException.class, () -> TrustStore.load(dir.resolve("absent"), CLOCK));
    }

    @Test
    void versionDependsOnContentNotOnFileNames() throws Exception {
        Issued a = PkiFixture.csca("CSCA A", FROM, TO);
        Path one = Files.createDirectory(dir.resolve("one"));
        Path two = Files.createDirectory(dir.resolve("two"));
        Files.write(one.resolve("x.cer"), a.certificate().getEncoded());
        Files.writeString(two.resolve("renamed.pem"), PkiFixture.pem(a.certificate()));

        String first = TrustStore.load(one, CLOCK).version();
        assertEquals(first, TrustStore.load(two, CLOCK).version());
        assertEquals(16, first.length());

        Files.write(two.resolve("more.crl"), PkiFixture.crl(a, NOW, NOW.plusSeconds(60)).getEncoded());
        assertNotEquals(first, TrustStore.load(two, CLOCK).version());
    }

    @Test
    void sortsSelfSignedCscasLinkCertificatesAndDocumentSigners() {
        Issued old = PkiFixture.csca("CSCA", FROM, TO);
        Issued renewed = PkiFixture.csca("CSCA", FROM, TO);
        X509Certificate link = PkiFixture.linkCertificate(old, renewed, FROM, TO);
        Issued ds = PkiFixture.documentSigner("DS", old, FROM, TO);

        TrustStore store = TrustStore.of(List.of(old.certificate(), link, ds.certificate()), List.of());

        assertEquals(List.of(old.certificate()), store.anchors());
        assertEquals(List.of(link), store.linkCertificates());
        assertEquals(List.of(ds.certificate()), store.documentSigners());
    }

    @Test
    void masterListSignedUnderATrustedCscaAddsItsCscas() throws Exception {
        Issued home = PkiFixture.csca("Home CSCA", FROM, TO);
        Issued signer = PkiFixture.documentSigner("Master List Signer", home, FROM, TO);
        Issued foreign = PkiFixture.csca("Foreign CSCA", FROM, TO);
        Issued foreignDs = PkiFixture.documentSigner("Foreign DS", foreign, Instant.parse("2024-01-01T00:00:00Z"), TO);
        Files.writeString(dir.resolve("home.pem"), PkiFixture.pem(home.certificate()));
        Files.write(dir.resolve("icao.ml"), PkiFixture.masterList(signer, List.of(home.certificate(), foreign.certificate()),
                List.of(home.certificate())));

        TrustStore store = TrustStore.load(dir, CLOCK);

        assertEquals(set(List.of(home.certificate(), foreign.certificate())), set(store.anchors()));
        assertEquals(List.of(), store.problems());
        SecurityObject sod = PassiveAuthenticationTest.sodOf(PassiveAuthenticationTest.dataGroups())
                .sign(foreignDs.certificate(), foreignDs.privateKey());
        assertEquals(PassiveVerdict.VALID, new PassiveAuthentication(store, CLOCK)
                .verify(sod, PassiveAuthenticationTest.dataGroups()).verdict());
    }

    @Test
    void masterListThatOnlyVouchesForItselfIsNotUsed() throws Exception {
        Issued stranger = PkiFixture.csca("Stranger CSCA", FROM, TO);
        Issued signer = PkiFixture.documentSigner("Master List Signer", stranger, FROM, TO);
        Files.write(dir.resolve("self.ml"), PkiFixture.masterList(signer, List.of(stranger.certificate()),
                List.of(stranger.certificate())));

        TrustStore store = TrustStore.load(dir, CLOCK);

        assertEquals(List.of(), store.anchors());
        assertEquals(1, store.problems().size());
        assertTrue(store.problems().get(0).reason().contains("does not chain"), store.problems()::toString);
    }

    @Test
    void masterListWithABrokenSignatureIsNotUsed() throws Exception {
        Issued home = PkiFixture.csca("Home CSCA", FROM, TO);
        Issued signer = PkiFixture.documentSigner("Master List Signer", home, FROM, TO);
        Issued foreign = PkiFixture.csca("Foreign CSCA", FROM, TO);
        byte[] list = PkiFixture.masterList(signer, List.of(foreign.certificate()), List.of());
        // Flip a byte inside the listed certificate's signature: the list content no longer matches its digest.
        byte[] foreignDer = foreign.certificate().getEncoded();
        int at = PassiveAuthenticationTest.indexOf(list, foreignDer);
        list[at + foreignDer.length - 2] ^= 0x01;
        Files.writeString(dir.resolve("home.pem"), PkiFixture.pem(home.certificate()));
        Files.write(dir.resolve("tampered.ml"), list);

        TrustStore store = TrustStore.load(dir, CLOCK);

        assertEquals(List.of(home.certificate()), store.anchors());
        assertTrue(store.problems().stream().anyMatch(problem -> problem.file().equals("tampered.ml")
                && problem.reason().contains("signature does not verify")), store.problems()::toString);
    }

    @Test
    void masterListsVerifyEachOtherInAnyFileOrder() throws Exception {
        Issued home = PkiFixture.csca("Home CSCA", FROM, TO);
        Issued homeSigner = PkiFixture.documentSigner("Home ML Signer", home, FROM, TO);
        Issued second = PkiFixture.csca("Second CSCA", FROM, TO);
        Issued secondSigner = PkiFixture.documentSigner("Second ML Signer", second, FROM, TO);
        Issued third = PkiFixture.csca("Third CSCA", FROM, TO);
        Files.writeString(dir.resolve("home.pem"), PkiFixture.pem(home.certificate()));
        // "a.ml" needs "b.ml" first: its signer chains to a CSCA only b.ml brings in.
        Files.write(dir.resolve("a.ml"), PkiFixture.masterList(secondSigner, List.of(third.certificate()), List.of()));
        Files.write(dir.resolve("b.ml"), PkiFixture.masterList(homeSigner, List.of(second.certificate()), List.of()));

        TrustStore store = TrustStore.load(dir, CLOCK);

        assertEquals(set(List.of(home.certificate(), second.certificate(), third.certificate())), set(store.anchors()));
        assertEquals(List.of(), store.problems());
    }

    @Test
    void storeWithOnlyADocumentSignerTrustsNothing() {
        Issued ca = PkiFixture.csca("CSCA", FROM, TO);
        Issued ds = PkiFixture.documentSigner("DS", ca, FROM, TO);
        TrustStore store = TrustStore.of(List.of(ds.certificate()), List.of());

        assertTrue(store.anchors().isEmpty());
        assertEquals(PassiveVerdict.UNTRUSTED, new PassiveAuthentication(store, CLOCK).verify(
                PassiveAuthenticationTest.sodOf(PassiveAuthenticationTest.dataGroups()).sign(ds.certificate(), ds.privateKey()),
                PassiveAuthenticationTest.dataGroups()).verdict());
    }
}
