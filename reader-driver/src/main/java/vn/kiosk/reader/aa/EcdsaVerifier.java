package vn.kiosk.reader.aa;

import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.util.List;
import java.util.Optional;

import org.bouncycastle.jcajce.util.BCJcaJceHelper;
import org.bouncycastle.jcajce.util.JcaJceHelper;

import vn.kiosk.reader.lds.ActiveAuthenticationInfo;
import vn.kiosk.reader.lds.Dg14;

/**
 * Checks an ECDSA active authentication signature (Doc 9303 Part 11, 6.1): the chip signs the
 * challenge with the hash DG14's ActiveAuthenticationInfo names, in the plain format of BSI
 * TR-03111 (r || s, each as long as the group order). Doc 9303 makes that info mandatory for
 * ECDSA and gives no default; when it is missing or names something unknown, every hash is tried,
 * which still proves possession of the key, and the result says so.
 */
final class EcdsaVerifier {
    /** Bouncy Castle's provider, unregistered: the JDK's has no brainpool curves. */
    private static final JcaJceHelper JCA = new BCJcaJceHelper();

    private EcdsaVerifier() {
    }

    static ActiveAuthenticationResult verify(ECPublicKey key, Optional<Dg14> dg14, byte[] challenge,
                                             byte[] signature) {
        Optional<String> oid = dg14.flatMap(Dg14::activeAuthenticationInfo)
                .flatMap(ActiveAuthenticationInfo::signatureAlgorithm);
        Optional<SignatureHash> named = oid.flatMap(SignatureHash::ofSignatureAlgorithm);
        List<SignatureHash> hashes = named.map(List::of).orElse(SignatureHash.likelyFirst());
        Optional<String> caveat = named.isPresent() ? Optional.empty() : Optional.of(oid
                .map(o -> "DG14's ActiveAuthenticationInfo names " + o + ", not an ECDSA hash this verifier knows;"
                        + " the hash was found by trial")
                .orElse("DG14 has no ActiveAuthenticationInfo naming the ECDSA hash (Doc 9303 requires one);"
                        + " the hash was found by trial"));

        int orderBytes = (key.getParams().getOrder().bitLength() + 7) / 8;
        boolean plain = signature.length == 2 * orderBytes;
        for (SignatureHash hash : hashes) {
            if (verifies(key, plain ? hash.ecdsaPlainAlgorithm() : hash.ecdsaDerAlgorithm(), challenge, signature)) {
                String algorithm = "ECDSA, " + hash + (plain ? ", plain r||s" : ", DER-encoded");
                Optional<String> note = plain ? caveat : Optional.of(caveat.map(c -> c + "; ").orElse("")
                        + "the signature is DER-encoded, not the plain format Doc 9303 asks for");
                return ActiveAuthenticationResult.valid(challenge, signature, algorithm, note);
            }
        }
        String problem = plain
                ? "the signature does not verify with the DG15 key over this challenge"
                : String.format("a %d-byte signature is not plain ECDSA (%d bytes on this curve) and does not"
                        + " verify as DER either", signature.length, 2 * orderBytes);
        return ActiveAuthenticationResult.invalid(challenge, signature,
                Optional.of("ECDSA, " + (named.isPresent() ? named.get().toString() : "hash unknown")), problem);
    }

    private static boolean verifies(ECPublicKey key, String algorithm, byte[] challenge, byte[] signature) {
        try {
            Signature verifier = JCA.createSignature(algorithm);
            verifier.initVerify(key);
            verifier.update(challenge);
            return verifier.verify(signature);
        } catch (GeneralSecurityException | RuntimeException e) {
            // A signature that is not even well-formed is as wrong as one that does not verify.
            return false;
        }
    }
}
