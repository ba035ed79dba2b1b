package vn.kiosk.simulator.pki;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.KeyUsage;

/**
 * A test country-signing PKI: a CSCA, the document signer (DS) that signs the simulator's SODs, and
 * the CSCA's (empty) CRL. Nothing here is a real authority; every name says TEST.
 *
 * <p>On disk ({@link #write}, {@link #load}) it is the layout {@code simulator pki --out DIR}
 * promises: {@code csca.pem}, {@code csca.key.pem}, {@code ds.pem}, {@code ds.key.pem}, and
 * {@code trust/} with {@code csca.pem} and {@code crl.pem}, ready for {@code reader-cli --trust}.
 *
 * <p>The fault profiles' signers come from the variants: {@link #untrustedDocumentSigner()} (a DS
 * under an unrelated CSCA with the same name, so not in {@code trust/}),
 * {@link #expiredDocumentSigner()} and {@link #notYetValidDocumentSigner()}. Passive
 * authentication judges certificate validity at the SOD's signing time, so a SOD signed today
 * by the expired or not-yet-valid DS is UNTRUSTED, while one whose signingTime is backdated into
 * the expired DS's validity is accepted, as a genuine old card would be.
 * {@link #wrongKeyUsageDocumentSigner()} lacks the digitalSignature key usage, and
 * {@link #rollover()} moves the CSCA to a new key with a link certificate, for the conformity
 * tests of passive authentication (docs/TESTPLAN.md).
 */
public record TestPki(CertifiedKey csca, CertifiedKey documentSigner, X509CRL crl) {
    public static final String CSCA_FILE = "csca.pem";
    public static final String CSCA_KEY_FILE = "csca.key.pem";
    public static final String DS_FILE = "ds.pem";
    public static final String DS_KEY_FILE = "ds.key.pem";
    public static final String TRUST_DIRECTORY = "trust";
    public static final String CRL_FILE = "crl.pem";

    static final X500Name CSCA_NAME = name("CSCA Viet Nam TEST");
    static final Duration CSCA_VALIDITY = Duration.ofDays(15 * 365);
    // Doc 9303: a DS certificate covers its signing period plus the life of the documents it signed.
    static final Duration DS_VALIDITY = Duration.ofDays(10 * 365 + 90);
    static final Duration CRL_VALIDITY = Duration.ofDays(90);

    public TestPki {
        Objects.requireNonNull(csca, "csca");
        Objects.requireNonNull(documentSigner, "documentSigner");
        Objects.requireNonNull(crl, "crl");
    }

    /** ECDSA P-256 keys, valid from a day ago. */
    public static TestPki generate() {
        return generate(KeyAlgorithm.EC_P256);
    }

    public static TestPki generate(KeyAlgorithm algorithm) {
        return generate(algorithm, Instant.now(), new SecureRandom());
    }

    /**
     * A CSCA valid from five years before {@code now} (so that the expired variant fits inside it)
     * for fifteen years, a DS valid from a day before {@code now}, and an empty CRL issued now.
     */
    public static TestPki generate(KeyAlgorithm algorithm, Instant now, SecureRandom random) {
        Instant cscaFrom = now.minus(Duration.ofDays(5 * 365));
        CertifiedKey csca = CertificateIssuer.csca(CSCA_NAME, algorithm.generate(random), cscaFrom,
                cscaFrom.plus(CSCA_VALIDITY), random);
        Instant dsFrom = now.minus(Duration.ofDays(1));
        CertifiedKey ds = CertificateIssuer.documentSigner(name("Document Signer TEST"), algorithm.generate(random), csca,
                dsFrom, dsFrom.plus(DS_VALIDITY), random);
        return new TestPki(csca, ds, CertificateIssuer.crl(csca, now, now.plus(CRL_VALIDITY), 1, List.of()));
    }

