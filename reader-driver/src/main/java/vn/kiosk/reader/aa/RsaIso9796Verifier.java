package vn.kiosk.reader.aa;

import java.math.BigInteger;
import java.security.interfaces.RSAPublicKey;
import java.util.List;
import java.util.Optional;

import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.engines.RSAEngine;
import org.bouncycastle.crypto.params.RSAKeyParameters;
import org.bouncycastle.crypto.signers.ISO9796d2Signer;

/**
 * Checks an RSA active authentication signature: ISO/IEC 9796-2 digital signature scheme 1 with
 * partial message recovery (Doc 9303 Part 11, 6.1). The chip signs M = M1 || challenge; M1 is
 * recovered from the signature, the challenge is the non-recoverable part. The hash is told by
 * the trailer: 0xBC means SHA-1, 0x..CC names it (0x34CC is SHA-256). Bouncy Castle's signer must
 * be built for one hash, so the block is opened once first to read the trailer.
 */
final class RsaIso9796Verifier {
    private static final String SCHEME = "RSA ISO/IEC 9796-2 scheme 1, ";

    private RsaIso9796Verifier() {
    }

    static ActiveAuthenticationResult verify(RSAPublicKey key, byte[] challenge, byte[] signature) {
        BigInteger modulus = key.getModulus();
        RSAKeyParameters parameters = new RSAKeyParameters(false, modulus, key.getPublicExponent());
        int modulusBytes = (modulus.bitLength() + 7) / 8;
        if (signature.length == 0 || signature.length > modulusBytes
                || new BigInteger(1, signature).compareTo(modulus) >= 0) {
            return invalid(challenge, signature, Optional.empty(), String.format(
                    "a %d-byte signature cannot come from a %d-bit RSA key", signature.length, modulus.bitLength()));
        }
        byte[] block;
        try {
            RSAEngine engine = new RSAEngine();
            engine.init(false, parameters);
            block = engine.processBlock(signature, 0, signature.length);
        } catch (RuntimeException e) {
            return invalid(challenge, signature, Optional.empty(), "the signature does not open with the DG15 key");
        }
        int last = block.length == 0 ? 0 : block[block.length - 1] & 0xFF;
        boolean implicit = last == SignatureHash.TRAILER_IMPLICIT;
        List<SignatureHash> candidates;
        if (implicit) {
            // Doc 9303 reads 0xBC as SHA-1; later hashes are tried too, as each is still a full check.
            candidates = SignatureHash.likelyFirst();
        } else if ((last & 0x0F) == 0x0C && block.length >= 2) {
            int trailer = ((block[block.length - 2] & 0xFF) << 8) | last;
            Optional<SignatureHash> named = SignatureHash.ofIsoTrailer(trailer);
            if (named.isEmpty()) {
                return invalid(challenge, signature, Optional.empty(),
                        String.format("the signature's trailer %04X names no hash this verifier knows", trailer));
            }
            candidates = List.of(named.get());
        } else {
            return invalid(challenge, signature, Optional.empty(),
                    "the opened signature has no ISO/IEC 9796-2 trailer: wrong key or not a signature");
        }
        for (SignatureHash hash : candidates) {
            Check check = check(parameters, hash, implicit, challenge, signature);
            if (check == Check.FULL_RECOVERY) {
                return invalid(challenge, signature, Optional.of(SCHEME + hash),
                        "the signature recovers the whole message; Doc 9303 signs M1 || challenge with partial recovery");
            }
            if (check == Check.VALID) {
                Optional<String> caveat = implicit && hash != SignatureHash.SHA1
                        ? Optional.of("trailer 0xBC implies SHA-1 in Doc 9303, but the chip used " + hash)
                        : Optional.empty();
                return ActiveAuthenticationResult.valid(challenge, signature, SCHEME + hash
                        + (implicit ? " (trailer BC)" : ""), caveat);
            }
        }
        return invalid(challenge, signature, Optional.of(SCHEME + (implicit ? "SHA-1" : candidates.get(0))),
                "the signature does not verify with the DG15 key over this challenge");
    }

    private enum Check {
        VALID, WRONG, FULL_RECOVERY
    }

    private static Check check(RSAKeyParameters parameters, SignatureHash hash, boolean implicit,
                               byte[] challenge, byte[] signature) {
        try {
            ISO9796d2Signer signer = new ISO9796d2Signer(new RSAEngine(), hash.newDigest(), implicit);
            signer.init(false, parameters);
            signer.updateWithRecoveredMessage(signature);
            if (signer.hasFullMessage()) {
                return Check.FULL_RECOVERY;
            }
            signer.update(challenge, 0, challenge.length);
            return signer.verifySignature(signature) ? Check.VALID : Check.WRONG;
        } catch (InvalidCipherTextException | RuntimeException e) {
            // Bouncy Castle reports a malformed block or a trailer for another hash this way.
            return Check.WRONG;
        }
    }

    private static ActiveAuthenticationResult invalid(byte[] challenge, byte[] signature, Optional<String> algorithm,
                                                      String problem) {
        return ActiveAuthenticationResult.invalid(challenge, signature, algorithm, problem);
    }
}
