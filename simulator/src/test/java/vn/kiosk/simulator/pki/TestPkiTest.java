package vn.kiosk.simulator.pki;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.jmrtd.lds.SODFile;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import vn.kiosk.reader.lds.SecurityObject;
import vn.kiosk.reader.verify.PassiveAuthentication;
import vn.kiosk.reader.verify.PassiveAuthenticationResult;
import vn.kiosk.reader.verify.PassiveVerdict;
import vn.kiosk.reader.verify.TrustStore;

class TestPkiTest {
    static final TestPki PKI = TestPki.generate();

    @TempDir
    Path dir;

    static Map<Integer, byte[]> dataGroups() {
        Map<Integer, byte[]> groups = new TreeMap<>();
        groups.put(1, "61 DG1 stand-in".getBytes(StandardCharsets.US_ASCII));
        groups.put(2, "75 DG2 stand-in".getBytes(StandardCharsets.US_ASCII));
        groups.put(13, "6D DG13 stand-in".getBytes(StandardCharsets.US_ASCII));
        return groups;
    }

    static PassiveAuthenticationResult verify(CertifiedKey signer, TrustStore trust) {
        SecurityObject sod = SecurityObject.sign(dataGroups(), signer.certificate(), signer.privateKey());
        return new PassiveAuthentication(trust, Clock.systemUTC()).verify(sod.encoded(), dataGroups());
    }

    static TrustStore trustOf(TestPki pki) {
        return TrustStore.of(List.of(pki.csca().certificate()), List.of(pki.crl()));
    }

    @Test
    void certificatesFollowTheIcaoProfiles() throws Exception {
        X509Certificate csca = PKI.csca().certificate();
        X509Certificate ds = PKI.documentSigner().certificate();

        csca.verify(csca.getPublicKey());
        assertEquals(0, csca.getBasicConstraints(), "CA with path length 0");
        assertArrayEquals(new boolean[] {false, false, false, false, false, true, true, false, false}, csca.getKeyUsage());
        assertTrue(csca.getCriticalExtensionOIDs().contains("2.5.29.15"), "key usage is critical");
        assertNotNull(csca.getExtensionValue("2.5.29.16"), "private key usage period");

        ds.verify(csca.getPublicKey());
        assertEquals(-1, ds.getBasicConstraints());
        assertTrue(ds.getKeyUsage()[0] && !ds.getKeyUsage()[1] && !ds.getKeyUsage()[5], "digitalSignature only");
        assertNotNull(ds.getExtensionValue("2.23.136.1.1.6.2"), "document type list");
        assertTrue(ds.getSubjectX500Principal().getName().contains("TEST"));

        PKI.crl().verify(csca.getPublicKey());
        assertTrue(PKI.crl().getRevokedCertificates() == null || PKI.crl().getRevokedCertificates().isEmpty());
        assertTrue(ds.getNotBefore().toInstant().isBefore(Instant.now()));
    }

