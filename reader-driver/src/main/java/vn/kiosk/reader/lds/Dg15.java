package vn.kiosk.reader.lds;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Objects;

import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.jcajce.util.BCJcaJceHelper;
import org.bouncycastle.jcajce.util.JcaJceHelper;

import vn.kiosk.reader.error.MalformedDataException;
import vn.kiosk.reader.tlv.Tlv;

/**
 * DG15 (file 010F, short file identifier 0F): {@code '6F' { SubjectPublicKeyInfo }}, the public
 * half of the chip's active authentication key (Doc 9303 Part 10, 4.7.15). Doc 9303 allows RSA and
 * ECDSA keys, and a CCCD does not say which it uses, so both are accepted.
 */
public record Dg15(SubjectPublicKeyInfo subjectPublicKeyInfo) {
    public static final int TAG = 0x6F;

    /** Bouncy Castle's provider, unregistered: brainpool curves are missing from the JDK's own. */
    private static final JcaJceHelper JCA = new BCJcaJceHelper();

    public Dg15 {
        Objects.requireNonNull(subjectPublicKeyInfo, "subjectPublicKeyInfo");
    }

    public static Dg15 of(PublicKey key) {
        return new Dg15(SubjectPublicKeyInfo.getInstance(key.getEncoded()));
    }

    /**
     * Parses the file exactly as read. An RSA or EC key must also decode (a modulus or point that
     * does not is malformed); a key of another algorithm is kept, and {@link #publicKey()} refuses it.
     */
    public static Dg15 parse(byte[] file) throws MalformedDataException {
        if (file == null) {
            throw new MalformedDataException("DG15 is empty");
        }
        byte[] value = Tlv.parseOne(file, TAG).value();
        Dg15 dg15 = new Dg15(AlgorithmIdentifiers.publicKey(Asn1Fields.parseOne(value, "DG15 public key"),
                "DG15 public key"));
        if (dg15.keyAlgorithm() != KeyAlgorithm.OTHER) {
            dg15.publicKey();
        }
        return dg15;
    }

    /** The file as a chip stores it. */
    public byte[] encode() {
        return Tlv.encode(TAG, Asn1Fields.der(subjectPublicKeyInfo));
    }

    public KeyAlgorithm keyAlgorithm() {
        String oid = subjectPublicKeyInfo.getAlgorithm().getAlgorithm().getId();
        if (PKCSObjectIdentifiers.rsaEncryption.getId().equals(oid)) {
            return KeyAlgorithm.RSA;
        }
        if (X9ObjectIdentifiers.id_ecPublicKey.getId().equals(oid)) {
            return KeyAlgorithm.EC;
        }
        return KeyAlgorithm.OTHER;
    }

    /** The key as a JCA key (Bouncy Castle's classes); only RSA and EC keys convert. */
    public PublicKey publicKey() throws MalformedDataException {
        KeyAlgorithm algorithm = keyAlgorithm();
        if (algorithm == KeyAlgorithm.OTHER) {
            throw new MalformedDataException("DG15 holds a key of algorithm "
                    + subjectPublicKeyInfo.getAlgorithm().getAlgorithm().getId() + ", neither RSA nor EC");
        }
        try {
            KeyFactory factory = JCA.createKeyFactory(algorithm == KeyAlgorithm.RSA ? "RSA" : "EC");
            return factory.generatePublic(new X509EncodedKeySpec(subjectPublicKeyInfo.getEncoded()));
        } catch (GeneralSecurityException | java.io.IOException | RuntimeException e) {
            throw new MalformedDataException("DG15's " + algorithm + " public key does not decode", e);
        }
    }

    /** What kind of active authentication the key allows. */
    public enum KeyAlgorithm {
        /** ISO/IEC 9796-2 digital signature scheme 1. */
        RSA,
        /** ECDSA, plain signature format (BSI TR-03111). */
        EC,
        /** Anything else: active authentication cannot be verified. */
        OTHER
    }
}
