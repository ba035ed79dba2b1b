package vn.kiosk.simulator.link;

/**
 * The ISO/IEC 14443 Type A air interface under ISO/IEC 14443-4 blocks: how long the bytes of one
 * APDU take to cross, split into I-blocks with chaining and R(ACK) acknowledgements. Times are
 * computed in picoseconds so the hand-checked examples in the tests come out exact. See
 * {@code README.md} in this package for every figure and where it comes from.
 *
 * @param bitRateKbps   106, 212, 424 or 848 (exactly fc/128, fc/64, fc/32, fc/16); 0 for no air time at all
 * @param fsc           the largest frame the card accepts (FSC, from its ATS): limits reader-to-card frames
 * @param fsd           the largest frame the reader accepts (FSD, from RATS): limits card-to-reader frames
 * @param prologueBytes PCB, plus CID and NAD when used (1 to 3)
 */
public record RadioLink(int bitRateKbps, int fsc, int fsd, int prologueBytes) {
    /** The carrier, 13.56 MHz. */
    public static final long CARRIER_HZ = 13_560_000L;
    /** CRC_A, the two-byte epilogue of every frame. */
    public static final int CRC_BYTES = 2;
    /** Type A: each byte is sent with an odd parity bit. */
    public static final int BITS_PER_BYTE = 9;
    /** Start and end of communication around each frame, about one bit period each. */
    public static final int FRAME_DELIMITER_BITS = 2;
    /** The shortest frame delay time in either direction, 1172/fc (about 86.4 microseconds). */
    public static final long FRAME_DELAY_PICOS = 1172L * 1_000_000_000_000L / CARRIER_HZ;

    /** No air time: the ideal link of the tests. */
    public static final RadioLink INSTANT = new RadioLink(0, 256, 256, 1);

    public RadioLink {
        if (bitRateKbps != 0 && bitRateKbps != 106 && bitRateKbps != 212 && bitRateKbps != 424 && bitRateKbps != 848) {
            throw new IllegalArgumentException("ISO/IEC 14443 bit rates are 106, 212, 424 and 848 kbit/s, not " + bitRateKbps);
        }
        if (prologueBytes < 1 || prologueBytes > 3) {
            throw new IllegalArgumentException("the prologue is PCB with optional CID and NAD: 1 to 3 bytes");
        }
        if (fsc - prologueBytes - CRC_BYTES < 1 || fsd - prologueBytes - CRC_BYTES < 1) {
            throw new IllegalArgumentException("frames too small to carry any information field");
        }
    }

    public boolean instant() {
        return bitRateKbps == 0;
    }

    /** One bit period: 128/fc at 106 kbit/s, halved for each step up. */
    public long bitPicos() {
        return instant() ? 0 : 128L * 1_000_000_000_000L / CARRIER_HZ / (bitRateKbps / 106);
    }

    /** The most APDU bytes one I-block to the card carries. */
    public int informationToCard() {
        return fsc - prologueBytes - CRC_BYTES;
    }

    /** The most APDU bytes one I-block from the card carries. */
    public int informationToReader() {
        return fsd - prologueBytes - CRC_BYTES;
    }

    /** How many I-blocks an APDU of this length needs in a direction with this information field size. */
    public static int blocks(int apduBytes, int information) {
        return Math.max(1, (apduBytes + information - 1) / information);
    }

    /** Air time of a command APDU, its chaining acknowledgements from the card included. */
    public long commandPicos(int apduBytes) {
        return oneWayPicos(apduBytes, informationToCard());
    }

    /** Air time of a response APDU, the reader's chaining acknowledgements included. */
    public long responsePicos(int apduBytes) {
        return oneWayPicos(apduBytes, informationToReader());
    }

    /**
     * Frames waiting-time extensions for a chip busy this long: one S(WTX) request (1 byte of
     * information) and its answer, with their frame delays, per frame waiting time that passes.
     */
    public long waitingTimeExtensionPicos(long processingPicos, long frameWaitingPicos) {
        if (instant() || frameWaitingPicos <= 0) {
            return 0;
        }
        long extensions = processingPicos / frameWaitingPicos;
        return extensions * 2 * (framePicos(prologueBytes + 1 + CRC_BYTES) + FRAME_DELAY_PICOS);
    }

    /**
     * The blocks of one APDU in one direction: each I-block is prologue, information and CRC_A;
     * every block but the last is chained and answered by an R(ACK) (prologue and CRC_A), with a
     * frame delay before the acknowledgement and another before the next block.
     */
    private long oneWayPicos(int apduBytes, int information) {
        if (instant()) {
            return 0;
        }
        int blocks = blocks(apduBytes, information);
        int emptyFrame = prologueBytes + CRC_BYTES;
        long bits = (long) blocks * (FRAME_DELIMITER_BITS + BITS_PER_BYTE * emptyFrame) + (long) BITS_PER_BYTE * apduBytes;
        long acknowledgements = (long) (blocks - 1) * (framePicos(emptyFrame) + 2 * FRAME_DELAY_PICOS);
        return bits * bitPicos() + acknowledgements;
    }

    private long framePicos(int frameBytes) {
        return (FRAME_DELIMITER_BITS + (long) BITS_PER_BYTE * frameBytes) * bitPicos();
    }
}
