package vn.kiosk.reader.verify;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.icao.CscaMasterList;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.Certificate;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509CRLHolder;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CRLConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Test certificates made directly with Bouncy Castle (reader-driver's tests cannot use the
 * simulator's TestPki): CSCAs, link certificates, document signers, CRLs and master lists with
 * whatever validity, key usage and keys a test needs.
 */
public final class PkiFixture {
    public static final Provider BC = new BouncyCastleProvider();
    private static final SecureRandom RANDOM = new SecureRandom();

    private PkiFixture() {
    }

    /** A certificate and the private key of its subject. */
    public record Issued(X509Certificate certificate, PrivateKey privateKey) {
        public PublicKey publicKey() {
            return certificate.getPublicKey();
        }
    }

    public static KeyPair ecKeys(String curve) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", BC);
            generator.initialize(new ECGenParameterSpec(curve), RANDOM);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static KeyPair ecKeys() {
        return ecKeys("secp256r1");
    }

    public static KeyPair rsaKeys() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA", BC);
            generator.initialize(2048, RANDOM);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Issued csca(String commonName, Instant from, Instant to) {
        return csca(commonName, ecKeys(), from, to);
    }

    public static Issued csca(String commonName, KeyPair keys, Instant from, Instant to) {
        X500Name name = name(commonName);
        X509Certificate certificate = build(name, keys.getPublic(), name, keys.getPrivate(), keys.getPublic(),
                from, to, true, KeyUsage.keyCertSign | KeyUsage.cRLSign);
        return new Issued(certificate, keys.getPrivate());
    }

    /** The new CSCA key certified by the old CSCA, under the same name: a Doc 9303 link certificate. */
    public static X509Certificate linkCertificate(Issued oldCsca, Issued newCsca, Instant from, Instant to) {
        return build(subject(newCsca.certificate()), newCsca.publicKey(), subject(oldCsca.certificate()),
                oldCsca.privateKey(), oldCsca.publicKey(), from, to, true, KeyUsage.keyCertSign | KeyUsage.cRLSign);
    }

    public static Issued documentSigner(String commonName, Issued csca, Instant from, Instant to) {
        return documentSigner(commonName, csca, ecKeys(), from, to, KeyUsage.digitalSignature);
    }

    public static Issued documentSigner(String commonName, Issued csca, KeyPair keys, Instant from, Instant to,
                                        int keyUsage) {
        X509Certificate certificate = build(name(commonName), keys.getPublic(), subject(csca.certificate()),
                csca.privateKey(), csca.publicKey(), from, to, false, keyUsage);
        return new Issued(certificate, keys.getPrivate());
    }

    /** Claims {@code csca} as issuer (name and key identifier) but is signed with {@code forgerKey}. */
    public static Issued forgedDocumentSigner(String commonName, Issued csca, PrivateKey forgerKey, Instant from,
                                              Instant to) {
        KeyPair keys = ecKeys();
        X509Certificate certificate = build(name(commonName), keys.getPublic(), subject(csca.certificate()),
                forgerKey, csca.publicKey(), from, to, false, KeyUsage.digitalSignature);
        return new Issued(certificate, keys.getPrivate());
    }

    public static X509CRL crl(Issued issuer, Instant thisUpdate, Instant nextUpdate, X509Certificate... revoked) {
        try {
            X509v2CRLBuilder builder = new X509v2CRLBuilder(subject(issuer.certificate()), Date.from(thisUpdate));
            builder.setNextUpdate(Date.from(nextUpdate));
            for (X509Certificate certificate : revoked) {
                builder.addCRLEntry(certificate.getSerialNumber(), Date.from(thisUpdate.minusSeconds(3600)),
                        CRLReason.keyCompromise);
            }
            builder.addExtension(Extension.authorityKeyIdentifier, false,
                    new JcaX509ExtensionUtils().createAuthorityKeyIdentifier(issuer.publicKey()));
            X509CRLHolder holder = builder.build(signer(issuer.privateKey()));
            return new JcaX509CRLConverter().setProvider(BC).getCRL(holder);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A DER CSCA master list listing {@code listed}, signed by {@code signer}, carrying {@code embedded}. */
    public static byte[] masterList(Issued signer, List<X509Certificate> listed, List<X509Certificate> embedded) {
        try {
            Certificate[] structs = new Certificate[listed.size()];
            for (int i = 0; i < structs.length; i++) {
                structs[i] = Certificate.getInstance(listed.get(i).getEncoded());
            }
            byte[] content = new CscaMasterList(structs).getEncoded(ASN1Encoding.DER);
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(
                    new JcaDigestCalculatorProviderBuilder().setProvider(BC).build())
                    .build(signer(signer.privateKey()), signer.certificate()));
            generator.addCertificate(new JcaX509CertificateHolder(signer.certificate()));
            for (X509Certificate certificate : embedded) {
                generator.addCertificate(new JcaX509CertificateHolder(certificate));
            }
            return generator.generate(new CMSProcessableByteArray(new ASN1ObjectIdentifier("2.23.136.1.1.2"), content),
                    true).getEncoded(ASN1Encoding.DER);
        } catch (GeneralSecurityException | IOException | RuntimeException | org.bouncycastle.cms.CMSException
                 | org.bouncycastle.operator.OperatorCreationException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String pem(Object... objects) {
        StringWriter out = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(out)) {
            for (Object object : objects) {
                writer.writeObject(object);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    public static X500Name name(String commonName) {
        return new X500Name("C=VN,O=Kiosk Test,CN=" + commonName);
    }

    private static X500Name subject(X509Certificate certificate) {
        return X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
    }

    private static X509Certificate build(X500Name subject, PublicKey subjectKey, X500Name issuer, PrivateKey issuerKey,
                                         PublicKey issuerPublicKey, Instant from, Instant to, boolean ca, int keyUsage) {
        try {
            JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuer,
                    new BigInteger(64, RANDOM).add(BigInteger.ONE), Date.from(from), Date.from(to), subject, subjectKey);
            builder.addExtension(Extension.subjectKeyIdentifier, false, extensions.createSubjectKeyIdentifier(subjectKey));
            builder.addExtension(Extension.authorityKeyIdentifier, false,
                    extensions.createAuthorityKeyIdentifier(issuerPublicKey));
            if (keyUsage != 0) {
                builder.addExtension(Extension.keyUsage, true, new KeyUsage(keyUsage));
            }
            if (ca) {
                builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(0));
            }
            X509CertificateHolder holder = builder.build(signer(issuerKey));
            return new JcaX509CertificateConverter().setProvider(BC).getCertificate(holder);
        } catch (GeneralSecurityException | IOException | RuntimeException e) {
            throw new IllegalStateException(e);
        } catch (org.bouncycastle.operator.OperatorCreationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ContentSigner signer(PrivateKey key) throws org.bouncycastle.operator.OperatorCreationException {
        String algorithm = key.getAlgorithm().startsWith("EC") ? "SHA256withECDSA" : "SHA256withRSA";
        return new JcaContentSignerBuilder(algorithm).setProvider(BC).build(key);
    }
}
