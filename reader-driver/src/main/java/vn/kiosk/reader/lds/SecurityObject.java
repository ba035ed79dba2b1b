package vn.kiosk.reader.lds;

import java.io.IOException;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Set;
import org.bouncycastle.asn1.ASN1TaggedObject;
import org.bouncycastle.asn1.BERTags;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.icao.DataGroupHash;
import org.bouncycastle.asn1.icao.LDSSecurityObject;
import org.bouncycastle.asn1.icao.LDSVersionInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessable;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerId;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.util.Store;

import vn.kiosk.reader.error.MalformedDataException;

/**
 * EF.SOD, the document security object (Doc 9303 Part 10, 4.6.2): {@code 77 L} wrapping a CMS
 * SignedData whose encapsulated content is an {@code LDSSecurityObject}, the list of data-group
 * hashes the document signer vouches for.
 *
 * <p>This class only decodes; whether the signature, the certificates and the hashes are right is
 * {@code vn.kiosk.reader.verify.PassiveAuthentication}'s job. Parsing accepts any content type,
 * signature algorithm or hash algorithm so that verification can say precisely what is wrong.
 */
public final class SecurityObject {
    /** id-icao-mrtd-security-ldsSecurityObject, the eContentType of every ICAO SOD. */
    public static final String ID_LDS_SECURITY_OBJECT = "2.23.136.1.1.1";

    /** 0x77: [APPLICATION 23], constructed. */
    static final int TAG = 0x77;
    static final int TAG_NUMBER = 23;

    // One provider instance, never registered with java.security.Security: brainpool keys and
    // certificates need Bouncy Castle, but the JVM-wide provider list is not ours to change.
    static final Provider BC = new BouncyCastleProvider();

    private final byte[] encoded;
    private final int version;
    private final Optional<LdsVersion> ldsVersion;
    private final String digestAlgorithmOid;
    private final SortedMap<Integer, byte[]> dataGroupHashes;
    private final String eContentType;
    private final byte[] eContent;
    private final List<X509Certificate> certificates;
    private final Optional<X509Certificate> signerCertificate;
    private final SignerInformation signer;
    private final SignedAttributes signedAttributes;

    private SecurityObject(byte[] encoded, int version, Optional<LdsVersion> ldsVersion, String digestAlgorithmOid,
                           SortedMap<Integer, byte[]> dataGroupHashes, String eContentType, byte[] eContent,
                           List<X509Certificate> certificates, Optional<X509Certificate> signerCertificate,
                           SignerInformation signer, SignedAttributes signedAttributes) {
        this.encoded = encoded;
        this.version = version;
        this.ldsVersion = ldsVersion;
        this.digestAlgorithmOid = digestAlgorithmOid;
        this.dataGroupHashes = dataGroupHashes;
        this.eContentType = eContentType;
        this.eContent = eContent;
        this.certificates = certificates;
        this.signerCertificate = signerCertificate;
        this.signer = signer;
        this.signedAttributes = signedAttributes;
    }

    /** LDS version and Unicode version of an LDSSecurityObject v1, e.g. "0108" and "040000". */
    public record LdsVersion(String ldsVersion, String unicodeVersion) {
    }

    /**
     * The signed attributes Doc 9303 requires (contentType, messageDigest) and the signing time most
     * issuers add. Each is empty when the signer left it out; {@code encoded} is the DER SET the
     * signature covers (empty array when there are no signed attributes at all).
     */
    public record SignedAttributes(Optional<String> contentType, Optional<byte[]> messageDigest,
                                   Optional<Instant> signingTime, int count, byte[] encoded) {
        public SignedAttributes {
            messageDigest = messageDigest.map(byte[]::clone);
            encoded = encoded.clone();
        }

        @Override
        public Optional<byte[]> messageDigest() {
            return messageDigest.map(byte[]::clone);
        }

        @Override
        public byte[] encoded() {
            return encoded.clone();
        }
    }

    /** Decodes EF.SOD as read from the chip. Anything that is not a well-formed SOD is malformed. */
    public static SecurityObject parse(byte[] file) throws MalformedDataException {
        ASN1Primitive outer = Asn1Fields.parseOne(file, "EF.SOD");
        if ((file[0] & 0xFF) != TAG || !(outer instanceof ASN1TaggedObject tagged)
                || tagged.getTagClass() != BERTags.APPLICATION || tagged.getTagNo() != TAG_NUMBER) {
            throw new MalformedDataException("EF.SOD does not start with tag 77");
        }
        try {
            return decode(file.clone(), tagged);
        } catch (MalformedDataException e) {
            throw e;
        } catch (CMSException | CertificateException | IOException | RuntimeException e) {
            // Bouncy Castle reports broken structures with whatever exception its decoder hit.
            throw new MalformedDataException("EF.SOD is not a valid CMS SignedData: " + e.getMessage(), e);
        }
    }

