package vn.kiosk.simulator.link;

import java.time.Duration;

/**
 * How long the chip itself works on a command: a fixed cost for every APDU, secure-messaging
 * crypto per byte, and the public-key operations of PACE, chip and active authentication counted
 * in elliptic-curve scalar multiplications. These belong to the card, not to the reader, so every
 * preset with a real reader uses {@link #CCCD}. The figures are assumptions; README.md says why.
 *
 * @param fwi             frame waiting time integer from the card's ATS: FWT = 256 * 16 / fc * 2^FWI
 * @param perCommand      operating-system dispatch and APDU buffer handling, every command
 * @param smNanosPerByte  secure-messaging decryption, encryption and MACs per byte of protected APDU
 * @param ecMultiply      one scalar multiplication on a 256-bit curve (brainpoolP256r1)
 * @param rsaSignature    one RSA-1024 signature with the CRT
 * @param symmetricStep   a step of only symmetric crypto: a nonce and its encryption, a key derivation and MACs
 */
public record ChipTimings(int fwi, Duration perCommand, long smNanosPerByte, Duration ecMultiply,
                          Duration rsaSignature, Duration symmetricStep) {

    /** A chip that answers at once: the ideal link's. */
    public static final ChipTimings NONE = new ChipTimings(14, Duration.ZERO, 0, Duration.ZERO, Duration.ZERO, Duration.ZERO);

    /** A CCCD as this model assumes it (PACE about 0.9 s of chip time). */
    public static final ChipTimings CCCD = new ChipTimings(8, Duration.ofMillis(1), 2_000, Duration.ofMillis(180),
            Duration.ofMillis(60), Duration.ofMillis(3));

    /** Scalar multiplications the chip makes in each step, per Doc 9303 Part 11 (generic mapping) and TR-03110. */
    static final int PACE_MAP_MULTIPLICATIONS = 3;
    static final int PACE_KEY_AGREEMENT_MULTIPLICATIONS = 2;

    public ChipTimings {
        if (fwi < 0 || fwi > 14) {
            throw new IllegalArgumentException("FWI is 0 to 14");
        }
    }

    /** FWT = (256 * 16 / fc) * 2^FWI: 4.8 ms at FWI 4, 77 ms at FWI 8, 4.9 s at FWI 14. */
    public long frameWaitingPicos() {
        return (256L * 16 * 1_000_000_000_000L / RadioLink.CARRIER_HZ) << fwi;
    }

    /** The chip's time between the end of the command and the start of its answer. */
    public long processingPicos(ChipOperation operation, int commandBytes, int responseBytes, boolean secured) {
        long nanos = perCommand.toNanos() + (secured ? smNanosPerByte * (commandBytes + responseBytes) : 0);
        switch (operation) {
            case PACE_NONCE:
            case PACE_TOKEN:
            case EXTERNAL_AUTHENTICATE:
                nanos += symmetricStep.toNanos();
                break;
            case PACE_MAP:
                nanos += PACE_MAP_MULTIPLICATIONS * ecMultiply.toNanos();
                break;
            case PACE_KEY_AGREEMENT:
                nanos += PACE_KEY_AGREEMENT_MULTIPLICATIONS * ecMultiply.toNanos();
                break;
            case CA_KEY_AGREEMENT:
            case AA_ECDSA:
                nanos += ecMultiply.toNanos() + symmetricStep.toNanos();
                break;
            case AA_RSA:
                nanos += rsaSignature.toNanos();
                break;
            default:
                break;
        }
        return nanos * 1000;
    }
}
