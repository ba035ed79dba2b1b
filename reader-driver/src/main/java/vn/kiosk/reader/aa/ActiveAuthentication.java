package vn.kiosk.reader.aa;

import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Objects;
import java.util.Optional;

import vn.kiosk.reader.access.FileReader;
import vn.kiosk.reader.apdu.ApduChannel;
import vn.kiosk.reader.apdu.CommandApdu;
import vn.kiosk.reader.apdu.ResponseApdu;
import vn.kiosk.reader.apdu.StatusWords;
import vn.kiosk.reader.error.MalformedDataException;
import vn.kiosk.reader.error.ReaderException;
import vn.kiosk.reader.lds.Dg14;
import vn.kiosk.reader.lds.Dg15;

/**
 * Active authentication, terminal side (ICAO Doc 9303 Part 11, 6.1): the chip signs an 8-byte
 * challenge with the private key whose public half DG15 holds, which a copy of the files cannot
 * do. Passive authentication must have vouched for DG15 (and DG14) for the verdict to mean
 * anything; this class only checks the signature.
 * <p>
 * The challenge is random, or a backend's nonce so the backend can later check the signature
 * itself with {@link #verify}. A chip that refuses to sign although DG15 promises it can is
 * reported INVALID: a clone with copied files would refuse too.
 */
public final class ActiveAuthentication {
    public static final int CHALLENGE_LENGTH = 8;

    private static final int INS_INTERNAL_AUTHENTICATE = 0x88;

    private final SecureRandom random;

    public ActiveAuthentication(SecureRandom random) {
        this.random = Objects.requireNonNull(random, "random");
    }

    /** Runs active authentication with a fresh random challenge. */
    public ActiveAuthenticationResult perform(ApduChannel channel, Optional<Dg15> dg15, Optional<Dg14> dg14)
            throws ReaderException {
        byte[] challenge = new byte[CHALLENGE_LENGTH];
        random.nextBytes(challenge);
        return perform(channel, dg15, dg14, challenge);
    }

    /**
     * Runs active authentication over the challenge a caller (a backend) chose.
     *
     * @param channel the secure channel: INTERNAL AUTHENTICATE is sent protected
     * @param dg15    the chip's DG15; without it the verdict is NOT_SUPPORTED and nothing is sent
     * @param dg14    the chip's DG14, which names the hash of an ECDSA signature
     * @throws IllegalArgumentException when the challenge is not 8 bytes
     * @throws ReaderException          the card could not be talked to (removed, link, secure messaging)
     */
    public static ActiveAuthenticationResult perform(ApduChannel channel, Optional<Dg15> dg15, Optional<Dg14> dg14,
                                                     byte[] challenge) throws ReaderException {
        if (challenge == null || challenge.length != CHALLENGE_LENGTH) {
            throw new IllegalArgumentException("the active authentication challenge is 8 bytes");
        }
        if (dg15.isEmpty()) {
            return ActiveAuthenticationResult.notSupported(challenge, new byte[0],
                    "the chip has no DG15, so no active authentication key");
        }
        PublicKey key;
        try {
            key = dg15.get().publicKey();
        } catch (MalformedDataException e) {
            return ActiveAuthenticationResult.notSupported(challenge, new byte[0], e.getMessage());
        }
        int expectedLength = expectedSignatureLength(key);
        boolean needsExtended = expectedLength > FileReader.SHORT_BLOCK;
        // A protected response carries at most 223 bytes of plaintext in a short APDU: a 2048-bit
        // RSA signature needs extended length, and asks for it only then.
        int ne = needsExtended && channel.extendedLength() ? CommandApdu.MAX_EXTENDED_NE : CommandApdu.MAX_SHORT_NE;
        ResponseApdu response = channel.send(new CommandApdu(0x00, INS_INTERNAL_AUTHENTICATE, 0x00, 0x00, challenge, ne));
        if (!response.isOk()) {
            if (needsExtended && !channel.extendedLength() && isLengthRefusal(response.sw())) {
                return ActiveAuthenticationResult.notSupported(challenge, response.data(), String.format(
                        "the %d-byte signature does not fit a short protected response and the card or reader"
                                + " lacks extended length (status %04X)", expectedLength, response.sw()));
            }
            return ActiveAuthenticationResult.invalid(challenge, response.data(), Optional.empty(), String.format(
                    "the chip refused INTERNAL AUTHENTICATE with status %04X although DG15 holds its key",
                    response.sw()));
        }
        return verify(key, dg14, challenge, response.data());
    }

    /** Checks a signature against the key in DG15; what a backend re-runs over the kiosk's evidence. */
    public static ActiveAuthenticationResult verify(Dg15 dg15, Optional<Dg14> dg14, byte[] challenge,
                                                    byte[] signature) {
        try {
            return verify(dg15.publicKey(), dg14, challenge, signature);
        } catch (MalformedDataException e) {
            return ActiveAuthenticationResult.notSupported(challenge, signature, e.getMessage());
        }
    }

    /**
     * Checks a signature over a challenge: RSA with ISO/IEC 9796-2 scheme 1 (hash from the trailer)
     * or ECDSA (hash from DG14's ActiveAuthenticationInfo, plain r||s). Never throws for bad input:
     * a signature that is malformed in any way is INVALID.
     */
    public static ActiveAuthenticationResult verify(PublicKey key, Optional<Dg14> dg14, byte[] challenge,
                                                    byte[] signature) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(dg14, "dg14");
        Objects.requireNonNull(challenge, "challenge");
        Objects.requireNonNull(signature, "signature");
        if (key instanceof RSAPublicKey rsa) {
            return RsaIso9796Verifier.verify(rsa, challenge, signature);
        }
        if (key instanceof ECPublicKey ec) {
            return EcdsaVerifier.verify(ec, dg14, challenge, signature);
        }
        return ActiveAuthenticationResult.notSupported(challenge, signature,
                "active authentication with a " + key.getAlgorithm() + " key is not defined");
    }

    private static int expectedSignatureLength(PublicKey key) {
        if (key instanceof RSAPublicKey rsa) {
            return (rsa.getModulus().bitLength() + 7) / 8;
        }
        if (key instanceof ECPublicKey ec) {
            return 2 * ((ec.getParams().getOrder().bitLength() + 7) / 8);
        }
        return 0;
    }

    private static boolean isLengthRefusal(int sw) {
        return sw == StatusWords.WRONG_LENGTH || (sw & 0xFF00) == 0x6C00;
    }
}