    private static SecurityObject decode(byte[] encoded, ASN1TaggedObject tagged)
            throws MalformedDataException, CMSException, CertificateException, IOException {
        ContentInfo contentInfo = ContentInfo.getInstance(tagged.getExplicitBaseObject());
        if (!CMSObjectIdentifiers.signedData.equals(contentInfo.getContentType())) {
            throw new MalformedDataException("EF.SOD holds content type " + contentInfo.getContentType().getId()
                    + ", not signedData");
        }
        CMSSignedData cms = new CMSSignedData(contentInfo);

        CMSProcessable content = cms.getSignedContent();
        if (content == null || !(content.getContent() instanceof byte[] eContent)) {
            throw new MalformedDataException("EF.SOD has no encapsulated LDSSecurityObject");
        }
        LDSSecurityObject lds = LDSSecurityObject.getInstance(Asn1Fields.parseOne(eContent, "LDSSecurityObject"));
        SortedMap<Integer, byte[]> hashes = hashes(lds.getDatagroupHash());
        LDSVersionInfo versionInfo = lds.getVersionInfo();
        Optional<LdsVersion> ldsVersion = versionInfo == null ? Optional.empty()
                : Optional.of(new LdsVersion(versionInfo.getLdsVersion(), versionInfo.getUnicodeVersion()));

        Collection<SignerInformation> signers = cms.getSignerInfos().getSigners();
        if (signers.isEmpty()) {
            throw new MalformedDataException("EF.SOD has no SignerInfo");
        }
        // Doc 9303 recommends exactly one SignerInfo; like other readers we rely on the first.
        SignerInformation signer = signers.iterator().next();

        Store<X509CertificateHolder> store = cms.getCertificates();
        JcaX509CertificateConverter converter = new JcaX509CertificateConverter().setProvider(BC);
        List<X509Certificate> certificates = new ArrayList<>();
        Optional<X509Certificate> signerCertificate = Optional.empty();
        for (X509CertificateHolder holder : store.getMatches(null)) {
            X509Certificate certificate = converter.getCertificate(holder);
            certificates.add(certificate);
            if (signerCertificate.isEmpty() && signer.getSID().match(holder)) {
                signerCertificate = Optional.of(certificate);
            }
        }

        return new SecurityObject(encoded, lds.getVersion(), ldsVersion,
                lds.getDigestAlgorithmIdentifier().getAlgorithm().getId(), Collections.unmodifiableSortedMap(hashes),
                cms.getSignedContentTypeOID(), eContent.clone(), List.copyOf(certificates), signerCertificate,
                signer, signedAttributes(signer));
    }

    private static SortedMap<Integer, byte[]> hashes(DataGroupHash[] hashes) throws MalformedDataException {
        SortedMap<Integer, byte[]> map = new TreeMap<>();
        for (DataGroupHash hash : hashes) {
            int number = hash.getDataGroupNumber();
            if (number < 1 || number > 16) {
                throw new MalformedDataException("LDSSecurityObject lists data group " + number + ", outside 1..16");
            }
            if (map.put(number, hash.getDataGroupHashValue().getOctets()) != null) {
                throw new MalformedDataException("LDSSecurityObject lists DG" + number + " twice");
            }
        }
        return map;
    }

    private static SignedAttributes signedAttributes(SignerInformation signer)
            throws MalformedDataException, IOException {
        AttributeTable table = signer.getSignedAttributes();
        if (table == null) {
            return new SignedAttributes(Optional.empty(), Optional.empty(), Optional.empty(), 0, new byte[0]);
        }
        Optional<ASN1Encodable> contentType = single(table, CMSAttributes.contentType, "contentType");
        Optional<ASN1Encodable> digest = single(table, CMSAttributes.messageDigest, "messageDigest");
        Optional<ASN1Encodable> time = single(table, CMSAttributes.signingTime, "signingTime");
        if (contentType.isPresent() && !(contentType.get() instanceof ASN1ObjectIdentifier)) {
            throw new MalformedDataException("the contentType attribute is not an OBJECT IDENTIFIER");
        }
        if (digest.isPresent() && !(digest.get() instanceof ASN1OctetString)) {
            throw new MalformedDataException("the messageDigest attribute is not an OCTET STRING");
        }
        return new SignedAttributes(
                contentType.map(value -> ((ASN1ObjectIdentifier) value).getId()),
                digest.map(value -> ((ASN1OctetString) value).getOctets()),
                time.map(value -> Time.getInstance(value).getDate().toInstant()),
                table.size(),
                signer.getEncodedSignedAttributes());
    }

