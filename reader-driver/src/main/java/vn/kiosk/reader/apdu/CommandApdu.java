package vn.kiosk.reader.apdu;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;

/**
 * An ISO/IEC 7816-4 command APDU.
 *
 * @param ne expected response length: 0 for none, up to 256 in a short APDU, up to 65536 in an
 *           extended one (256 and 65536 are what Le = 00 and Le = 0000 ask for)
 */
public record CommandApdu(int cla, int ins, int p1, int p2, byte[] data, int ne) {

    public static final int MAX_SHORT_NE = 256;
    public static final int MAX_EXTENDED_NE = 65536;

    public CommandApdu {
        data = data == null ? new byte[0] : data.clone();
        if (ne < 0 || ne > MAX_EXTENDED_NE) {
            throw new IllegalArgumentException("Ne out of range: " + ne);
        }
        if (data.length > 65535) {
            throw new IllegalArgumentException("command data too long: " + data.length);
        }
    }

    public CommandApdu(int cla, int ins, int p1, int p2) {
        this(cla, ins, p1, p2, new byte[0], 0);
    }

    public CommandApdu(int cla, int ins, int p1, int p2, byte[] data) {
        this(cla, ins, p1, p2, data, 0);
    }

    public CommandApdu(int cla, int ins, int p1, int p2, int ne) {
        this(cla, ins, p1, p2, new byte[0], ne);
    }

    @Override
    public byte[] data() {
        return data.clone();
    }

    public boolean isExtended() {
        return data.length > 255 || ne > MAX_SHORT_NE;
    }

    public CommandApdu withCla(int newCla) {
        return new CommandApdu(newCla, ins, p1, p2, data, ne);
    }

    /** Short encoding when the fields fit, extended otherwise (ISO/IEC 7816-4 cases 1 to 4). */
    public byte[] encode() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length + 9);
        out.write(cla);
        out.write(ins);
        out.write(p1);
        out.write(p2);
        boolean extended = isExtended();
        if (data.length > 0) {
            if (extended) {
                out.write(0);
                out.write(data.length >> 8);
                out.write(data.length);
            } else {
                out.write(data.length);
            }
            out.writeBytes(data);
        }
        if (ne > 0) {
            if (extended) {
                if (data.length == 0) {
                    out.write(0);
                }
                out.write((ne == MAX_EXTENDED_NE ? 0 : ne) >> 8);
                out.write(ne == MAX_EXTENDED_NE ? 0 : ne);
            } else {
                out.write(ne == MAX_SHORT_NE ? 0 : ne);
            }
        }
        return out.toByteArray();
    }

    /** Parses the four ISO/IEC 7816-4 cases, short and extended. */
    public static CommandApdu parse(byte[] apdu) {
        if (apdu.length < 4) {
            throw new IllegalArgumentException("APDU shorter than its header");
        }
        int cla = apdu[0] & 0xFF, ins = apdu[1] & 0xFF, p1 = apdu[2] & 0xFF, p2 = apdu[3] & 0xFF;
        int rest = apdu.length - 4;
        if (rest == 0) {
            return new CommandApdu(cla, ins, p1, p2);
        }
        int b = apdu[4] & 0xFF;
        if (rest == 1) {
            return new CommandApdu(cla, ins, p1, p2, b == 0 ? MAX_SHORT_NE : b);
        }
        if (b != 0) {
            int lc = b;
            if (rest == 1 + lc) {
                return new CommandApdu(cla, ins, p1, p2, Arrays.copyOfRange(apdu, 5, 5 + lc), 0);
            }
            if (rest == 2 + lc) {
                int le = apdu[apdu.length - 1] & 0xFF;
                return new CommandApdu(cla, ins, p1, p2, Arrays.copyOfRange(apdu, 5, 5 + lc),
                        le == 0 ? MAX_SHORT_NE : le);
            }
            throw new IllegalArgumentException("short APDU length does not match Lc");
        }
        if (rest == 3) {
            int le = ((apdu[5] & 0xFF) << 8) | (apdu[6] & 0xFF);
            return new CommandApdu(cla, ins, p1, p2, le == 0 ? MAX_EXTENDED_NE : le);
        }
        if (rest < 3) {
            throw new IllegalArgumentException("truncated extended APDU");
        }
        int lc = ((apdu[5] & 0xFF) << 8) | (apdu[6] & 0xFF);
        if (lc == 0) {
            throw new IllegalArgumentException("extended Lc of zero");
        }
        if (rest == 3 + lc) {
            return new CommandApdu(cla, ins, p1, p2, Arrays.copyOfRange(apdu, 7, 7 + lc), 0);
        }
        if (rest == 5 + lc) {
            int le = ((apdu[7 + lc] & 0xFF) << 8) | (apdu[8 + lc] & 0xFF);
            return new CommandApdu(cla, ins, p1, p2, Arrays.copyOfRange(apdu, 7, 7 + lc),
                    le == 0 ? MAX_EXTENDED_NE : le);
        }
        throw new IllegalArgumentException("extended APDU length does not match Lc");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CommandApdu c && c.cla == cla && c.ins == ins && c.p1 == p1 && c.p2 == p2
                && c.ne == ne && Arrays.equals(c.data, data);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(encode());
    }

    /** Header only: command data may be personal and must not reach logs. */
    @Override
    public String toString() {
        return String.format("CommandApdu[%02X %02X %02X %02X, Lc=%d, Ne=%d]", cla, ins, p1, p2, data.length, ne);
    }
}