    /**
     * A DS issued by a freshly made CSCA that has this CSCA's name but another key: its SODs look
     * right but are UNTRUSTED by a trust store holding this PKI's {@code trust/}.
     */
    public CertifiedKey untrustedDocumentSigner() {
        SecureRandom random = new SecureRandom();
        Instant now = Instant.now();
        Instant from = now.minus(Duration.ofDays(365));
        CertifiedKey impostor = CertificateIssuer.csca(CSCA_NAME, KeyAlgorithm.generateLike(csca.publicKey(), random),
                from, from.plus(CSCA_VALIDITY), random);
        return CertificateIssuer.documentSigner(name("Document Signer TEST (untrusted CSCA)"),
                KeyAlgorithm.generateLike(documentSigner.publicKey(), random), impostor, now.minus(Duration.ofDays(1)),
                now.plus(DS_VALIDITY), random);
    }

    /** A DS of this CSCA whose validity ended a year ago (it began three years ago). */
    public CertifiedKey expiredDocumentSigner() {
        Instant now = Instant.now();
        return issueDocumentSigner("Document Signer TEST (expired)", now.minus(Duration.ofDays(3 * 365)),
                now.minus(Duration.ofDays(365)));
    }

    /** A DS of this CSCA whose validity begins a year from now. */
    public CertifiedKey notYetValidDocumentSigner() {
        Instant from = Instant.now().plus(Duration.ofDays(365));
        return issueDocumentSigner("Document Signer TEST (not yet valid)", from, from.plus(DS_VALIDITY));
    }

    /**
     * A DS of this CSCA, valid now, whose key usage is nonRepudiation instead of the digitalSignature
     * Doc 9303 requires: its SODs verify but must not be trusted.
     */
    public CertifiedKey wrongKeyUsageDocumentSigner() {
        SecureRandom random = new SecureRandom();
        Instant from = Instant.now().minus(Duration.ofDays(1));
        return CertificateIssuer.documentSigner(name("Document Signer TEST (wrong key usage)"),
                KeyAlgorithm.generateLike(documentSigner.publicKey(), random), csca, from, from.plus(DS_VALIDITY),
                KeyUsage.nonRepudiation, random);
    }

    /**
     * A rollover of this CSCA to a new key: the new CSCA (same name, valid from a day ago), the
     * link certificate the old CSCA signs for it (valid as long as the old CSCA), and a document
     * signer under the new key. Each call makes new keys.
     */
    public CscaRollover rollover() {
        SecureRandom random = new SecureRandom();
        Instant from = Instant.now().minus(Duration.ofDays(1));
        CertifiedKey newCsca = CertificateIssuer.csca(CSCA_NAME, KeyAlgorithm.generateLike(csca.publicKey(), random),
                from, from.plus(CSCA_VALIDITY), random);
        X509Certificate link = CertificateIssuer.link(csca, newCsca, from, csca.certificate().getNotAfter().toInstant(),
                random);
        CertifiedKey ds = CertificateIssuer.documentSigner(name("Document Signer TEST (new CSCA key)"),
                KeyAlgorithm.generateLike(documentSigner.publicKey(), random), newCsca, from, from.plus(DS_VALIDITY),
                random);
        return new CscaRollover(newCsca, link, ds);
    }

    /** Another DS of this CSCA with the given validity, e.g. for a revocation test. */
    public CertifiedKey issueDocumentSigner(String commonName, Instant from, Instant to) {
        SecureRandom random = new SecureRandom();
        return CertificateIssuer.documentSigner(name(commonName),
                KeyAlgorithm.generateLike(documentSigner.publicKey(), random), csca, from, to, random);
    }

    /** A new CRL of this CSCA listing these certificates as revoked (reason key compromise). */
    public X509CRL crlRevoking(X509Certificate... revoked) {
        Instant now = Instant.now();
        // CRL numbers only have to increase; the time does that without keeping state.
        return CertificateIssuer.crl(csca, now, now.plus(CRL_VALIDITY), now.getEpochSecond(), Arrays.asList(revoked));
    }

    /** {@code dir/trust}: the folder to give {@code reader-cli --trust}. */
    public static Path trustDirectory(Path dir) {
        return dir.resolve(TRUST_DIRECTORY);
    }

