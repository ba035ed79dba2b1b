package vn.kiosk.simulator.link;

/**
 * What a command makes the chip do, as far as its processing time goes. {@link #of} tells it from
 * the bytes on the wire alone (CLA, INS, P1 and, for PACE, the tag inside the dynamic
 * authentication data), so a timed card needs nothing from the chip behind it.
 */
public enum ChipOperation {
    READ_BINARY,
    SELECT,
    /** MSE:Set AT starting PACE. */
    PACE_SET_AT,
    /** GENERAL AUTHENTICATE with an empty template: the chip draws and encrypts its nonce. */
    PACE_NONCE,
    /** GENERAL AUTHENTICATE 7C/81: the chip makes its mapping key pair, the shared point and the new generator. */
    PACE_MAP,
    /** GENERAL AUTHENTICATE 7C/83: the chip's ephemeral key pair on the new generator and the shared secret. */
    PACE_KEY_AGREEMENT,
    /** GENERAL AUTHENTICATE 7C/85: key derivation and the two authentication tokens. */
    PACE_TOKEN,
    /** MSE:Set AT (or KAT) of chip authentication, under secure messaging. */
    CA_SET_AT,
    /** GENERAL AUTHENTICATE of chip authentication: ECDH with the chip's static key. */
    CA_KEY_AGREEMENT,
    /** INTERNAL AUTHENTICATE answered with an RSA signature. */
    AA_RSA,
    /** INTERNAL AUTHENTICATE answered with an ECDSA signature. */
    AA_ECDSA,
    /** BAC GET CHALLENGE. */
    GET_CHALLENGE,
    /** BAC EXTERNAL AUTHENTICATE (3DES and a MAC both ways). */
    EXTERNAL_AUTHENTICATE,
    OTHER;

    private static final int TAG_DYNAMIC_AUTHENTICATION_DATA = 0x7C;
    /**
     * An RSA signature of 1024 bits or more is at least 128 bytes; ECDSA on curves up to 384 bits
     * is at most 96. The signature is encrypted inside the response, so its size is estimated from
     * the response length less the status word and, under secure messaging, DO'99' and DO'8E'.
     */
    private static final int RSA_SIGNATURE_MINIMUM = 128;
    private static final int SM_RESPONSE_OVERHEAD = 2 + 4 + 10;

    /** Whether a command is wrapped in secure messaging (CLA bits b4 b3 set). */
    public static boolean secured(byte[] command) {
        return command.length > 0 && (command[0] & 0x0C) == 0x0C;
    }

    /** The operation a command asks for; the response only tells the AA key type apart. */
    public static ChipOperation of(byte[] command, byte[] response) {
        if (command.length < 4) {
            return OTHER;
        }
        int ins = command[1] & 0xFF;
        int p1 = command[2] & 0xFF;
        boolean secured = secured(command);
        switch (ins) {
            case 0xB0:
            case 0xB1:
                return READ_BINARY;
            case 0xA4:
                return SELECT;
            case 0x22:
                if (!secured && p1 == 0xC1) {
                    return PACE_SET_AT;
                }
                return secured && p1 == 0x41 ? CA_SET_AT : OTHER;
            case 0x86:
                return secured ? CA_KEY_AGREEMENT : paceStep(command);
            case 0x88:
                return response.length - (secured ? SM_RESPONSE_OVERHEAD : 2) >= RSA_SIGNATURE_MINIMUM ? AA_RSA : AA_ECDSA;
            case 0x84:
                return GET_CHALLENGE;
            case 0x82:
                return EXTERNAL_AUTHENTICATE;
            default:
                return OTHER;
        }
    }

    /** The PACE step from the first tag inside 7C; no allocation, this runs on every exchange. */
    private static ChipOperation paceStep(byte[] command) {
        int offset = dataOffset(command);
        if (offset < 0 || offset + 1 >= command.length || (command[offset] & 0xFF) != TAG_DYNAMIC_AUTHENTICATION_DATA) {
            return OTHER;
        }
        int length = command[offset + 1] & 0xFF;
        if (length == 0) {
            return PACE_NONCE;
        }
        int inner = offset + 2 + (length > 0x80 ? length & 0x7F : 0);
        if (inner >= command.length) {
            return OTHER;
        }
        switch (command[inner] & 0xFF) {
            case 0x81:
                return PACE_MAP;
            case 0x83:
                return PACE_KEY_AGREEMENT;
            case 0x85:
                return PACE_TOKEN;
            default:
                return OTHER;
        }
    }

    /** Where the command data starts: after a short Lc, or after an extended one (00 xx xx). */
    private static int dataOffset(byte[] command) {
        if (command.length <= 5) {
            return -1;
        }
        if (command[4] != 0) {
            return 5;
        }
        return command.length > 7 ? 7 : -1;
    }
}
