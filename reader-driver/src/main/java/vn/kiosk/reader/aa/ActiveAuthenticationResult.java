package vn.kiosk.reader.aa;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * What active authentication found. The challenge and the chip's raw signature are kept whatever
 * the verdict, so a backend can check the signature itself ({@link ActiveAuthentication#verify})
 * and, when it issued the challenge, knows the chip answered its own nonce.
 *
 * @param verdict   VALID: the chip holds the private key of DG15; INVALID: it does not (a clone),
 *                  or it refused to prove it; NOT_SUPPORTED: there is nothing to check against
 * @param challenge the 8 bytes the chip was asked to sign
 * @param signature the chip's answer, empty when it gave none
 * @param algorithm how the signature was checked, e.g. "RSA ISO/IEC 9796-2 scheme 1, SHA-256"
 * @param problem   why the verdict is not a plain VALID, or a caveat about a VALID one
 */
public record ActiveAuthenticationResult(Verdict verdict, byte[] challenge, byte[] signature,
                                         Optional<String> algorithm, Optional<String> problem) {

    public enum Verdict {
        VALID, INVALID, NOT_SUPPORTED
    }

    public ActiveAuthenticationResult {
        Objects.requireNonNull(verdict, "verdict");
        challenge = challenge.clone();
        signature = signature.clone();
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(problem, "problem");
    }

    static ActiveAuthenticationResult valid(byte[] challenge, byte[] signature, String algorithm,
                                            Optional<String> caveat) {
        return new ActiveAuthenticationResult(Verdict.VALID, challenge, signature, Optional.of(algorithm), caveat);
    }

    static ActiveAuthenticationResult invalid(byte[] challenge, byte[] signature, Optional<String> algorithm,
                                              String problem) {
        return new ActiveAuthenticationResult(Verdict.INVALID, challenge, signature, algorithm, Optional.of(problem));
    }

    static ActiveAuthenticationResult notSupported(byte[] challenge, byte[] signature, String problem) {
        return new ActiveAuthenticationResult(Verdict.NOT_SUPPORTED, challenge, signature, Optional.empty(),
                Optional.of(problem));
    }

    public boolean isValid() {
        return verdict == Verdict.VALID;
    }

    @Override
    public byte[] challenge() {
        return challenge.clone();
    }

    @Override
    public byte[] signature() {
        return signature.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ActiveAuthenticationResult r && r.verdict == verdict
                && Arrays.equals(r.challenge, challenge) && Arrays.equals(r.signature, signature)
                && r.algorithm.equals(algorithm) && r.problem.equals(problem);
    }

    @Override
    public int hashCode() {
        return Objects.hash(verdict, Arrays.hashCode(challenge), Arrays.hashCode(signature), algorithm, problem);
    }

    @Override
    public String toString() {
        return "ActiveAuthenticationResult[" + verdict + ", " + signature.length + "-byte signature"
                + algorithm.map(a -> ", " + a).orElse("") + problem.map(p -> ", " + p).orElse("") + "]";
    }
}
