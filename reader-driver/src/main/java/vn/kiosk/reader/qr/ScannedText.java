package vn.kiosk.reader.qr;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A scanner's text with the same repairs the parser makes (byte-order mark, symbology prefix,
 * UTF-8 read as Latin-1/Windows-1252, control characters, NFC), for the scanner sources in
 * {@code vn.kiosk.reader.qr.scan}: one repair logic, shared, so a wedge and a serial scanner hand
 * the kiosk the same text the parser would have made of it.
 *
 * @param text  the repaired text
 * @param notes what was repaired, for the log (never the text itself)
 */
public record ScannedText(String text, List<String> notes) {
    /** Longer than any QR can hold: a source should drop the line, not buffer it. */
    public static final int MAX_CHARS = QrText.MAX_CHARS;

    public ScannedText {
        notes = List.copyOf(notes);
    }

    /** Typed characters (a keyboard wedge); empty when too long to have come from a QR. */
    public static Optional<ScannedText> ofTyped(String typed) {
        return QrText.clean(typed).map(t -> new ScannedText(t.text(), t.notes()));
    }

    /** Raw bytes (a serial port): UTF-8 if valid, else Windows-1252 (noted); empty when too long. */
    public static Optional<ScannedText> ofBytes(byte[] bytes) {
        List<String> notes = new ArrayList<>();
        String decoded = QrText.decode(bytes, notes);
        return QrText.clean(decoded).map(t -> {
            List<String> all = new ArrayList<>(notes);
            all.addAll(t.notes());
            return new ScannedText(t.text(), all);
        });
    }

    /** The text is personal data: never in a log through toString. */
    @Override
    public String toString() {
        return "ScannedText[" + text.length() + " chars, " + notes + "]";
    }
}
