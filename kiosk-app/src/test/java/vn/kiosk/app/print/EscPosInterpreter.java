package vn.kiosk.app.print;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * A small, strict ESC/POS interpreter for the tests, written independently of {@link EscPosEncoder}:
 * it knows its own table numbers → charsets, decodes text runs with the selected charset, and fails
 * on any byte it does not understand, so a malformed stream fails the test.
 */
final class EscPosInterpreter {

    static final String QR_MARK = "[QR]";

    /** One printed line, with the style in force when its LF came. */
    record Line(String text, boolean bold, int widthMultiplier, int heightMultiplier, int align) {
    }

    /** A GS ( k QR symbol as configured, stored and printed. */
    record Qr(int model, int moduleSize, int errorCorrection, byte[] data) {
    }

    record Result(List<Line> lines, List<Qr> qrCodes, int cuts, boolean endsWithCut) {
        List<String> texts() {
            return lines.stream().map(Line::text).toList();
        }
    }

    static final class Malformed extends RuntimeException {
        Malformed(String message, int offset) {
            super(message + " at byte " + offset);
        }
    }

    private final byte[] in;
    private int pos;
    private Charset charset;
    private boolean bold;
    private int width;
    private int height;
    private int align;
    private final StringBuilder line = new StringBuilder();
    private final List<Line> lines = new ArrayList<>();
    private final List<Qr> qrCodes = new ArrayList<>();
    private int qrModel = -1;
    private int qrSize = -1;
    private int qrEcc = -1;
    private byte[] qrStored;
    private int cuts;
    private int lastCutEnd = -1;

    private EscPosInterpreter(byte[] in) {
        this.in = in;
        reset();
    }

    static Result run(byte[] stream) {
        EscPosInterpreter it = new EscPosInterpreter(stream);
        it.parse();
        return new Result(List.copyOf(it.lines), List.copyOf(it.qrCodes), it.cuts, it.lastCutEnd == stream.length);
    }

    /** Epson's ESC t numbers for the tables this test knows. */
    private static Charset table(int n, int offset) {
        switch (n) {
            case 0:
                return Charset.forName("IBM437");
            case 16:
                return Charset.forName("windows-1252");
            case 52:
                return Charset.forName("windows-1258");
            default:
                throw new Malformed("code table " + n + " unknown to the test", offset);
        }
    }

    private void reset() {
        charset = table(0, pos);
        bold = false;
        width = 1;
        height = 1;
        align = 0;
    }

    private void parse() {
        while (pos < in.length) {
            int start = pos;
            int b = next();
            if (b == 0x1B) {
                esc(start);
            } else if (b == 0x1D) {
                gs(start);
            } else if (b == 0x0A) {
                lines.add(new Line(Normalizer.normalize(line.toString(), Normalizer.Form.NFC), bold, width, height, align));
                line.setLength(0);
            } else if (b < 0x20 || b == 0x7F) {
                throw new Malformed(String.format("unknown command byte 0x%02X", b), start);
            } else {
                pos--;
                text();
            }
        }
        if (line.length() > 0) {
            throw new Malformed("text not ended by LF: '" + line + "'", pos);
        }
    }

    private void text() {
        ByteArrayOutputStream run = new ByteArrayOutputStream();
        while (pos < in.length && (in[pos] & 0xFF) >= 0x20 && (in[pos] & 0xFF) != 0x7F) {
            run.write(in[pos++]);
        }
        line.append(new String(run.toByteArray(), charset));
    }

    private void esc(int start) {
        int c = next();
        switch (c) {
            case '@':
                requireLineStart(start);
                reset();
                break;
            case 't':
                charset = table(next(), start);
                break;
            case 'a': {
                requireLineStart(start);
                int n = next();
                if (n > 2 && (n < 48 || n > 50)) {
                    throw new Malformed("ESC a " + n, start);
                }
                align = n % 48;
                break;
            }
            case 'E':
                requireLineStart(start);
                bold = (next() & 1) == 1;
                break;
            default:
                throw new Malformed(String.format("unknown ESC 0x%02X", c), start);
        }
    }

    private void gs(int start) {
        int c = next();
        switch (c) {
            case '!': {
                requireLineStart(start);
                int n = next();
                width = (n >> 4) + 1;
                height = (n & 0x0F) + 1;
                break;
            }
            case '(':
                if (next() != 'k') {
                    throw new Malformed("GS ( other than k", start);
                }
                qr(start);
                break;
            case 'V': {
                int m = next();
                if (m == 65 || m == 66) {
                    next();
                } else if (m != 0 && m != 1 && m != 48 && m != 49) {
                    throw new Malformed("GS V " + m, start);
                }
                requireLineStart(start);
                cuts++;
                lastCutEnd = pos;
                break;
            }
            default:
                throw new Malformed(String.format("unknown GS 0x%02X", c), start);
        }
    }

    private void qr(int start) {
        int len = next() | next() << 8;
        if (len < 2) {
            throw new Malformed("GS ( k too short", start);
        }
        int cn = next();
        int fn = next();
        byte[] params = new byte[len - 2];
        for (int i = 0; i < params.length; i++) {
            params[i] = (byte) next();
        }
        if (cn != 49) {
            throw new Malformed("GS ( k symbol " + cn + " is not QR", start);
        }
        switch (fn) {
            case 65:
                expectLength(params, 2, start);
                qrModel = params[0];
                break;
            case 67:
                expectLength(params, 1, start);
                qrSize = params[0];
                break;
            case 69:
                expectLength(params, 1, start);
                qrEcc = params[0];
                break;
            case 80:
                if (params.length < 1 || params[0] != 48) {
                    throw new Malformed("QR store without m=48", start);
                }
                qrStored = java.util.Arrays.copyOfRange(params, 1, params.length);
                break;
            case 81:
                expectLength(params, 1, start);
                if (qrStored == null) {
                    throw new Malformed("QR print with nothing stored", start);
                }
                requireLineStart(start);
                qrCodes.add(new Qr(qrModel, qrSize, qrEcc, qrStored));
                lines.add(new Line(QR_MARK, bold, width, height, align));
                break;
            default:
                throw new Malformed("unknown QR function " + fn, start);
        }
    }

    private static void expectLength(byte[] params, int n, int start) {
        if (params.length != n) {
            throw new Malformed("QR function with " + params.length + " parameter bytes, expected " + n, start);
        }
    }

    /** Style and layout commands inside a line of text would be a layout bug. */
    private void requireLineStart(int start) {
        if (line.length() > 0) {
            throw new Malformed("command in the middle of a line", start);
        }
    }

    private int next() {
        if (pos >= in.length) {
            throw new Malformed("stream ends inside a command", pos);
        }
        return in[pos++] & 0xFF;
    }
}
