package vn.kiosk.simulator.chip.aa;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.crypto.CryptoException;
import org.bouncycastle.crypto.engines.RSAEngine;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.params.RSAKeyParameters;
import org.bouncycastle.crypto.signers.ISO9796d2Signer;
import org.bouncycastle.crypto.util.PrivateKeyFactory;
import org.bouncycastle.jcajce.util.BCJcaJceHelper;
import org.bouncycastle.jcajce.util.JcaJceHelper;

import vn.kiosk.reader.aa.SignatureHash;
import vn.kiosk.reader.apdu.CommandApdu;
import vn.kiosk.reader.apdu.ResponseApdu;
import vn.kiosk.reader.apdu.StatusWords;
import vn.kiosk.reader.error.MalformedDataException;
import vn.kiosk.reader.lds.ActiveAuthenticationInfo;
import vn.kiosk.reader.lds.Dg14;

/**
 * Active authentication, chip side (Doc 9303 Part 11, 6.1): INTERNAL AUTHENTICATE
 * ({@code 00 88 00 00}, 8-byte challenge) answered with a signature by the chip's private key.
 * <ul>
 * <li>RSA: ISO/IEC 9796-2 scheme 1 with partial recovery over M1 || challenge, M1 random and as
 * long as the signature leaves room for; SHA-1 with the implicit trailer BC, or another hash with
 * its explicit trailer.</li>
 * <li>EC: ECDSA in the plain r||s format.</li>
 * </ul>
 * The hash comes from the chip's own DG14: its ActiveAuthenticationInfo names it (for RSA an RSA
 * signature OID like sha256WithRSAEncryption is understood too), SHA-1 when there is none. The
 * chip signs with whatever key it holds: a cloned chip's key does not match DG15, so its
 * signatures fail, with no special case here.
 * <p>
 * Status words: 9000; 6985 no private key; 6A86 P1/P2 not zero; 6700 a challenge that is not 8
 * bytes, or a signature longer than Ne.
 */
public final class ChipActiveAuthentication {
    static final int CHALLENGE_LENGTH = 8;

    private static final JcaJceHelper JCA = new BCJcaJceHelper();
    private static final Map<String, SignatureHash> RSA_SIGNATURE_OIDS = Map.of(
            PKCSObjectIdentifiers.sha1WithRSAEncryption.getId(), SignatureHash.SHA1,
            PKCSObjectIdentifiers.sha224WithRSAEncryption.getId(), SignatureHash.SHA224,
            PKCSObjectIdentifiers.sha256WithRSAEncryption.getId(), SignatureHash.SHA256,
            PKCSObjectIdentifiers.sha384WithRSAEncryption.getId(), SignatureHash.SHA384,
            PKCSObjectIdentifiers.sha512WithRSAEncryption.getId(), SignatureHash.SHA512);

    private final Optional<PrivateKey> key;
    private final SignatureHash hash;
    private final SecureRandom random;

    public ChipActiveAuthentication(Optional<PrivateKey> key, SignatureHash hash, SecureRandom random) {
        this.key = Objects.requireNonNull(key, "key");
        this.hash = Objects.requireNonNull(hash, "hash");
        this.random = Objects.requireNonNull(random, "random");
    }

    /** The chip a card personalised with this key and DG14 (either may be absent) runs. */
    public static ChipActiveAuthentication forCard(Optional<PrivateKey> key, Optional<byte[]> dg14,
                                                   SecureRandom random) {
        return new ChipActiveAuthentication(key, hashNamedBy(dg14), random);
    }

    /** The hash DG14's ActiveAuthenticationInfo names; SHA-1 when it names none (or DG14 does not parse). */
    static SignatureHash hashNamedBy(Optional<byte[]> dg14) {
        Optional<String> oid;
        try {
            oid = dg14.isPresent()
                    ? Dg14.parse(dg14.get()).activeAuthenticationInfo().flatMap(ActiveAuthenticationInfo::signatureAlgorithm)
                    : Optional.empty();
        } catch (MalformedDataException e) {
            oid = Optional.empty();
        }
        return oid.flatMap(o -> SignatureHash.ofSignatureAlgorithm(o).or(() -> Optional.ofNullable(RSA_SIGNATURE_OIDS.get(o))))
                .orElse(SignatureHash.SHA1);
    }

    public ResponseApdu internalAuthenticate(CommandApdu command) {
        if (key.isEmpty()) {
            return new ResponseApdu(StatusWords.CONDITIONS_NOT_SATISFIED);
        }
        if (command.p1() != 0 || command.p2() != 0) {
            return new ResponseApdu(StatusWords.INCORRECT_P1P2);
        }
        byte[] challenge = command.data();
        if (challenge.length != CHALLENGE_LENGTH) {
            return new ResponseApdu(StatusWords.WRONG_LENGTH);
        }
        byte[] signature;
        try {
            signature = sign(key.get(), challenge);
        } catch (GeneralSecurityException | CryptoException | IOException | RuntimeException e) {
            return new ResponseApdu(StatusWords.UNKNOWN);
        }
        if (signature.length > command.ne()) {
            return new ResponseApdu(StatusWords.WRONG_LENGTH);
        }
        return new ResponseApdu(signature, StatusWords.OK);
    }

    private byte[] sign(PrivateKey privateKey, byte[] challenge)
            throws GeneralSecurityException, CryptoException, IOException {
        if ("RSA".equals(privateKey.getAlgorithm())) {
            return signRsa(privateKey, challenge);
        }
        Signature ecdsa = JCA.createSignature(hash.ecdsaPlainAlgorithm());
        ecdsa.initSign(privateKey, random);
        ecdsa.update(challenge);
        return ecdsa.sign();
    }

    private byte[] signRsa(PrivateKey privateKey, byte[] challenge) throws CryptoException, IOException {
        AsymmetricKeyParameter parameters = PrivateKeyFactory.createKey(privateKey.getEncoded());
        boolean implicit = hash == SignatureHash.SHA1;
        ISO9796d2Signer signer = new ISO9796d2Signer(new RSAEngine(), hash.newDigest(), implicit);
        signer.init(true, parameters);
        // M1 fills what the signature block leaves after the header, the hash and the trailer, so the
        // challenge (M2) is exactly the part that is not recovered.
        int blockBytes = (((RSAKeyParameters) parameters).getModulus().bitLength() + 7) / 8;
        byte[] m1 = new byte[blockBytes - hash.newDigest().getDigestSize() - (implicit ? 2 : 3)];
        random.nextBytes(m1);
        signer.update(m1, 0, m1.length);
        signer.update(challenge, 0, challenge.length);
        return signer.generateSignature();
    }

    @Override
    public String toString() {
        return "ChipActiveAuthentication[key=" + key.map(PrivateKey::getAlgorithm).orElse("none") + ", " + hash + "]";
    }
}
