package vn.kiosk.reader.qr;

/**
 * A QR found in a frame.
 *
 * @param text     the QR's text (byte segments read as UTF-8 unless the QR says otherwise)
 * @param strategy which attempt found it, cheapest first (for statistics and tuning)
 */
public record QrDecode(String text, String strategy) {

    /** The text is personal data: never in a log through toString. */
    @Override
    public String toString() {
        return "QrDecode[" + strategy + ", " + text.length() + " chars]";
    }
}
