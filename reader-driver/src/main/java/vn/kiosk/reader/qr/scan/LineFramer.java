package vn.kiosk.reader.qr.scan;

import java.io.ByteArrayOutputStream;
import java.util.function.Consumer;

import vn.kiosk.reader.qr.ScannedText;

/**
 * Cuts a scanner's byte stream into lines at CR or LF (CRLF gives one line: empty lines are
 * skipped) and when told the line has ended (an idle gap). A line over the limit is dropped and
 * reported once, and everything up to its end is skipped: a truncated QR text would parse as a
 * different, wrong one. Single-threaded.
 */
final class LineFramer {
    private final int maxLineBytes;
    private final Consumer<ScanEvent> out;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    private boolean overflowing;

    LineFramer(int maxLineBytes, Consumer<ScanEvent> out) {
        this.maxLineBytes = maxLineBytes;
        this.out = out;
    }

    void accept(byte[] bytes) {
        for (byte b : bytes) {
            if (b == '\r' || b == '\n') {
                endLine();
            } else if (overflowing) {
                continue;
            } else if (line.size() >= maxLineBytes) {
                overflowing = true;
                line.reset();
                out.accept(new ScanEvent.Failed(ScanFailure.LINE_TOO_LONG,
                        "a line over " + maxLineBytes + " bytes: dropped"));
            } else {
                line.write(b);
            }
        }
    }

    /** Bytes are waiting for the end of their line. */
    boolean pending() {
        return line.size() > 0 || overflowing;
    }

    void endLine() {
        boolean wasOverflowing = overflowing;
        overflowing = false;
        if (wasOverflowing || line.size() == 0) {
            line.reset();
            return;
        }
        byte[] bytes = line.toByteArray();
        line.reset();
        out.accept(ScannedText.ofBytes(bytes)
                .<ScanEvent>map(t -> new ScanEvent.Scanned(t.text(), t.notes()))
                .orElseGet(() -> new ScanEvent.Failed(ScanFailure.LINE_TOO_LONG, "longer than a QR can hold")));
    }
}