    /** Writes the layout described above into {@code dir}, creating it, replacing files of the same names. */
    public void write(Path dir) throws IOException {
        Files.createDirectories(trustDirectory(dir));
        PemFiles.write(dir.resolve(CSCA_FILE), csca.certificate());
        PemFiles.writePrivateKey(dir.resolve(CSCA_KEY_FILE), csca.privateKey());
        PemFiles.write(dir.resolve(DS_FILE), documentSigner.certificate());
        PemFiles.writePrivateKey(dir.resolve(DS_KEY_FILE), documentSigner.privateKey());
        PemFiles.write(trustDirectory(dir).resolve(CSCA_FILE), csca.certificate());
        PemFiles.write(trustDirectory(dir).resolve(CRL_FILE), crl);
    }

    /**
     * Reads what {@link #write} wrote. The keys must belong to their certificates and the DS must
     * have been issued by the CSCA; {@code trust/crl.pem} may be missing (a fresh empty CRL is made).
     *
     * @throws IOException with a message naming the file, when a file is missing or wrong
     */
    public static TestPki load(Path dir) throws IOException {
        for (String file : List.of(CSCA_FILE, CSCA_KEY_FILE, DS_FILE, DS_KEY_FILE)) {
            if (!Files.isRegularFile(dir.resolve(file))) {
                throw new NoSuchFileException(dir.resolve(file).toString(), null,
                        "not a test PKI directory (make one with 'simulator pki --out DIR')");
            }
        }
        CertifiedKey csca = new CertifiedKey(PemFiles.readCertificate(dir.resolve(CSCA_FILE)),
                PemFiles.readPrivateKey(dir.resolve(CSCA_KEY_FILE)));
        CertifiedKey ds = new CertifiedKey(PemFiles.readCertificate(dir.resolve(DS_FILE)),
                PemFiles.readPrivateKey(dir.resolve(DS_KEY_FILE)));
        requireKeyMatches(csca, dir.resolve(CSCA_KEY_FILE));
        requireKeyMatches(ds, dir.resolve(DS_KEY_FILE));
        try {
            ds.certificate().verify(csca.publicKey(), Bc.PROVIDER);
        } catch (GeneralSecurityException e) {
            throw new IOException(dir.resolve(DS_FILE) + " was not issued by " + dir.resolve(CSCA_FILE), e);
        }
        Path crlFile = trustDirectory(dir).resolve(CRL_FILE);
        Instant now = Instant.now();
        X509CRL crl = Files.isRegularFile(crlFile) ? PemFiles.readCrl(crlFile)
                : CertificateIssuer.crl(csca, now, now.plus(CRL_VALIDITY), now.getEpochSecond(), List.of());
        return new TestPki(csca, ds, crl);
    }

    private static void requireKeyMatches(CertifiedKey key, Path file) throws IOException {
        PublicKey publicKey = key.publicKey();
        byte[] probe = "key check".getBytes(StandardCharsets.US_ASCII);
        try {
            Signature signer = Signature.getInstance(KeyAlgorithm.signatureAlgorithmFor(publicKey), Bc.PROVIDER);
            signer.initSign(key.privateKey());
            signer.update(probe);
            byte[] signature = signer.sign();
            Signature verifier = Signature.getInstance(KeyAlgorithm.signatureAlgorithmFor(publicKey), Bc.PROVIDER);
            verifier.initVerify(publicKey);
            verifier.update(probe);
            if (!verifier.verify(signature)) {
                throw new IOException(file + " is not the private key of its certificate");
            }
        } catch (GeneralSecurityException e) {
            throw new IOException(file + " is not the private key of its certificate: " + e.getMessage(), e);
        }
    }

    static X500Name name(String commonName) {
        return new X500Name("C=VN,O=CCCD Kiosk Simulator,OU=TEST ONLY - not a real authority,CN=" + commonName);
    }

    /** Never prints keys. */
    @Override
    public String toString() {
        return "TestPki[" + csca + ", " + documentSigner + "]";
    }
}
