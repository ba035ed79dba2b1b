package vn.kiosk.reader.pace;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.Objects;

import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.generators.ECKeyPairGenerator;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECKeyGenerationParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.math.ec.FixedPointCombMultiplier;

/**
 * An ephemeral key pair over some domain (the standard one for the mapping step, the mapped
 * generator for key agreement).
 *
 * @param privateKey the scalar; never printed
 * @param publicKey  privateKey times the domain's generator
 */
public record EcKeyPair(BigInteger privateKey, ECPoint publicKey) {

    public EcKeyPair {
        Objects.requireNonNull(privateKey, "privateKey");
        publicKey = publicKey.normalize();
    }

    /** A fresh pair from Bouncy Castle's generator (private key uniform in [1, n-1]). */
    public static EcKeyPair generate(ECDomainParameters domain, SecureRandom random) {
        ECKeyPairGenerator generator = new ECKeyPairGenerator();
        generator.init(new ECKeyGenerationParameters(domain, random));
        AsymmetricCipherKeyPair pair = generator.generateKeyPair();
        return new EcKeyPair(((ECPrivateKeyParameters) pair.getPrivate()).getD(),
                ((ECPublicKeyParameters) pair.getPublic()).getQ());
    }

    /** The pair for a given private key: how the worked example's published keys are replayed. */
    public static EcKeyPair of(ECDomainParameters domain, BigInteger privateKey) {
        if (privateKey.signum() <= 0 || privateKey.compareTo(domain.getN()) >= 0) {
            throw new IllegalArgumentException("private key out of range");
        }
        return new EcKeyPair(privateKey, new FixedPointCombMultiplier().multiply(domain.getG(), privateKey));
    }

    @Override
    public String toString() {
        return "EcKeyPair[***]";
    }
}
