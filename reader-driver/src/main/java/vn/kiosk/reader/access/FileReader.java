package vn.kiosk.reader.access;

import java.io.ByteArrayOutputStream;

import vn.kiosk.reader.apdu.ApduChannel;
import vn.kiosk.reader.apdu.CommandApdu;
import vn.kiosk.reader.apdu.ResponseApdu;
import vn.kiosk.reader.apdu.StatusWords;
import vn.kiosk.reader.error.CardStatusException;
import vn.kiosk.reader.error.MalformedDataException;
import vn.kiosk.reader.error.ReaderException;

/**
 * Reads a whole elementary file: the first READ BINARY names the file by its short identifier
 * (no separate SELECT) and asks for a full block, the TLV header then says how much is left.
 */
public final class FileReader {
    /**
     * The most plaintext a short protected response can carry: 256 bytes minus DO'87' (with
     * padding to 16), DO'99' and DO'8E' leave 223 bytes for AES and 3DES alike.
     */
    public static final int SHORT_BLOCK = 223;
    /**
     * Extended length: as much as the JDK's PC/SC binding can take back in one response (its
     * receive buffer is 8 KB; a larger answer fails with SCARD_E_INSUFFICIENT_BUFFER), less room for
     * the secure-messaging overhead.
     */
    public static final int EXTENDED_BLOCK = 0x1F00;

    private final ApduChannel channel;

    public FileReader(ApduChannel channel) {
        this.channel = channel;
    }

    /** Reads the file with this short file identifier (DG1 = 0x01 ... EF.COM = 0x1E). */
    public byte[] readBySfi(int sfi) throws ReaderException {
        int block = blockSize();
        ResponseApdu first = channel.send(new CommandApdu(0x00, 0xB0, 0x80 | sfi, 0x00, block));
        checkStatus(first, sfi);
        byte[] head = first.data();
        int total = totalLength(head);
        ByteArrayOutputStream file = new ByteArrayOutputStream(total);
        file.write(head, 0, Math.min(head.length, total));
        while (file.size() < total) {
            int offset = file.size();
            if (offset > 0x7FFF) {
                throw new MalformedDataException("file longer than READ BINARY offsets reach");
            }
            int want = Math.min(block, total - offset);
            ResponseApdu next = channel.send(new CommandApdu(0x00, 0xB0, offset >> 8, offset & 0xFF, want));
            checkStatus(next, sfi);
            if (next.length() == 0) {
                throw new MalformedDataException("file ends before the length its header gives");
            }
            file.write(next.data(), 0, Math.min(next.length(), total - offset));
        }
        return file.toByteArray();
    }

    private int blockSize() {
        return channel.extendedLength() ? EXTENDED_BLOCK : SHORT_BLOCK;
    }

    private static void checkStatus(ResponseApdu response, int sfi) throws CardStatusException {
        if (response.sw() != StatusWords.OK && response.sw() != StatusWords.END_OF_FILE_WARNING) {
            throw new CardStatusException(String.format("READ BINARY of file %02X", sfi), response.sw());
        }
    }

    /** Tag, length and value of the outermost TLV object from its first bytes. */
    static int totalLength(byte[] head) throws MalformedDataException {
        try {
            int i = 1;
            if ((head[0] & 0x1F) == 0x1F) {
                while ((head[i++] & 0x80) != 0) {
                    // multi-byte tag
                }
            }
            int first = head[i++] & 0xFF;
            if (first < 0x80) {
                return i + first;
            }
            int count = first & 0x7F;
            if (count == 0 || count > 3) {
                throw new MalformedDataException("unsupported TLV length form in file header");
            }
            int length = 0;
            for (int k = 0; k < count; k++) {
                length = (length << 8) | (head[i++] & 0xFF);
            }
            return i + length;
        } catch (ArrayIndexOutOfBoundsException e) {
            throw new MalformedDataException("file header is truncated", e);
        }
    }
}
