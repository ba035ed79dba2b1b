package vn.kiosk.reader.aa;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Provider;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.X509EncodedKeySpec;

import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.asn1.x9.X9ECPoint;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.jce.spec.ECParameterSpec;

/** Key pairs for tests, made with Bouncy Castle (the JDK has no brainpool curves). */
public final class TestKeys {
    public static final Provider BC = new BouncyCastleProvider();
    private static final SecureRandom RANDOM = new SecureRandom();

    private TestKeys() {
    }

    public static KeyPair rsa(int bits) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA", BC);
            generator.initialize(bits, RANDOM);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An EC pair on a named curve ("secp256r1", "brainpoolP256r1", ...). */
    public static KeyPair ec(String curve) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", BC);
            generator.initialize(new ECGenParameterSpec(curve), RANDOM);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The same EC public key with its domain parameters spelled out instead of named, as most
     * eMRTDs write them in DG14 and DG15.
     */
    public static SubjectPublicKeyInfo explicitParameters(PublicKey key) {
        org.bouncycastle.jce.interfaces.ECPublicKey ec = (org.bouncycastle.jce.interfaces.ECPublicKey) key;
        ECParameterSpec spec = ec.getParameters();
        X9ECParameters x9 = new X9ECParameters(spec.getCurve(), new X9ECPoint(spec.getG(), false), spec.getN(),
                spec.getH(), spec.getSeed());
        return new SubjectPublicKeyInfo(new AlgorithmIdentifier(X9ObjectIdentifiers.id_ecPublicKey, x9),
                ec.getQ().getEncoded(false));
    }

    public static PublicKey decode(SubjectPublicKeyInfo info, String algorithm) {
        try {
            return KeyFactory.getInstance(algorithm, BC).generatePublic(new X509EncodedKeySpec(info.getEncoded()));
        } catch (GeneralSecurityException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