    @Test
    void writeThenLoadGivesTheSamePki() throws Exception {
        PKI.write(dir);

        for (String file : List.of("csca.pem", "csca.key.pem", "ds.pem", "ds.key.pem", "trust/csca.pem", "trust/crl.pem")) {
            assertTrue(Files.isRegularFile(dir.resolve(file)), file);
        }
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("ds.key.pem"))));
        }
        TestPki loaded = TestPki.load(dir);
        assertEquals(PKI.csca().certificate(), loaded.csca().certificate());
        assertEquals(PKI.documentSigner().certificate(), loaded.documentSigner().certificate());
        assertArrayEquals(PKI.documentSigner().privateKey().getEncoded(), loaded.documentSigner().privateKey().getEncoded());
        assertArrayEquals(PKI.crl().getEncoded(), loaded.crl().getEncoded());
    }

    @Test
    void trustFolderVerifiesSodsSignedByTheDocumentSigner() throws Exception {
        PKI.write(dir);
        TrustStore trust = TrustStore.load(TestPki.trustDirectory(dir));

        assertEquals(List.of(PKI.csca().certificate()), trust.anchors());
        assertEquals(1, trust.crls().size());
        assertEquals(List.of(), trust.problems());
        PassiveAuthenticationResult result = verify(TestPki.load(dir).documentSigner(), trust);
        assertEquals(PassiveVerdict.VALID, result.verdict(), result.problems()::toString);
        assertTrue(result.notes().isEmpty(), result.notes()::toString);
    }

    @ParameterizedTest
    @EnumSource(KeyAlgorithm.class)
    void everyKeyAlgorithmWritesLoadsAndVerifies(KeyAlgorithm algorithm) throws Exception {
        TestPki pki = TestPki.generate(algorithm);
        pki.write(dir);
        TestPki loaded = TestPki.load(dir);

        PassiveAuthenticationResult result = verify(loaded.documentSigner(), TrustStore.load(TestPki.trustDirectory(dir)));

        assertEquals(PassiveVerdict.VALID, result.verdict(), result.problems()::toString);
    }

    @Test
    void untrustedVariantIsUntrusted() {
        CertifiedKey signer = PKI.untrustedDocumentSigner();
        assertEquals(PKI.csca().certificate().getSubjectX500Principal(), signer.certificate().getIssuerX500Principal(),
                "the impostor CSCA copies the real one's name");
        assertEquals(PassiveVerdict.UNTRUSTED, verify(signer, trustOf(PKI)).verdict());
    }

    @Test
    void expiredVariantIsUntrustedForASodSignedToday() {
        assertEquals(PassiveVerdict.UNTRUSTED, verify(PKI.expiredDocumentSigner(), trustOf(PKI)).verdict());
    }

    @Test
    void notYetValidVariantIsUntrusted() {
        assertEquals(PassiveVerdict.UNTRUSTED, verify(PKI.notYetValidDocumentSigner(), trustOf(PKI)).verdict());
    }

    @Test
    void documentSignerRevokedByANewCrlIsInvalid() {
        TrustStore trust = TrustStore.of(List.of(PKI.csca().certificate()),
                List.of(PKI.crlRevoking(PKI.documentSigner().certificate())));
        assertEquals(PassiveVerdict.INVALID, verify(PKI.documentSigner(), trust).verdict());
    }

    @Test
    void loadRejectsAKeyThatIsNotTheCertificates() throws Exception {
        PKI.write(dir);
        Path other = Files.createDirectory(dir.resolve("other"));
        TestPki.generate().write(other);
        Files.copy(other.resolve("ds.key.pem"), dir.resolve("ds.key.pem"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        IOException e = assertThrows(IOException.class, () -> TestPki.load(dir));
        assertTrue(e.getMessage().contains("ds.key.pem"), e.getMessage());
    }

    @Test
    void loadRejectsADocumentSignerFromAnotherCsca() throws Exception {
        PKI.write(dir);
        Path other = Files.createDirectory(dir.resolve("other"));
        TestPki.generate().write(other);
        Files.copy(other.resolve("ds.pem"), dir.resolve("ds.pem"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.copy(other.resolve("ds.key.pem"), dir.resolve("ds.key.pem"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        IOException e = assertThrows(IOException.class, () -> TestPki.load(dir));
        assertTrue(e.getMessage().contains("not issued by"), e.getMessage());
    }

    @Test
    void loadOfAnEmptyDirectorySaysHowToMakeOne() {
        NoSuchFileException e = assertThrows(NoSuchFileException.class, () -> TestPki.load(dir));
        assertTrue(e.getMessage().contains("simulator pki --out"), e.getMessage());
    }

    @Test
    void jmrtdReadsASodSignedByTheTestDocumentSigner() throws Exception {
        SecurityObject sod = SecurityObject.sign(dataGroups(), PKI.documentSigner().certificate(),
                PKI.documentSigner().privateKey());

        SODFile jmrtd = new SODFile(new ByteArrayInputStream(sod.encoded()));

        assertEquals(PKI.documentSigner().certificate(), jmrtd.getDocSigningCertificate());
        jmrtd.getDocSigningCertificate().verify(PKI.csca().publicKey());
        assertArrayEquals(sod.dataGroupHash(13).orElseThrow(), jmrtd.getDataGroupHashes().get(13));
    }

    @Test
    void opensslAcceptsTheFilesAndTheChain() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/openssl")), "openssl is not installed");
        TestPki.generate(KeyAlgorithm.BRAINPOOL_P256R1).write(dir);

        assertEquals(0, openssl("verify", "-CAfile", "csca.pem", "-crl_check", "-CRLfile", "trust/crl.pem", "ds.pem"));
        assertEquals(0, openssl("pkey", "-in", "ds.key.pem", "-noout"));
        assertEquals(0, openssl("pkey", "-in", "csca.key.pem", "-noout"));
    }

    private int openssl(String... arguments) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("/usr/bin/openssl"));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(30, TimeUnit.SECONDS));
        if (process.exitValue() != 0) {
            System.err.println(String.join(" ", command) + "\n" + output);
        }
        return process.exitValue();
    }
}
