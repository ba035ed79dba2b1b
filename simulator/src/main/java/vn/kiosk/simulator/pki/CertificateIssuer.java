package vn.kiosk.simulator.pki;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERGeneralizedTime;
import org.bouncycastle.asn1.DERPrintableString;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.DERTaggedObject;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLNumber;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CRLConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Issues certificates and CRLs shaped after the Doc 9303 Part 12 profiles (section 7): a
 * self-signed CSCA (keyCertSign and cRLSign, basicConstraints CA with path length 0, private key
 * usage period) and document signers (digitalSignature only, private key usage period, the
 * document type list "ID"). Bouncy Castle does the encoding and signing.
 */
final class CertificateIssuer {
    /** id-icao-mrtd-security-extensions-documentTypeList (Doc 9303 Part 12, 7.1.1.3). */
    static final ASN1ObjectIdentifier DOCUMENT_TYPE_LIST = new ASN1ObjectIdentifier("2.23.136.1.1.6.2");
    /** How long a document signer's key is used to sign (ICAO recommends at most three months). */
    static final Duration SIGNING_PERIOD = Duration.ofDays(90);

    private CertificateIssuer() {
    }

    static CertifiedKey csca(X500Name name, KeyPair keys, Instant from, Instant to, SecureRandom random) {
        try {
            JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name, serial(random), Date.from(from),
                    Date.from(to), name, keys.getPublic());
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(0));
            builder.addExtension(Extension.subjectKeyIdentifier, false, utils.createSubjectKeyIdentifier(keys.getPublic()));
            builder.addExtension(Extension.authorityKeyIdentifier, false,
                    utils.createAuthorityKeyIdentifier(keys.getPublic()));
            builder.addExtension(Extension.privateKeyUsagePeriod, false, privateKeyUsagePeriod(from, to));
            return new CertifiedKey(sign(builder, keys.getPrivate()), keys.getPrivate());
        } catch (GeneralSecurityException | CertIOException e) {
            throw new IllegalStateException("cannot issue the CSCA certificate", e);
        }
    }

    static CertifiedKey documentSigner(X500Name name, KeyPair keys, CertifiedKey csca, Instant from, Instant to,
                                       SecureRandom random) {
        return documentSigner(name, keys, csca, from, to, KeyUsage.digitalSignature, random);
    }

    /** A document signer with these key usage bits instead of digitalSignature: only a faulty issuer makes one. */
    static CertifiedKey documentSigner(X500Name name, KeyPair keys, CertifiedKey csca, Instant from, Instant to,
                                       int keyUsage, SecureRandom random) {
        try {
            JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(csca.certificate(), serial(random),
                    Date.from(from), Date.from(to), name, keys.getPublic());
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(keyUsage));
            builder.addExtension(Extension.authorityKeyIdentifier, false,
                    utils.createAuthorityKeyIdentifier(csca.certificate()));
            builder.addExtension(Extension.subjectKeyIdentifier, false, utils.createSubjectKeyIdentifier(keys.getPublic()));
            Instant signingEnds = from.plus(SIGNING_PERIOD).isBefore(to) ? from.plus(SIGNING_PERIOD) : to;
            builder.addExtension(Extension.privateKeyUsagePeriod, false, privateKeyUsagePeriod(from, signingEnds));
            // DocumentTypeList ::= SEQUENCE { version INTEGER (v0), docTypeList SET OF PrintableString }
            builder.addExtension(DOCUMENT_TYPE_LIST, false, new DERSequence(new ASN1Encodable[] {
                    new ASN1Integer(0), new DERSet(new DERPrintableString("ID"))}));
            return new CertifiedKey(sign(builder, csca.privateKey()), keys.getPrivate());
        } catch (GeneralSecurityException | CertIOException e) {
            throw new IllegalStateException("cannot issue the document signer certificate", e);
        }
    }

    /**
     * A CSCA link certificate (Doc 9303 Part 12, 5.1.1): the new CSCA key under the CSCA's name,
     * certified by the old key, so that a reader trusting only the old CSCA can follow a key rollover.
     * A CA certificate like the CSCA's own, except for its issuer and authority key identifier.
     */
    static X509Certificate link(CertifiedKey oldCsca, CertifiedKey newCsca, Instant from, Instant to,
                                SecureRandom random) {
        try {
            JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(oldCsca.certificate(), serial(random),
                    Date.from(from), Date.from(to), newCsca.certificate().getSubjectX500Principal(),
                    newCsca.publicKey());
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(0));
            builder.addExtension(Extension.subjectKeyIdentifier, false,
                    utils.createSubjectKeyIdentifier(newCsca.publicKey()));
            builder.addExtension(Extension.authorityKeyIdentifier, false,
                    utils.createAuthorityKeyIdentifier(oldCsca.certificate()));
            builder.addExtension(Extension.privateKeyUsagePeriod, false, privateKeyUsagePeriod(from, to));
            return sign(builder, oldCsca.privateKey());
        } catch (GeneralSecurityException | CertIOException e) {
            throw new IllegalStateException("cannot issue the CSCA link certificate", e);
        }
    }

    static X509CRL crl(CertifiedKey csca, Instant thisUpdate, Instant nextUpdate, long number,
                       List<X509Certificate> revoked) {
        try {
            X500Name issuer = X500Name.getInstance(csca.certificate().getSubjectX500Principal().getEncoded());
            X509v2CRLBuilder builder = new X509v2CRLBuilder(issuer, Date.from(thisUpdate));
            builder.setNextUpdate(Date.from(nextUpdate));
            for (X509Certificate certificate : revoked) {
                builder.addCRLEntry(certificate.getSerialNumber(), Date.from(thisUpdate), CRLReason.keyCompromise);
            }
            builder.addExtension(Extension.authorityKeyIdentifier, false,
                    new JcaX509ExtensionUtils().createAuthorityKeyIdentifier(csca.certificate()));
            builder.addExtension(Extension.cRLNumber, false, new CRLNumber(BigInteger.valueOf(number)));
            return new JcaX509CRLConverter().setProvider(Bc.PROVIDER).getCRL(builder.build(signer(csca.privateKey(),
                    csca.publicKey())));
        } catch (GeneralSecurityException | CertIOException | OperatorCreationException e) {
            throw new IllegalStateException("cannot issue the CRL", e);
        }
    }

    private static X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey issuerKey)
            throws GeneralSecurityException {
        try {
            ContentSigner signer = new JcaContentSignerBuilder(issuerKey.getAlgorithm().startsWith("RSA")
                    ? "SHA256withRSA" : "SHA256withECDSA").setProvider(Bc.PROVIDER).build(issuerKey);
            return new JcaX509CertificateConverter().setProvider(Bc.PROVIDER).getCertificate(builder.build(signer));
        } catch (OperatorCreationException e) {
            throw new GeneralSecurityException("cannot sign with a " + issuerKey.getAlgorithm() + " key", e);
        }
    }

    private static ContentSigner signer(PrivateKey key, PublicKey publicKey) throws OperatorCreationException {
        return new JcaContentSignerBuilder(KeyAlgorithm.signatureAlgorithmFor(publicKey)).setProvider(Bc.PROVIDER)
                .build(key);
    }

    /** PrivateKeyUsagePeriod ::= SEQUENCE { notBefore [0] GeneralizedTime, notAfter [1] GeneralizedTime }. */
    private static DERSequence privateKeyUsagePeriod(Instant from, Instant to) {
        return new DERSequence(new ASN1Encodable[] {
                new DERTaggedObject(false, 0, new DERGeneralizedTime(Date.from(from))),
                new DERTaggedObject(false, 1, new DERGeneralizedTime(Date.from(to)))});
    }

    /** Positive, at most 20 octets (RFC 5280 4.1.2.2), unpredictable. */
    private static BigInteger serial(SecureRandom random) {
        return new BigInteger(63, random).add(BigInteger.ONE);
    }
}
