package vn.kiosk.simulator.link;

import java.util.ArrayList;
import java.util.List;

/**
 * The fewest exchanges a full read of a CCCD can make, with their exact sizes: what no reader can
 * avoid. PACE (CAN, ECDH generic mapping, brainpoolP256r1, AES-128) needs EF.CardAccess, MSE:Set
 * AT and four GENERAL AUTHENTICATE; Doc 9303 then wants the eMRTD application selected under
 * secure messaging; every file is read in as few READ BINARY as the largest response allows, by
 * short file identifier so no SELECT is needed; chip authentication (AES, so MSE:Set AT then
 * GENERAL AUTHENTICATE) and active authentication (one INTERNAL AUTHENTICATE) need nothing else:
 * the next protected response proves the new keys, so no probe read is counted.
 *
 * <p>The identity part ends with DG13 (EF.SOD, DG1, DG13 read): checking them is host work, not
 * link time. The rest is DG14, chip authentication, DG15, active authentication and DG2.
 */
public record ReadPlan(List<Exchange> identity, List<Exchange> rest) {
    /**
     * The most a response may hold through the JDK's PC/SC binding: its SCardTransmit receive
     * buffer is 8192 bytes, status word included (see FileReader.EXTENDED_BLOCK).
     */
    public static final int HOST_RESPONSE_LIMIT = 8192;
    /** A short response: Ne of 256 data bytes plus the status word. */
    public static final int SHORT_RESPONSE_LIMIT = 258;

    /** brainpoolP256r1: an uncompressed point is 04 || x || y. */
    static final int POINT_BYTES = 65;
    static final int NONCE_BYTES = 16;
    static final int TOKEN_BYTES = 8;
    /** The content of the PACE and CA object identifiers (0.4.0.127.0.7.2.2.4.2.2 and ...3.2.2). */
    static final int OID_BYTES = 10;
    static final int AID_BYTES = 7;
    static final int CHALLENGE_BYTES = 8;
    /** Chip authentication v1 answers GENERAL AUTHENTICATE with an empty template, 7C 00. */
    static final int CA_RESPONSE_DATA = 2;

    public ReadPlan {
        identity = List.copyOf(identity);
        rest = List.copyOf(rest);
    }

    public static ReadPlan minimal(CardFiles card) {
        List<Exchange> identity = new ArrayList<>();
        identity.addAll(plainFile("EF.CardAccess", card.cardAccess()));
        identity.add(new Exchange("PACE MSE:Set AT", 5 + SmSizes.tlv(OID_BYTES) + 3 + 3, 2, ChipOperation.PACE_SET_AT, false));
        identity.add(generalAuthenticate("PACE nonce", 0, SmSizes.tlv(NONCE_BYTES), ChipOperation.PACE_NONCE));
        identity.add(generalAuthenticate("PACE map", SmSizes.tlv(POINT_BYTES), SmSizes.tlv(POINT_BYTES), ChipOperation.PACE_MAP));
        identity.add(generalAuthenticate("PACE key agreement", SmSizes.tlv(POINT_BYTES), SmSizes.tlv(POINT_BYTES),
                ChipOperation.PACE_KEY_AGREEMENT));
        identity.add(generalAuthenticate("PACE token", SmSizes.tlv(TOKEN_BYTES), SmSizes.tlv(TOKEN_BYTES),
                ChipOperation.PACE_TOKEN));
        identity.add(protectedExchange("SELECT eMRTD application", AID_BYTES, false, 0, ChipOperation.SELECT));
        identity.addAll(protectedFile("EF.SOD", card.sod(), card.extendedLength()));
        identity.addAll(protectedFile("DG1", card.dg1(), card.extendedLength()));
        identity.addAll(protectedFile("DG13", card.dg13(), card.extendedLength()));

        List<Exchange> rest = new ArrayList<>();
        rest.addAll(protectedFile("DG14", card.dg14(), card.extendedLength()));
        rest.add(protectedExchange("CA MSE:Set AT", SmSizes.tlv(OID_BYTES) + 3, false, 0, ChipOperation.CA_SET_AT));
        rest.add(protectedExchange("CA GENERAL AUTHENTICATE", SmSizes.tlv(SmSizes.tlv(POINT_BYTES)), true, CA_RESPONSE_DATA,
                ChipOperation.CA_KEY_AGREEMENT));
        rest.addAll(protectedFile("DG15", card.dg15(), card.extendedLength()));
        rest.add(protectedExchange("INTERNAL AUTHENTICATE", CHALLENGE_BYTES, true, card.aaSignatureBytes(),
                card.aaRsa() ? ChipOperation.AA_RSA : ChipOperation.AA_ECDSA));
        rest.addAll(protectedFile("DG2", card.dg2(), card.extendedLength()));
        return new ReadPlan(identity, rest);
    }

    public List<Exchange> all() {
        List<Exchange> all = new ArrayList<>(identity);
        all.addAll(rest);
        return all;
    }

    /** The most plaintext one protected READ BINARY can bring back. */
    public static int largestBlock(boolean extendedLength) {
        return SmSizes.largestPlainResponse(extendedLength ? HOST_RESPONSE_LIMIT : SHORT_RESPONSE_LIMIT);
    }

    /** PACE steps are plain, short, case 4: 7C template in, 7C template out. */
    private static Exchange generalAuthenticate(String what, int innerCommand, int innerResponse, ChipOperation operation) {
        return new Exchange(what, 5 + SmSizes.tlv(innerCommand) + 1, SmSizes.tlv(innerResponse) + 2, operation, false);
    }

    private static Exchange protectedExchange(String what, int plainData, boolean expectsData, int plainResponse,
                                              ChipOperation operation) {
        return new Exchange(what, SmSizes.command(plainData, expectsData, false), SmSizes.response(plainResponse),
                operation, true);
    }

    /** EF.CardAccess before PACE: plain READ BINARY by short file identifier, Le 00 (256). */
    private static List<Exchange> plainFile(String what, int size) {
        List<Exchange> reads = new ArrayList<>();
        for (int offset = 0; offset < size || offset == 0; offset += 256) {
            reads.add(new Exchange(what, 5, Math.min(256, size - offset) + 2, ChipOperation.READ_BINARY, false));
        }
        return reads;
    }

    private static List<Exchange> protectedFile(String what, int size, boolean extended) {
        int block = largestBlock(extended);
        List<Exchange> reads = new ArrayList<>();
        for (int offset = 0; offset < size || offset == 0; offset += block) {
            reads.add(new Exchange(what, SmSizes.command(0, true, extended), SmSizes.response(Math.min(block, size - offset)),
                    ChipOperation.READ_BINARY, true));
        }
        return reads;
    }
}
