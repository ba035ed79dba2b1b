package vn.kiosk.reader.lds;

import java.io.IOException;
import java.security.PrivateKey;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.BERTags;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.DERTaggedObject;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.icao.DataGroupHash;
import org.bouncycastle.asn1.icao.LDSSecurityObject;
import org.bouncycastle.asn1.icao.LDSVersionInfo;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

import vn.kiosk.reader.error.MalformedDataException;

/**
 * Produces EF.SOD the way issuing systems do (Doc 9303 Part 10, 4.6.2): CMS SignedData v3 with
 * eContentType id-icao-mrtd-security-ldsSecurityObject, one SignerInfo (v1, issuer and serial
 * number) whose signed attributes are exactly contentType, messageDigest and signingTime, and the
 * document-signer certificate in {@code certificates}. The simulator personalises cards with it;
 * the fault knobs ({@link #dataGroupHash}, {@link #hashAlgorithmOid}) let tests build wrong ones.
 *
 * <p>Configuration mistakes (a key that cannot sign, an unknown algorithm name) are programming
 * errors here and surface as {@link IllegalArgumentException} or {@link IllegalStateException}.
 */
public final class SecurityObjectBuilder {
    private LdsDigestAlgorithm digestAlgorithm = LdsDigestAlgorithm.SHA256;
    private String hashAlgorithmOid;
    private final SortedMap<Integer, byte[]> contents = new TreeMap<>();
    private final SortedMap<Integer, byte[]> explicitHashes = new TreeMap<>();
    private LDSVersionInfo versionInfo;
    private Instant signingTime;
    private boolean withSigningTime = true;
    private String signatureAlgorithm;
    private final List<X509Certificate> extraCertificates = new ArrayList<>();

    SecurityObjectBuilder() {
    }

    /** Hash algorithm for the data groups (and, by default, the signature); SHA-256 unless set. */
    public SecurityObjectBuilder digestAlgorithm(LdsDigestAlgorithm algorithm) {
        this.digestAlgorithm = Objects.requireNonNull(algorithm, "algorithm");
        return this;
    }

    /** A data group's file content; its hash is computed when signing. */
    public SecurityObjectBuilder dataGroup(int number, byte[] content) {
        checkNumber(number);
        contents.put(number, content.clone());
        return this;
    }

    /** Lists this hash for the data group as is, whatever its content: for hashes computed elsewhere, or wrong on purpose. */
    public SecurityObjectBuilder dataGroupHash(int number, byte[] hash) {
        checkNumber(number);
        explicitHashes.put(number, hash.clone());
        return this;
    }

    /**
     * Names this OID as the LDSSecurityObject's hash algorithm instead of {@link #digestAlgorithm}'s
     * (tests of unknown algorithms). Data groups given by content are still hashed with
     * {@link #digestAlgorithm}.
     */
    public SecurityObjectBuilder hashAlgorithmOid(String oid) {
        this.hashAlgorithmOid = Objects.requireNonNull(oid, "oid");
        return this;
    }

    /** Makes an LDSSecurityObject v1 carrying these versions, e.g. "0108" and "040000". */
    public SecurityObjectBuilder ldsVersion(String ldsVersion, String unicodeVersion) {
        this.versionInfo = new LDSVersionInfo(ldsVersion, unicodeVersion);
        return this;
    }

    /** The signingTime attribute; the moment of signing unless set. */
    public SecurityObjectBuilder signingTime(Instant time) {
        this.signingTime = Objects.requireNonNull(time, "time");
        this.withSigningTime = true;
        return this;
    }

    /** Leaves signingTime out (it is optional in Doc 9303). */
    public SecurityObjectBuilder withoutSigningTime() {
        this.withSigningTime = false;
        return this;
    }

    /**
     * A JCA signature algorithm name, e.g. {@code SHA256withECDSA}, {@code SHA256withRSA} or
     * {@code SHA256withRSAandMGF1} (RSASSA-PSS). Unless set it follows the key type and the digest.
     */
    public SecurityObjectBuilder signatureAlgorithm(String jcaName) {
        this.signatureAlgorithm = Objects.requireNonNull(jcaName, "jcaName");
        return this;
    }

    /** Adds a further certificate to the SignedData (e.g. a CSCA link certificate). */
    public SecurityObjectBuilder certificate(X509Certificate certificate) {
        extraCertificates.add(Objects.requireNonNull(certificate, "certificate"));
        return this;
    }

