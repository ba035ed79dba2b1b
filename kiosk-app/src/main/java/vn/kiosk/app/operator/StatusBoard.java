package vn.kiosk.app.operator;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import vn.kiosk.app.outbox.OutboxStats;

/**
 * Everything the operator screen shows, taken at one moment. Contains no personal data.
 *
 * <p>The outbox's last delivery time is not here: {@code Outbox} does not expose it (see
 * {@link StatusCollector}).
 *
 * @param readers    the PC/SC readers, or why they cannot be listed (PC/SC service down)
 * @param outbox     queue depth, refused entries and the oldest pending entry's age
 * @param lastErrors the latest warnings and errors, newest first
 */
public record StatusBoard(Instant takenAt, String appVersion, Duration uptime, Sample<List<ReaderStatus>> readers,
                          BackendStatus backend, Sample<OutboxStats> outbox, Sample<TrustStatus> trust,
                          DeviceStatus printer, DeviceStatus scanner, List<JournalEntry> lastErrors) {

    public StatusBoard {
        Objects.requireNonNull(takenAt, "takenAt");
        Objects.requireNonNull(appVersion, "appVersion");
        Objects.requireNonNull(uptime, "uptime");
        Objects.requireNonNull(readers, "readers");
        Objects.requireNonNull(backend, "backend");
        Objects.requireNonNull(outbox, "outbox");
        Objects.requireNonNull(trust, "trust");
        Objects.requireNonNull(printer, "printer");
        Objects.requireNonNull(scanner, "scanner");
        lastErrors = List.copyOf(lastErrors);
    }
}
