package vn.kiosk.reader.transport;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * What the answer-to-reset tells us before the first APDU: mainly whether the card promises
 * extended Lc/Le. Reading a 15 KB facial image in 64 KB chunks instead of 231-byte ones is the
 * difference between under a second and several seconds on a contactless link, but sending an
 * extended APDU to a card that did not promise it usually gets 6700 or silence, so we only do it
 * when the card says so.
 *
 * <p>Parsing never throws: a card or reader that sends garbage simply gets short APDUs.
 *
 * @param atr the ATR as received
 * @param historicalBytes T1..TK, empty when the ATR is malformed
 * @param extendedLength whether the card-capabilities object (compact-TLV tag 7) sets
 *                       "extended Lc and Le fields" (third software-function byte, bit b7)
 */
public record AtrInfo(byte[] atr, byte[] historicalBytes, boolean extendedLength) {

    /** ISO/IEC 7816-4 table 119 (third software function table), b7: extended Lc and Le fields. */
    static final int EXTENDED_LENGTH_BIT = 0x40;

    private static final int TAG_CARD_CAPABILITIES = 0x7;

    public AtrInfo {
        atr = atr == null ? new byte[0] : atr.clone();
        historicalBytes = historicalBytes == null ? new byte[0] : historicalBytes.clone();
    }

    @Override
    public byte[] atr() {
        return atr.clone();
    }

    @Override
    public byte[] historicalBytes() {
        return historicalBytes.clone();
    }

    /** Parses an ATR; malformed input yields no historical bytes and no extended length. */
    public static AtrInfo parse(byte[] atr) {
        if (atr == null) {
            return new AtrInfo(new byte[0], new byte[0], false);
        }
        byte[] historical = historicalBytesOf(atr);
        if (historical == null) {
            return new AtrInfo(atr, new byte[0], false);
        }
        return new AtrInfo(atr, historical, advertisesExtendedLength(historical));
    }

    /**
     * Walks the ISO/IEC 7816-3 interface bytes to find T1..TK. Returns null when the ATR is too
     * short for what its own format bytes announce. TCK is not checked: PC/SC readers synthesise
     * contactless ATRs and some get it wrong, which says nothing about the chip.
     */
    static byte[] historicalBytesOf(byte[] atr) {
        if (atr.length < 2) {
            return null;
        }
        int ts = atr[0] & 0xFF;
        if (ts != 0x3B && ts != 0x3F) {
            return null;
        }
        int t0 = atr[1] & 0xFF;
        int k = t0 & 0x0F;
        int y = t0 >> 4;
        int pos = 2;
        while (true) {
            // Y's four bits announce TA, TB, TC, TD of this group, in that order.
            pos += Integer.bitCount(y);
            if (pos > atr.length) {
                return null;
            }
            if ((y & 0x8) == 0) {
                break;
            }
            int td = atr[pos - 1] & 0xFF;
            y = td >> 4;
        }
        if (pos + k > atr.length) {
            return null;
        }
        return Arrays.copyOfRange(atr, pos, pos + k);
    }

    /**
     * ISO/IEC 7816-4 §8.1.1: category indicator 0x00 means compact-TLV objects followed by a
     * mandatory three-byte status indicator; 0x80 means compact-TLV objects only (the status, if
     * any, is itself an object). Other categories (0x10 DIR reference, proprietary) carry no
     * card-capabilities object we could read.
     */
    static boolean advertisesExtendedLength(byte[] historical) {
        if (historical.length == 0) {
            return false;
        }
        int category = historical[0] & 0xFF;
        int end;
        if (category == 0x80) {
            end = historical.length;
        } else if (category == 0x00) {
            end = historical.length - 3;
        } else {
            return false;
        }
        int pos = 1;
        while (pos < end) {
            int tag = (historical[pos] & 0xFF) >> 4;
            int len = historical[pos] & 0x0F;
            pos++;
            if (pos + len > end) {
                return false;
            }
            if (tag == TAG_CARD_CAPABILITIES) {
                // Only the third software-function table carries the length bits; one or two
                // bytes mean the card said nothing about extended length.
                return len >= 3 && (historical[pos + 2] & EXTENDED_LENGTH_BIT) != 0;
            }
            pos += len;
        }
        return false;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AtrInfo other && Arrays.equals(atr, other.atr)
                && Arrays.equals(historicalBytes, other.historicalBytes)
                && extendedLength == other.extendedLength;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(atr) * 31 + Boolean.hashCode(extendedLength);
    }

    @Override
    public String toString() {
        return "AtrInfo[" + HexFormat.of().withUpperCase().formatHex(atr)
                + ", extendedLength=" + extendedLength + "]";
    }
}