    /** Signs with the document signer's key; its certificate goes into the SignedData. */
    public SecurityObject sign(X509Certificate documentSigner, PrivateKey privateKey) {
        Objects.requireNonNull(documentSigner, "documentSigner");
        Objects.requireNonNull(privateKey, "privateKey");
        SortedMap<Integer, byte[]> hashes = new TreeMap<>();
        contents.forEach((number, content) -> hashes.put(number, digestAlgorithm.digest(content)));
        hashes.putAll(explicitHashes);
        if (hashes.size() < 2 || hashes.size() > 16) {
            // LDSSecurityObject's SIZE (2..ub-DataGroups) constraint: DG1 and DG2 are mandatory.
            throw new IllegalStateException("an LDSSecurityObject lists 2 to 16 data groups, not " + hashes.size());
        }
        try {
            byte[] eContent = ldsSecurityObject(hashes).getEncoded(ASN1Encoding.DER);
            String algorithm = signatureAlgorithm != null ? signatureAlgorithm : defaultSignatureAlgorithm(privateKey);
            ContentSigner signer = new JcaContentSignerBuilder(algorithm).setProvider(SecurityObject.BC).build(privateKey);
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(
                    new JcaDigestCalculatorProviderBuilder().setProvider(SecurityObject.BC).build())
                    .setSignedAttributeGenerator(new IcaoSignedAttributes(
                            withSigningTime ? (signingTime != null ? signingTime : Instant.now()) : null))
                    .build(signer, documentSigner));
            generator.addCertificate(new JcaX509CertificateHolder(documentSigner));
            for (X509Certificate extra : extraCertificates) {
                generator.addCertificate(new JcaX509CertificateHolder(extra));
            }
            CMSSignedData signed = generator.generate(
                    new CMSProcessableByteArray(new ASN1ObjectIdentifier(SecurityObject.ID_LDS_SECURITY_OBJECT), eContent),
                    true);
            // The generator builds BER (indefinite lengths); chips hold DER.
            byte[] file = new DERTaggedObject(true, BERTags.APPLICATION, SecurityObject.TAG_NUMBER,
                    signed.toASN1Structure()).getEncoded(ASN1Encoding.DER);
            return SecurityObject.parse(file);
        } catch (OperatorCreationException | CertificateEncodingException e) {
            throw new IllegalArgumentException("cannot sign with this key and certificate: " + e.getMessage(), e);
        } catch (CMSException | IOException e) {
            throw new IllegalStateException("cannot build the SOD: " + e.getMessage(), e);
        } catch (MalformedDataException e) {
            throw new IllegalStateException("the SOD just built does not parse back: " + e.getMessage(), e);
        }
    }

    private LDSSecurityObject ldsSecurityObject(SortedMap<Integer, byte[]> hashes) {
        String oid = hashAlgorithmOid != null ? hashAlgorithmOid : digestAlgorithm.oid();
        // Parameters absent, as RFC 5754 prefers for the SHA-2 family.
        AlgorithmIdentifier algorithm = new AlgorithmIdentifier(new ASN1ObjectIdentifier(oid));
        DataGroupHash[] list = hashes.entrySet().stream()
                .map(entry -> new DataGroupHash(entry.getKey(), new DEROctetString(entry.getValue())))
                .toArray(DataGroupHash[]::new);
        return versionInfo == null ? new LDSSecurityObject(algorithm, list)
                : new LDSSecurityObject(algorithm, list, versionInfo);
    }

    private String defaultSignatureAlgorithm(PrivateKey key) {
        String hash = digestAlgorithm.jcaName().replace("-", "");
        switch (key.getAlgorithm()) {
            case "EC":
            case "ECDSA":
                return hash + "withECDSA";
            case "RSA":
                return hash + "withRSA";
            case "RSASSA-PSS":
                return hash + "withRSAandMGF1";
            default:
                throw new IllegalArgumentException("no default signature algorithm for " + key.getAlgorithm()
                        + " keys; set one with signatureAlgorithm(...)");
        }
    }

    private static void checkNumber(int number) {
        if (number < 1 || number > 16) {
            throw new IllegalArgumentException("data group numbers run from 1 to 16, not " + number);
        }
    }

    /**
     * Exactly the attributes real SODs carry. Bouncy Castle's default generator would add
     * CMSAlgorithmProtection, which no issuer uses and some older readers reject.
     */
    private static final class IcaoSignedAttributes implements CMSAttributeTableGenerator {
        private final Instant signingTime;

        IcaoSignedAttributes(Instant signingTime) {
            this.signingTime = signingTime;
        }

        @Override
        public AttributeTable getAttributes(@SuppressWarnings("rawtypes") Map parameters) {
            Hashtable<ASN1ObjectIdentifier, Attribute> attributes = new Hashtable<>();
            ASN1ObjectIdentifier contentType = (ASN1ObjectIdentifier) parameters.get(CONTENT_TYPE);
            attributes.put(CMSAttributes.contentType, new Attribute(CMSAttributes.contentType, new DERSet(contentType)));
            byte[] digest = (byte[]) parameters.get(DIGEST);
            attributes.put(CMSAttributes.messageDigest,
                    new Attribute(CMSAttributes.messageDigest, new DERSet(new DEROctetString(digest))));
            if (signingTime != null) {
                // Time picks UTCTime up to 2049 and GeneralizedTime after, as RFC 5652 requires.
                attributes.put(CMSAttributes.signingTime, new Attribute(CMSAttributes.signingTime,
                        new DERSet(new Time(Date.from(signingTime)))));
            }
            return new AttributeTable(attributes);
        }
    }
}
