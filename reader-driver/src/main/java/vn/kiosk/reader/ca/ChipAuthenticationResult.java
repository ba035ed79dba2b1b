package vn.kiosk.reader.ca;

import java.math.BigInteger;
import java.util.Objects;
import java.util.Optional;

import vn.kiosk.reader.apdu.ApduChannel;

/**
 * What chip authentication found, and which channel to go on with.
 * <ul>
 * <li>{@link Valid}: the chip proved it holds the private key of DG14; continue ONLY on
 * {@link Valid#channel()}, secure messaging under the new keys (the old channel is dead on the
 * chip's side).</li>
 * <li>{@link Invalid}: the chip could not prove it (a clone) or refused to. When it refused before
 * the keys changed, the old channel still works; after a failed switch nothing does, and the chip
 * must be opened again.</li>
 * <li>{@link NotSupported}: nothing was tried (no usable key in DG14); the old channel is untouched.</li>
 * </ul>
 */
public sealed interface ChipAuthenticationResult {

    enum Verdict {
        VALID, INVALID, NOT_SUPPORTED
    }

    Verdict verdict();

    /**
     * @param channel                    secure messaging with the keys agreed with the chip
     * @param protocol                   the chip authentication OID that was run
     * @param keyId                      the key named in MSE (tag 84), if DG14 gave it an id
     * @param terminalEphemeralPublicKey the uncompressed point the terminal sent, for the evidence
     */
    record Valid(ApduChannel channel, String protocol, Optional<BigInteger> keyId,
                 byte[] terminalEphemeralPublicKey) implements ChipAuthenticationResult {
        public Valid {
            Objects.requireNonNull(channel, "channel");
            Objects.requireNonNull(protocol, "protocol");
            Objects.requireNonNull(keyId, "keyId");
            terminalEphemeralPublicKey = terminalEphemeralPublicKey.clone();
        }

        @Override
        public byte[] terminalEphemeralPublicKey() {
            return terminalEphemeralPublicKey.clone();
        }

        @Override
        public Verdict verdict() {
            return Verdict.VALID;
        }

        @Override
        public String toString() {
            return "ChipAuthenticationResult.Valid[" + protocol + keyId.map(id -> ", key " + id).orElse("") + "]";
        }
    }

    /**
     * @param problem     what went wrong
     * @param stillUsable the old secure channel, when the chip refused before any key switch
     */
    record Invalid(String problem, Optional<ApduChannel> stillUsable) implements ChipAuthenticationResult {
        public Invalid {
            Objects.requireNonNull(problem, "problem");
            Objects.requireNonNull(stillUsable, "stillUsable");
        }

        @Override
        public Verdict verdict() {
            return Verdict.INVALID;
        }
    }

    /** @param channel the old secure channel, unchanged */
    record NotSupported(String problem, ApduChannel channel) implements ChipAuthenticationResult {
        public NotSupported {
            Objects.requireNonNull(problem, "problem");
            Objects.requireNonNull(channel, "channel");
        }

        @Override
        public Verdict verdict() {
            return Verdict.NOT_SUPPORTED;
        }
    }
}
