package vn.kiosk.simulator.link;

import java.time.Duration;

/**
 * The host side of every exchange: the PC/SC call, the USB (CCID) transfer to the reader and
 * back, and the reader firmware, which together cost a fixed round trip per APDU plus a little per
 * byte moved over USB. Chaining inside one APDU is the reader's own business and does not cross
 * USB again, so it is not charged here but on the {@link RadioLink}.
 *
 * @param turnaround       fixed host, USB and firmware time per APDU, both directions together
 * @param hostNanosPerByte USB transfer time per APDU byte (command and response)
 */
public record ReaderPath(Duration turnaround, long hostNanosPerByte) {
    public static final ReaderPath NONE = new ReaderPath(Duration.ZERO, 0);

    public long picos(int commandBytes, int responseBytes) {
        return turnaround.toNanos() * 1000 + hostNanosPerByte * 1000 * (commandBytes + responseBytes);
    }
}
