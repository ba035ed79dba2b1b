package vn.kiosk.simulator.link;

import java.time.Duration;
import java.util.Arrays;

/**
 * How long an APDU exchange takes over an ISO/IEC 14443-4 contactless link: the bits of both
 * APDUs at the link's bit rate, split into frames of at most {@code frameSize} bytes each carrying
 * {@code frameOverhead} bytes of prologue and CRC, plus a fixed reader turnaround and the chip's own
 * processing time per command. A first model: it ignores S-block chaining acknowledgements and
 * the extra time of elliptic-curve operations, which the performance work refines.
 *
 * @param bitRateKbps    106, 212, 424 or 848
 * @param frameSize      the largest frame the chip accepts (FSC), in bytes
 * @param frameOverhead  bytes added to every frame (PCB, CID, CRC)
 * @param turnaround     reader and host time per exchange
 * @param chipProcessing the chip's time per command
 */
public record LinkModel(String name, int bitRateKbps, int frameSize, int frameOverhead, Duration turnaround,
                        Duration chipProcessing) {

    /** No delay at all: for tests. */
    public static final LinkModel IDEAL = new LinkModel("ideal", 0, 256, 0, Duration.ZERO, Duration.ZERO);
    /** A common desktop PC/SC contactless reader talking to a CCCD at 424 kbit/s. */
    public static final LinkModel DESKTOP = new LinkModel("desktop", 424, 256, 4, Duration.ofMillis(2),
            Duration.ofMillis(3));
    /** A cheap reader or a card held at the edge of the field: 106 kbit/s, small frames. */
    public static final LinkModel SLOW = new LinkModel("slow", 106, 64, 4, Duration.ofMillis(8),
            Duration.ofMillis(10));

    public static LinkModel named(String name) {
        return Arrays.asList(IDEAL, DESKTOP, SLOW).stream().filter(m -> m.name.equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown link model '" + name + "' (ideal, desktop, slow)"));
    }

    /** The time one command and its response take on this link. */
    public Duration exchange(int commandBytes, int responseBytes) {
        if (bitRateKbps == 0) {
            return turnaround.plus(chipProcessing);
        }
        long bytes = onAir(commandBytes) + onAir(responseBytes);
        long micros = bytes * 8 * 1000 / bitRateKbps;
        return turnaround.plus(chipProcessing).plusNanos(micros * 1000);
    }

    private long onAir(int apduBytes) {
        int payload = frameSize - frameOverhead;
        long frames = Math.max(1, (apduBytes + payload - 1) / payload);
        return apduBytes + frames * frameOverhead;
    }
}
