package vn.kiosk.app.print;

import java.io.ByteArrayOutputStream;

/**
 * The handful of ESC/POS commands a ticket needs (Epson ESC/POS Command Reference; the same bytes
 * work on the common clones). Writing these few ourselves is smaller than a library whose text path
 * would encode with String.getBytes and so lose the CP1258 decomposition this package depends on.
 */
final class EscPosCommands {

    private static final int ESC = 0x1B;
    private static final int GS = 0x1D;
    private static final int LF = 0x0A;

    /** ESC a n. */
    enum Align { LEFT, CENTER, RIGHT }

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    /** ESC @: clear styles and buffers left over from whatever printed before. */
    EscPosCommands initialize() {
        return bytes(ESC, '@');
    }

    /** ESC t n: select the character code table. */
    EscPosCommands codeTable(int n) {
        return bytes(ESC, 't', n);
    }

    EscPosCommands align(Align align) {
        return bytes(ESC, 'a', align.ordinal());
    }

    /** ESC E n: emphasised (bold). */
    EscPosCommands bold(boolean on) {
        return bytes(ESC, 'E', on ? 1 : 0);
    }

    /** GS ! n: character size; 0x11 is double width and double height, 0x00 normal. */
    EscPosCommands doubleSize(boolean on) {
        return bytes(GS, '!', on ? 0x11 : 0x00);
    }

    /** Text bytes in the selected code table; the caller guarantees no control bytes. */
    EscPosCommands text(byte[] encoded) {
        out.writeBytes(encoded);
        return this;
    }

    EscPosCommands lineFeed() {
        return bytes(LF);
    }

    /**
     * QR code via GS ( k (cn = 49): model 2, module size, error correction M (about 15 % damage, the
     * usual choice for paper that gets folded), store the data, print it.
     */
    EscPosCommands qrCode(byte[] data, int moduleSize) {
        bytes(GS, '(', 'k', 4, 0, 49, 65, 50, 0);        // fn 165: model 2
        bytes(GS, '(', 'k', 3, 0, 49, 67, moduleSize);   // fn 167: module size in dots
        bytes(GS, '(', 'k', 3, 0, 49, 69, 49);           // fn 169: error correction level M
        int len = data.length + 3;
        bytes(GS, '(', 'k', len & 0xFF, len >> 8, 49, 80, 48); // fn 180: store in symbol area
        out.writeBytes(data);
        return bytes(GS, '(', 'k', 3, 0, 49, 81, 48);    // fn 181: print the stored symbol
    }

    /**
     * GS V 66 n: feed to the cutter plus n motion units and cut partially, so the last line is not
     * cut through and the ticket hangs on a tab until the citizen takes it.
     */
    EscPosCommands feedAndPartialCut(int extraFeed) {
        return bytes(GS, 'V', 66, extraFeed);
    }

    byte[] toByteArray() {
        return out.toByteArray();
    }

    private EscPosCommands bytes(int... values) {
        for (int v : values) {
            out.write(v);
        }
        return this;
    }
}
