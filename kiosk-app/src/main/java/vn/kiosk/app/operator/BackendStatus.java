package vn.kiosk.app.operator;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether the backend answers this kiosk.
 *
 * @param state         how the latest probe ended
 * @param latencyMillis how long the latest probe took, retries included; 0 when none was made
 * @param lastErrorCode the latest failure seen (this probe's, or an earlier one's if this one went
 *                      well, so that a flaky link still shows): an {@code UnavailableReason} with
 *                      the HTTP status if any, or {@code HTTP <status> <problem code>}
 * @param lastErrorAt   when that failure was seen
 */
public record BackendStatus(State state, long latencyMillis, Optional<String> lastErrorCode,
                            Optional<Instant> lastErrorAt) {

    public enum State {
        /** Answered as the contract says. */
        OK,
        /** Answered, but refused this kiosk (e.g. an unknown kiosk id or a refused certificate). */
        REFUSED,
        /** No usable answer: network, TLS, timeout or server error. */
        UNREACHABLE,
        /** No backend to probe (e.g. the lead has not wired one). */
        NOT_CONFIGURED
    }

    public BackendStatus {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(lastErrorCode, "lastErrorCode");
        Objects.requireNonNull(lastErrorAt, "lastErrorAt");
    }

    /** The backend answered, whatever it said. */
    public boolean reachable() {
        return state == State.OK || state == State.REFUSED;
    }

    static BackendStatus notConfigured() {
        return new BackendStatus(State.NOT_CONFIGURED, 0, Optional.empty(), Optional.empty());
    }
}
