package vn.kiosk.simulator.pki;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Arrays;
import java.util.Optional;

/** Key types the test PKI issues: what document signers of ID cards use in practice. */
public enum KeyAlgorithm {
    EC_P256("ec-p256", "SHA256withECDSA"),
    BRAINPOOL_P256R1("brainpool-p256r1", "SHA256withECDSA"),
    RSA_2048("rsa-2048", "SHA256withRSA");

    private final String cliName;
    private final String signatureAlgorithm;

    KeyAlgorithm(String cliName, String signatureAlgorithm) {
        this.cliName = cliName;
        this.signatureAlgorithm = signatureAlgorithm;
    }

    /** The name {@code simulator pki --key} takes. */
    public String cliName() {
        return cliName;
    }

    /** The JCA algorithm certificates, CRLs and SODs are signed with under such a key. */
    public String signatureAlgorithm() {
        return signatureAlgorithm;
    }

    public KeyPair generate(SecureRandom random) {
        try {
            KeyPairGenerator generator;
            switch (this) {
                case EC_P256:
                    generator = KeyPairGenerator.getInstance("EC", Bc.PROVIDER);
                    generator.initialize(new ECGenParameterSpec("secp256r1"), random);
                    break;
                case BRAINPOOL_P256R1:
                    generator = KeyPairGenerator.getInstance("EC", Bc.PROVIDER);
                    generator.initialize(new ECGenParameterSpec("brainpoolP256r1"), random);
                    break;
                case RSA_2048:
                    generator = KeyPairGenerator.getInstance("RSA", Bc.PROVIDER);
                    generator.initialize(2048, random);
                    break;
                default:
                    throw new IllegalStateException("unhandled " + this);
            }
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot generate a " + cliName + " key", e);
        }
    }

    /** A fresh key pair on the same curve, or of the same RSA size, as {@code model}. */
    static KeyPair generateLike(PublicKey model, SecureRandom random) {
        try {
            if (model instanceof ECPublicKey ec) {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", Bc.PROVIDER);
                generator.initialize(ec.getParams(), random);
                return generator.generateKeyPair();
            }
            if (model instanceof RSAPublicKey rsa) {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA", Bc.PROVIDER);
                generator.initialize(rsa.getModulus().bitLength(), random);
                return generator.generateKeyPair();
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot generate a key like the document signer's", e);
        }
        throw new IllegalArgumentException("unsupported key type " + model.getAlgorithm());
    }

    static String signatureAlgorithmFor(PublicKey key) {
        return key instanceof RSAPublicKey ? "SHA256withRSA" : "SHA256withECDSA";
    }

    public static Optional<KeyAlgorithm> fromCliName(String name) {
        return Arrays.stream(values()).filter(value -> value.cliName.equals(name)).findFirst();
    }
}
