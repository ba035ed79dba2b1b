package vn.kiosk.simulator.link;

/**
 * Byte counts of APDUs protected by Doc 9303 Part 11 secure messaging with AES (block size 16):
 * DO'87' carries the padded cryptogram after a padding-indicator byte (padding always adds at
 * least one byte), DO'97' the expected length, DO'99' the status word, DO'8E' an 8-byte MAC.
 * Pure arithmetic, so the link limit can be checked by hand.
 */
public final class SmSizes {
    public static final int BLOCK = 16;
    /** DO'8E': tag, length, 8-byte MAC. */
    static final int MAC_OBJECT = 10;
    /** DO'99': tag, length, SW1 SW2. */
    static final int STATUS_OBJECT = 4;
    static final int STATUS_WORD = 2;

    private SmSizes() {
    }

    /** ISO/IEC 9797-1 method 2 padding: at least one byte, up to the next whole block. */
    public static int padded(int plainBytes) {
        return (plainBytes / BLOCK + 1) * BLOCK;
    }

    /** A BER-TLV object of this value length: tag, length field (1, 2 or 3 bytes), value. */
    public static int tlv(int valueBytes) {
        return 1 + (valueBytes < 0x80 ? 1 : valueBytes < 0x100 ? 2 : 3) + valueBytes;
    }

    /**
     * A protected command: header, Lc, DO'87' (if there is data), DO'97' (if the plain command
     * expects data back), DO'8E', and Le (always: the protected response carries data objects).
     */
    public static int command(int plainData, boolean expectsData, boolean extended) {
        int body = (plainData > 0 ? tlv(1 + padded(plainData)) : 0)
                + (expectsData ? (extended ? 4 : 3) : 0)
                + MAC_OBJECT;
        return 4 + (extended ? 3 : 1) + body + (extended ? 2 : 1);
    }

    /** A protected response: DO'87' (if there is data), DO'99', DO'8E', then the status word. */
    public static int response(int plainData) {
        return (plainData > 0 ? tlv(1 + padded(plainData)) : 0) + STATUS_OBJECT + MAC_OBJECT + STATUS_WORD;
    }

    /** The most plaintext one protected response can carry within this many bytes, status word included. */
    public static int largestPlainResponse(int responseLimit) {
        int plain = responseLimit;
        while (plain > 0 && response(plain) > responseLimit) {
            plain--;
        }
        return plain;
    }
}
