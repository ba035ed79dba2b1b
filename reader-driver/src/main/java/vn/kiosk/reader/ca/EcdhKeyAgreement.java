package vn.kiosk.reader.ca;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECParameterSpec;
import java.security.spec.X509EncodedKeySpec;

import javax.crypto.KeyAgreement;

import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.jcajce.util.BCJcaJceHelper;
import org.bouncycastle.jcajce.util.JcaJceHelper;
import org.bouncycastle.util.BigIntegers;

/**
 * The terminal's half of chip authentication's ECDH, through the JCA (Bouncy Castle's provider,
 * unregistered; the JDK's lacks brainpool). The ephemeral key lives on the domain parameters of
 * the chip's static key, which DG14 gives as a named curve or, as on most eMRTDs, explicitly.
 */
final class EcdhKeyAgreement {
    private static final JcaJceHelper JCA = new BCJcaJceHelper();

    private EcdhKeyAgreement() {
    }

    /** The chip's static key from DG14; the key factory checks that the point lies on its curve. */
    static ECPublicKey chipKey(SubjectPublicKeyInfo info) throws GeneralSecurityException {
        try {
            PublicKey key = JCA.createKeyFactory("EC").generatePublic(new X509EncodedKeySpec(info.getEncoded()));
            if (!(key instanceof ECPublicKey ec)) {
                throw new GeneralSecurityException("not an EC key");
            }
            return ec;
        } catch (java.io.IOException | RuntimeException e) {
            throw new GeneralSecurityException("the chip authentication key does not decode", e);
        }
    }

    static KeyPair ephemeral(ECParameterSpec domain, SecureRandom random) throws GeneralSecurityException {
        KeyPairGenerator generator = JCA.createKeyPairGenerator("EC");
        generator.initialize(domain, random);
        return generator.generateKeyPair();
    }

    /** 04 || X || Y, each coordinate padded to the field length. */
    static byte[] encode(ECPublicKey key) {
        int length = fieldLength(key.getParams());
        byte[] x = BigIntegers.asUnsignedByteArray(length, key.getW().getAffineX());
        byte[] y = BigIntegers.asUnsignedByteArray(length, key.getW().getAffineY());
        byte[] out = new byte[1 + 2 * length];
        out[0] = 0x04;
        System.arraycopy(x, 0, out, 1, length);
        System.arraycopy(y, 0, out, 1 + length, length);
        return out;
    }

    /**
     * The x-coordinate of the shared point, exactly field-length: a secret with its leading zero
     * dropped derives other keys than the chip's, about once in 256 runs.
     */
    static byte[] sharedSecret(PrivateKey own, ECPublicKey peer) throws GeneralSecurityException {
        KeyAgreement agreement = JCA.createKeyAgreement("ECDH");
        agreement.init(own);
        agreement.doPhase(peer, true);
        byte[] secret = agreement.generateSecret();
        int length = fieldLength(peer.getParams());
        if (secret.length > length) {
            throw new GeneralSecurityException("the shared secret is longer than a field element");
        }
        return secret.length == length ? secret : BigIntegers.asUnsignedByteArray(length, new BigInteger(1, secret));
    }

    static int fieldLength(ECParameterSpec domain) {
        return (domain.getCurve().getField().getFieldSize() + 7) / 8;
    }
}
