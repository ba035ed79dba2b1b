package vn.kiosk.simulator.backend;

import java.util.Locale;
import java.util.Optional;

/** The ways the reference backend can misbehave, as {@code --chaos} names them. */
public enum ChaosMode {
    /** Every answer comes late by {@link Chaos#latency()}. */
    LATENCY,
    /** One request in {@link Chaos#errorEvery()} is answered 503 without being processed. */
    ERROR5XX,
    /** The connection is closed without an answer, before the request is processed. */
    RESET,
    /** The request is held for {@link Chaos#timeoutHold()} (past any sane client timeout), then dropped unprocessed. */
    TIMEOUT;

    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ChaosMode> fromCliName(String name) {
        for (ChaosMode mode : values()) {
            if (mode.cliName().equals(name)) {
                return Optional.of(mode);
            }
        }
        return Optional.empty();
    }
}
