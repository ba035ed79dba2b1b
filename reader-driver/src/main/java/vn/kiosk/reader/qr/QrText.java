package vn.kiosk.reader.qr;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Cleans a scanned text before it is parsed: scanners append Enter, some keep a byte-order mark,
 * some decode UTF-8 as Latin-1 or Windows-1252 ("Ná»¯" for "Nữ"), and a keyboard layout may send
 * decomposed diacritics. Each repair is noted, so the result says what was done to the text.
 *
 * @param text  the cleaned text, NFC
 * @param notes what was repaired
 */
record QrText(String text, List<String> notes) {
    /** A QR code holds at most 7089 characters; anything longer did not come from one. */
    static final int MAX_CHARS = 7089;

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** The text of raw scanner bytes: UTF-8 when they are valid UTF-8, else Windows-1252, noted. */
    static String decode(byte[] bytes, List<String> notes) {
        Optional<String> utf8 = strict(StandardCharsets.UTF_8, bytes);
        if (utf8.isPresent()) {
            return utf8.get();
        }
        notes.add("the bytes are not UTF-8: read as Windows-1252");
        return new String(bytes, WINDOWS_1252);
    }

    /** Empty when the text is too long to be a QR; the caller reports it as not understood. */
    static Optional<QrText> clean(String raw) {
        if (raw.length() > MAX_CHARS) {
            return Optional.empty();
        }
        List<String> notes = new ArrayList<>();
        String text = raw;
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.matches("(?s)\\][Qq][0-9].*")) {
            // an AIM symbology identifier ("]Q1" = QR) that scanners may be set to prepend
            text = text.substring(3);
            notes.add("a scanner's symbology prefix was removed");
        }
        text = text.strip();
        // Before removing control characters: Latin-1 mojibake is full of C1 controls (U+0080..U+009F).
        Optional<String> repaired = repairMojibake(text);
        if (repaired.isPresent()) {
            notes.add("the text was UTF-8 read as a single-byte charset: repaired");
            text = repaired.get().strip();
        }
        String withoutControls = text.replaceAll("[\\p{Cc}\\p{Cf}&&[^\\t\\n]]", "");
        if (!withoutControls.equals(text)) {
            notes.add("control characters were removed");
        }
        text = withoutControls;
        return Optional.of(new QrText(Normalizer.normalize(text, Normalizer.Form.NFC), List.copyOf(notes)));
    }

    /**
     * UTF-8 shown as Latin-1 or Windows-1252 turns every Vietnamese letter into two or three
     * characters of U+0080..U+00FF (or the Windows-1252 punctuation at 0x80..0x9F; Windows passes
     * the five bytes it leaves undefined through as U+0081 etc.). If turning each character back
     * into its byte gives valid UTF-8 with a multi-byte sequence in it, that is what happened.
     */
    private static Optional<String> repairMojibake(String text) {
        if (text.chars().noneMatch(c -> c >= 0x80)) {
            return Optional.empty();
        }
        byte[] bytes = new byte[text.length()];
        for (int i = 0; i < text.length(); i++) {
            int b = singleByte(text.charAt(i));
            if (b < 0) {
                return Optional.empty();
            }
            bytes[i] = (byte) b;
        }
        return strict(StandardCharsets.UTF_8, bytes).filter(decoded -> !decoded.equals(text));
    }

    /** The byte a character stands for in Latin-1 or Windows-1252, or -1. */
    private static int singleByte(char c) {
        if (c <= 0xFF) {
            return c;
        }
        int index = c == '\uFFFD' ? -1 : WINDOWS_1252_HIGH.indexOf(c);
        return index < 0 ? -1 : 0x80 + index;
    }

    /** What Windows-1252 shows for the bytes 0x80..0x9F (U+FFFD where it defines none). */
    private static final String WINDOWS_1252_HIGH = windows1252High();

    private static String windows1252High() {
        byte[] high = new byte[32];
        for (int i = 0; i < high.length; i++) {
            high[i] = (byte) (0x80 + i);
        }
        return new String(high, WINDOWS_1252);
    }

    private static Optional<String> strict(Charset charset, byte[] bytes) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return Optional.of(decoder.decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
