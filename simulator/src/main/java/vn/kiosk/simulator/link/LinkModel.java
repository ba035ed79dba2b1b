package vn.kiosk.simulator.link;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/**
 * How long an APDU exchange takes between a PC/SC host and a contactless CCCD: the host and
 * reader round trip ({@link ReaderPath}), the ISO/IEC 14443 frames on air with chaining
 * ({@link RadioLink}), and the chip's own work ({@link ChipTimings}). {@code README.md} next to
 * this class documents every parameter, its source, and which figures are assumptions.
 *
 * <p>One exchange: host turnaround and USB bytes; the command's I-blocks (R(ACK) after each
 * chained one); the chip's processing, at least one frame delay time, plus S(WTX) frames when it
 * runs past the frame waiting time; the response's I-blocks.
 */
public record LinkModel(String name, RadioLink radio, ReaderPath reader, ChipTimings chip) {

    /** No delay at all: for tests. */
    public static final LinkModel IDEAL = new LinkModel("ideal", RadioLink.INSTANT, ReaderPath.NONE, ChipTimings.NONE);
    /** A typical desktop PC/SC contactless reader (USB full speed) talking to a CCCD at 424 kbit/s. */
    public static final LinkModel DESKTOP = new LinkModel("desktop", new RadioLink(424, 256, 256, 1),
            new ReaderPath(Duration.ofMillis(2), 1_000), ChipTimings.CCCD);
    /** A good reader that reaches 848 kbit/s with the same card. */
    public static final LinkModel FAST = new LinkModel("fast", new RadioLink(848, 256, 256, 1),
            new ReaderPath(Duration.ofMillis(1), 1_000), ChipTimings.CCCD);
    /** A cheap reader, or a card at the edge of the field: 106 kbit/s, 64-byte frames, a slower round trip. */
    public static final LinkModel SLOW = new LinkModel("slow", new RadioLink(106, 64, 64, 1),
            new ReaderPath(Duration.ofMillis(4), 1_000), ChipTimings.CCCD);

    public static final List<LinkModel> PRESETS = List.of(IDEAL, DESKTOP, FAST, SLOW);

    public static LinkModel named(String name) {
        return PRESETS.stream().filter(m -> m.name.equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown link model '" + name + "' ("
                        + PRESETS.stream().map(LinkModel::name).collect(Collectors.joining(", ")) + ")"));
    }

    public boolean instant() {
        return this.equals(IDEAL);
    }

    /** The time one plain command of no particular kind and its response take on this link. */
    public Duration exchange(int commandBytes, int responseBytes) {
        return Duration.ofNanos(exchangeNanos(commandBytes, responseBytes, ChipOperation.OTHER, false));
    }

    public Duration exchange(int commandBytes, int responseBytes, ChipOperation operation, boolean secured) {
        return Duration.ofNanos(exchangeNanos(commandBytes, responseBytes, operation, secured));
    }

    /** The same in nanoseconds, computed without allocation (a timed card does this per APDU). */
    public long exchangeNanos(int commandBytes, int responseBytes, ChipOperation operation, boolean secured) {
        long processing = chip.processingPicos(operation, commandBytes, responseBytes, secured);
        long picos = reader.picos(commandBytes, responseBytes)
                + radio.commandPicos(commandBytes)
                + (radio.instant() ? processing : Math.max(RadioLink.FRAME_DELAY_PICOS, processing))
                + radio.waitingTimeExtensionPicos(processing, chip.frameWaitingPicos())
                + radio.responsePicos(responseBytes);
        return picos / 1000;
    }

    @Override
    public String toString() {
        return name;
    }
}