    /** RFC 5652 5.3: these attributes occur once, with exactly one value. */
    private static Optional<ASN1Encodable> single(AttributeTable table, ASN1ObjectIdentifier type, String name)
            throws MalformedDataException {
        ASN1EncodableVector all = table.getAll(type);
        if (all.size() == 0) {
            return Optional.empty();
        }
        if (all.size() > 1) {
            throw new MalformedDataException("the " + name + " attribute occurs " + all.size() + " times");
        }
        ASN1Set values = Attribute.getInstance(all.get(0)).getAttrValues();
        if (values.size() != 1) {
            throw new MalformedDataException("the " + name + " attribute has " + values.size() + " values");
        }
        return Optional.of(values.getObjectAt(0));
    }

    /** Signs the data groups with SHA-256 hashes and the signer's default signature algorithm. */
    public static SecurityObject sign(Map<Integer, byte[]> dataGroups, X509Certificate documentSigner,
                                      PrivateKey privateKey) {
        SecurityObjectBuilder builder = builder();
        dataGroups.forEach(builder::dataGroup);
        return builder.sign(documentSigner, privateKey);
    }

    /** A builder for the simulator and for tests: data groups, algorithms, signing time, faults. */
    public static SecurityObjectBuilder builder() {
        return new SecurityObjectBuilder();
    }

    /** The whole file, tag 77 included: what a backend needs to re-verify. */
    public byte[] encoded() {
        return encoded.clone();
    }

    /** LDSSecurityObject version: 0, or 1 when it carries an {@link #ldsVersion()}. */
    public int version() {
        return version;
    }

    public Optional<LdsVersion> ldsVersion() {
        return ldsVersion;
    }

    /** The hash algorithm of the data-group hashes, as the SOD names it. */
    public String digestAlgorithmOid() {
        return digestAlgorithmOid;
    }

    /** The hash algorithm of the data-group hashes, if it is one Doc 9303 allows. */
    public Optional<LdsDigestAlgorithm> digestAlgorithm() {
        return LdsDigestAlgorithm.fromOid(digestAlgorithmOid);
    }

    /** Data-group number to the hash the SOD lists for it, in number order (copies). */
    public SortedMap<Integer, byte[]> dataGroupHashes() {
        SortedMap<Integer, byte[]> copy = new TreeMap<>();
        dataGroupHashes.forEach((number, hash) -> copy.put(number, hash.clone()));
        return Collections.unmodifiableSortedMap(copy);
    }

    public Optional<byte[]> dataGroupHash(int number) {
        return Optional.ofNullable(dataGroupHashes.get(number)).map(byte[]::clone);
    }

    /** The data groups the SOD vouches for. */
    public List<Integer> dataGroupNumbers() {
        return List.copyOf(dataGroupHashes.keySet());
    }

    /** The CMS eContentType; {@link #ID_LDS_SECURITY_OBJECT} on every conforming document. */
    public String eContentType() {
        return eContentType;
    }

    /** The DER LDSSecurityObject the messageDigest attribute is computed over. */
    public byte[] encapsulatedContent() {
        return eContent.clone();
    }

    /** Every certificate in the SignedData, in the order encoded. */
    public List<X509Certificate> certificates() {
        return certificates;
    }

    /** The certificate the SignerInfo's identifier points at, if the SOD carries it. */
    public Optional<X509Certificate> signerCertificate() {
        return signerCertificate;
    }

    /** Which certificate signed (issuer and serial number, or subject key identifier). */
    public SignerId signerId() {
        return signer.getSID();
    }

    /** Bouncy Castle's view of the SignerInfo, bound to the encapsulated content, for verification. */
    public SignerInformation signerInformation() {
        return signer;
    }

    /** The SignerInfo's digest algorithm (used for messageDigest), as an OID. */
    public String signerDigestAlgorithmOid() {
        return signer.getDigestAlgOID();
    }

    /** The SignerInfo's signature algorithm, as an OID. */
    public String signatureAlgorithmOid() {
        return signer.getEncryptionAlgOID();
    }

    public byte[] signature() {
        return signer.getSignature();
    }

    public SignedAttributes signedAttributes() {
        return signedAttributes;
    }

    public Optional<Instant> signingTime() {
        return signedAttributes.signingTime();
    }

    /**
     * A summary for logs: algorithms and data-group numbers, never hashes or a fingerprint of the
     * file (they derive from personal data and would identify the document).
     */
    @Override
    public String toString() {
        return "SecurityObject[v" + version + ", hash " + digestAlgorithm().map(Enum::name).orElse(digestAlgorithmOid)
                + ", DGs " + dataGroupHashes.keySet() + ", signature " + signatureAlgorithmOid()
                + ", " + certificates.size() + " certificate(s), " + encoded.length + " bytes]";
    }
}
