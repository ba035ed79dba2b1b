package vn.kiosk.reader.tlv;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * One BER-TLV data object as it arrived.
 *
 * @param tag     the tag bytes as a big-endian number (0x87, 0x7C, 0x7F49)
 * @param value   the value field (for a constructed object: its children, encoded)
 * @param encoded the whole object exactly as received: MACs are computed over these bytes
 */
public record DataObject(int tag, byte[] value, byte[] encoded) {

    public DataObject {
        value = value.clone();
        encoded = encoded.clone();
    }

    @Override
    public byte[] value() {
        return value.clone();
    }

    @Override
    public byte[] encoded() {
        return encoded.clone();
    }

    public boolean isConstructed() {
        int first = tag;
        while (first > 0xFF) {
            first >>>= 8;
        }
        return (first & 0x20) != 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DataObject d && d.tag == tag && Arrays.equals(d.encoded, encoded);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(encoded);
    }

    @Override
    public String toString() {
        return "DataObject[" + Integer.toHexString(tag).toUpperCase() + ", " + value.length + " bytes]";
    }

    /** Hex of the tag only; values may be personal data. */
    public String tagHex() {
        return HexFormat.of().withUpperCase().toHexDigits(tag).replaceFirst("^(00)+", "");
    }
}
