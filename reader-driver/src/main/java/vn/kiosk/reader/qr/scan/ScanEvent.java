package vn.kiosk.reader.qr.scan;

import java.util.List;

/** What a {@link QrSource} delivers: a scanned text, or why a scan was lost. */
public sealed interface ScanEvent permits ScanEvent.Scanned, ScanEvent.Failed {

    /**
     * A complete scan, already repaired for charset damage; feed it to {@code QrTextParser}.
     *
     * @param notes what was repaired on the way (charset fallbacks, mojibake, prefixes)
     */
    record Scanned(String text, List<String> notes) implements ScanEvent {
        public Scanned {
            notes = List.copyOf(notes);
        }

        /** The text is personal data: never in a log through toString. */
        @Override
        public String toString() {
            return "Scanned[" + text.length() + " chars, " + notes + "]";
        }
    }

    /** A scan that could not be delivered, or a source that stopped working. */
    record Failed(ScanFailure failure, String detail) implements ScanEvent {
    }
}
