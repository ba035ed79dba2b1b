package vn.kiosk.app.backend;

import java.io.IOException;
import java.io.Writer;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import org.bouncycastle.asn1.sec.ECPrivateKey;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.util.io.pem.PemObject;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** A throw-away PKI for TLS tests: CAs, server and client certificates, written as PEM. Bouncy Castle does the work. */
final class TestPki {

    private final AtomicLong serial = new AtomicLong(1);

    record Issued(KeyPair keys, X509Certificate certificate, List<X509Certificate> chain) {
    }

    Issued ca(String cn) throws Exception {
        KeyPair keys = ecKeys();
        X500Name name = new X500Name("CN=" + cn);
        X509v3CertificateBuilder b = builder(name, keys, name);
        b.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
        b.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
        X509Certificate cert = sign(b, keys.getPrivate());
        return new Issued(keys, cert, List.of(cert));
    }

    Issued server(Issued ca, String dnsName) throws Exception {
        return leaf(ca, "CN=" + dnsName, KeyPurposeId.id_kp_serverAuth,
                new GeneralNames(new GeneralName[] {new GeneralName(GeneralName.dNSName, dnsName)}));
    }

    Issued client(Issued ca, String kioskId) throws Exception {
        return leaf(ca, "CN=" + kioskId, KeyPurposeId.id_kp_clientAuth, null);
    }

    private Issued leaf(Issued ca, String subject, KeyPurposeId purpose, GeneralNames san) throws Exception {
        KeyPair keys = ecKeys();
        X509v3CertificateBuilder b = builder(X500Name.getInstance(ca.certificate().getSubjectX500Principal().getEncoded()),
                keys, new X500Name(subject));
        b.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
        b.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
        b.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(purpose));
        if (san != null) {
            b.addExtension(Extension.subjectAlternativeName, false, san);
        }
        X509Certificate cert = sign(b, ca.keys().getPrivate());
        return new Issued(keys, cert, List.of(cert, ca.certificate()));
    }

    /** An SSLContext for a test server: its own chain, and the given CA as the only anchor for client certificates. */
    static SSLContext serverContext(Issued server, Issued clientCa) throws GeneralSecurityException {
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(TlsMaterial.keyManagers(server.keys().getPrivate(), server.chain()),
                new TrustManager[] {TlsMaterial.pinnedTrust(List.of(clientCa.certificate()))}, null);
        return ctx;
    }

    static void writeCertificates(Path file, List<X509Certificate> certs) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.US_ASCII); JcaPEMWriter pem = new JcaPEMWriter(w)) {
            for (X509Certificate c : certs) {
                pem.writeObject(c);
            }
        }
    }

    /** PKCS#8 ("BEGIN PRIVATE KEY"), as openssl genpkey writes it. */
    static void writePkcs8Key(Path file, PrivateKey key) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.US_ASCII); JcaPEMWriter pem = new JcaPEMWriter(w)) {
            pem.writeObject(new JcaPKCS8Generator(key, null));
        }
    }

    /**
     * Traditional SEC 1 ("BEGIN EC PRIVATE KEY") with the curve and public key inside, as {@code openssl ecparam
     * -genkey} writes it (JcaPEMWriter would write the JDK's parameter-less inner structure instead).
     */
    static void writeTraditionalKey(Path file, KeyPair keys) throws IOException {
        SubjectPublicKeyInfo spki = SubjectPublicKeyInfo.getInstance(keys.getPublic().getEncoded());
        BigInteger d = ((java.security.interfaces.ECPrivateKey) keys.getPrivate()).getS();
        ECPrivateKey sec1 = new ECPrivateKey(256, d, spki.getPublicKeyData(), spki.getAlgorithm().getParameters());
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.US_ASCII); JcaPEMWriter pem = new JcaPEMWriter(w)) {
            pem.writeObject(new PemObject("EC PRIVATE KEY", sec1.getEncoded()));
        }
    }

    private X509v3CertificateBuilder builder(X500Name issuer, KeyPair subjectKeys, X500Name subject) {
        Instant now = Instant.now();
        return new JcaX509v3CertificateBuilder(issuer, BigInteger.valueOf(serial.getAndIncrement()),
                Date.from(now.minus(Duration.ofHours(1))), Date.from(now.plus(Duration.ofDays(2))), subject,
                subjectKeys.getPublic());
    }

    private static X509Certificate sign(X509v3CertificateBuilder b, PrivateKey issuerKey)
            throws OperatorCreationException, GeneralSecurityException {
        return new JcaX509CertificateConverter().getCertificate(
                b.build(new JcaContentSignerBuilder("SHA256withECDSA").build(issuerKey)));
    }

    private static KeyPair ecKeys() throws GeneralSecurityException {
        KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
        g.initialize(new ECGenParameterSpec("secp256r1"));
        return g.generateKeyPair();
    }
}
