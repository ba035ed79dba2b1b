package vn.kiosk.simulator.personalise;

import vn.kiosk.reader.error.MalformedDataException;
import vn.kiosk.reader.lds.Dg13;
import vn.kiosk.reader.tlv.Tlv;

/**
 * DG13 whose inner SEQUENCE claims more bytes than it has: the outer TLV is intact, so the file
 * reads and its hash matches the SOD, and only the parser can notice. Real-world parsers that split
 * on byte patterns walk straight past such lengths.
 */
final class MalformedDg13 {
    private MalformedDg13() {
    }

    static byte[] from(Dg13 dg13) {
        byte[] file = dg13.encode();
        try {
            int outerHeader = file.length - Tlv.parseOne(file, 0x6D).value().length;
            int lengthByte = outerHeader + 1;  // the byte after the inner SEQUENCE tag 30
            int first = file[lengthByte] & 0xFF;
            int last = first < 0x80 ? lengthByte : lengthByte + (first & 0x7F);
            file[last] = (byte) ((file[last] & 0xFF) + 7);
            return file;
        } catch (MalformedDataException e) {
            throw new IllegalStateException("our own DG13 did not parse", e);
        }
    }
}
