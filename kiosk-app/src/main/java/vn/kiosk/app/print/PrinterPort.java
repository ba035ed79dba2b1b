package vn.kiosk.app.print;

import java.io.IOException;
import java.time.Duration;

/** Where printer bytes go: a network socket or a device file. */
public interface PrinterPort {

    /**
     * Sends a whole print job, giving up after {@code timeout} (a printer that is off or out of paper
     * stops reading, and a write would otherwise block for ever).
     *
     * @throws IOException with a message in plain words, fit for the operator screen
     */
    void write(byte[] data, Duration timeout) throws IOException;

    /** Whether the port can be reached now, without printing anything. */
    PrinterStatus check(Duration timeout);

    /** Short and safe to show, e.g. "tcp 10.0.0.5:9100", "device /dev/usb/lp0". */
    String description();
}
