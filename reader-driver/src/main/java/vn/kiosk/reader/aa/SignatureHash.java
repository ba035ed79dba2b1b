package vn.kiosk.reader.aa;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.bouncycastle.asn1.bsi.BSIObjectIdentifiers;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.digests.RIPEMD160Digest;
import org.bouncycastle.crypto.digests.SHA1Digest;
import org.bouncycastle.crypto.digests.SHA224Digest;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.digests.SHA384Digest;
import org.bouncycastle.crypto.digests.SHA512Digest;
import org.bouncycastle.crypto.signers.ISOTrailers;

/**
 * The hash functions an active authentication signature may use, with the three ways they are
 * named: the ISO/IEC 9796-2 trailer of an RSA signature, the signatureAlgorithm OID of DG14's
 * ActiveAuthenticationInfo (BSI TR-03111 ecdsa-plain-*, or the X9.62 ecdsa-with-* some issuers
 * write instead), and the JCA algorithm names Bouncy Castle registers.
 */
public enum SignatureHash {
    SHA1("SHA-1", "SHA1", ISOTrailers.TRAILER_SHA1, SHA1Digest::new,
            BSIObjectIdentifiers.ecdsa_plain_SHA1.getId(), X9ObjectIdentifiers.ecdsa_with_SHA1.getId()),
    SHA224("SHA-224", "SHA224", ISOTrailers.TRAILER_SHA224, SHA224Digest::new,
            BSIObjectIdentifiers.ecdsa_plain_SHA224.getId(), X9ObjectIdentifiers.ecdsa_with_SHA224.getId()),
    SHA256("SHA-256", "SHA256", ISOTrailers.TRAILER_SHA256, SHA256Digest::new,
            BSIObjectIdentifiers.ecdsa_plain_SHA256.getId(), X9ObjectIdentifiers.ecdsa_with_SHA256.getId()),
    SHA384("SHA-384", "SHA384", ISOTrailers.TRAILER_SHA384, SHA384Digest::new,
            BSIObjectIdentifiers.ecdsa_plain_SHA384.getId(), X9ObjectIdentifiers.ecdsa_with_SHA384.getId()),
    SHA512("SHA-512", "SHA512", ISOTrailers.TRAILER_SHA512, SHA512Digest::new,
            BSIObjectIdentifiers.ecdsa_plain_SHA512.getId(), X9ObjectIdentifiers.ecdsa_with_SHA512.getId()),
    RIPEMD160("RIPEMD-160", "RIPEMD160", ISOTrailers.TRAILER_RIPEMD160, RIPEMD160Digest::new,
            BSIObjectIdentifiers.ecdsa_plain_RIPEMD160.getId(), null);

    /** ISO/IEC 9796-2's one-byte trailer: the hash is implied, which Doc 9303 fixes as SHA-1. */
    public static final int TRAILER_IMPLICIT = ISOTrailers.TRAILER_IMPLICIT;

    private final String displayName;
    private final String jcaPrefix;
    private final int isoTrailer;
    private final Supplier<Digest> digest;
    private final String ecdsaPlainOid;
    private final String ecdsaX962Oid;

    SignatureHash(String displayName, String jcaPrefix, int isoTrailer, Supplier<Digest> digest,
                  String ecdsaPlainOid, String ecdsaX962Oid) {
        this.displayName = displayName;
        this.jcaPrefix = jcaPrefix;
        this.isoTrailer = isoTrailer;
        this.digest = digest;
        this.ecdsaPlainOid = ecdsaPlainOid;
        this.ecdsaX962Oid = ecdsaX962Oid;
    }

    public String displayName() {
        return displayName;
    }

    /** A fresh Bouncy Castle digest, as ISO9796d2Signer takes it. */
    public Digest newDigest() {
        return digest.get();
    }

    /** The two-byte explicit ISO/IEC 9796-2 trailer ({@code 0x34CC} for SHA-256). */
    public int isoTrailer() {
        return isoTrailer;
    }

    /** Bouncy Castle's name for ECDSA with the plain r||s encoding (BSI TR-03111), which Doc 9303 requires. */
    public String ecdsaPlainAlgorithm() {
        return jcaPrefix + "withPLAIN-ECDSA";
    }

    /** The DER-encoded ECDSA signature, which some chips send despite Doc 9303. */
    public String ecdsaDerAlgorithm() {
        return jcaPrefix + "withECDSA";
    }

    /** The ecdsa-plain-* OID of BSI TR-03111, as DG14's ActiveAuthenticationInfo carries it. */
    public String ecdsaPlainOid() {
        return ecdsaPlainOid;
    }

    /** The hash an explicit two-byte trailer names. */
    public static Optional<SignatureHash> ofIsoTrailer(int trailer) {
        return Arrays.stream(values()).filter(h -> h.isoTrailer == trailer).findFirst();
    }

    /** The hash an ActiveAuthenticationInfo signatureAlgorithm names, if it is one of ours. */
    public static Optional<SignatureHash> ofSignatureAlgorithm(String oid) {
        return Arrays.stream(values())
                .filter(h -> h.ecdsaPlainOid.equals(oid) || (h.ecdsaX962Oid != null && h.ecdsaX962Oid.equals(oid)))
                .findFirst();
    }

    /** Every hash, most likely first: what a verifier tries when nothing says which one was used. */
    public static List<SignatureHash> likelyFirst() {
        return List.of(SHA1, SHA256, SHA224, SHA384, SHA512, RIPEMD160);
    }

    @Override
    public String toString() {
        return displayName;
    }
}
