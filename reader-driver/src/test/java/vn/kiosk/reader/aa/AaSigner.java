package vn.kiosk.reader.aa;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;

import org.bouncycastle.crypto.engines.RSAEngine;
import org.bouncycastle.crypto.params.RSAPrivateCrtKeyParameters;
import org.bouncycastle.crypto.signers.ISO9796d2Signer;
import org.bouncycastle.crypto.util.PrivateKeyFactory;
import org.bouncycastle.util.BigIntegers;

/** Signatures a chip would give, made in the test without the simulator (which reader-driver cannot see). */
final class AaSigner {
    private static final SecureRandom RANDOM = new SecureRandom();

    private AaSigner() {
    }

    /** Bouncy Castle's ISO/IEC 9796-2 signer over M1 || challenge, M1 filling the recoverable room. */
    static byte[] iso9796(PrivateKey key, SignatureHash hash, boolean implicit, byte[] challenge) throws Exception {
        ISO9796d2Signer signer = new ISO9796d2Signer(new RSAEngine(), hash.newDigest(), implicit);
        signer.init(true, PrivateKeyFactory.createKey(key.getEncoded()));
        int k = (((RSAPrivateCrtKey) key).getModulus().bitLength() + 7) / 8;
        byte[] m1 = new byte[k - hash.newDigest().getDigestSize() - (implicit ? 2 : 3)];
        RANDOM.nextBytes(m1);
        signer.update(m1, 0, m1.length);
        signer.update(challenge, 0, challenge.length);
        return signer.generateSignature();
    }

    /**
     * The same signature assembled by hand from Doc 9303 Part 11, 6.1.2: block 6A || M1 || H(M1 || M2)
     * || trailer, then the raw RSA private-key operation. Independent of ISO9796d2Signer's signing half.
     */
    static byte[] byHand(KeyPair pair, String jdkDigest, byte[] trailer, byte[] challenge) throws Exception {
        BigInteger n = ((RSAPublicKey) pair.getPublic()).getModulus();
        int k = (n.bitLength() + 7) / 8;
        MessageDigest digest = MessageDigest.getInstance(jdkDigest);
        byte[] m1 = new byte[k - 1 - digest.getDigestLength() - trailer.length];
        RANDOM.nextBytes(m1);
        digest.update(m1);
        digest.update(challenge);
        byte[] h = digest.digest();
        byte[] block = new byte[k];
        block[0] = 0x6A;
        System.arraycopy(m1, 0, block, 1, m1.length);
        System.arraycopy(h, 0, block, 1 + m1.length, h.length);
        System.arraycopy(trailer, 0, block, k - trailer.length, trailer.length);
        RSAEngine rsa = new RSAEngine();
        rsa.init(true, (RSAPrivateCrtKeyParameters) PrivateKeyFactory.createKey(pair.getPrivate().getEncoded()));
        return BigIntegers.asUnsignedByteArray(k, new BigInteger(1, rsa.processBlock(block, 0, k)));
    }

    static byte[] ecdsa(PrivateKey key, String algorithm, byte[] challenge) throws GeneralSecurityException {
        Signature signature = Signature.getInstance(algorithm, TestKeys.BC);
        signature.initSign(key, RANDOM);
        signature.update(challenge);
        return signature.sign();
    }
}
