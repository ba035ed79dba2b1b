package vn.kiosk.simulator.backend;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The chaos switches the server consults on every request; tests flip them while it runs. All
 * state is guarded by this object's lock, so a switch takes effect from the next request on.
 */
public final class Chaos {
    private final Set<ChaosMode> enabled = EnumSet.noneOf(ChaosMode.class);
    private final AtomicLong requests = new AtomicLong();
    private Duration latency = Duration.ofMillis(800);
    private Duration timeoutHold = Duration.ofSeconds(30);
    private int errorEvery = 2;

    /** What to do with one request; decided once, up front. */
    public record Decision(Duration delay, Action action) {
    }

    public enum Action {
        PROCEED, FAIL_503, RESET, HOLD_THEN_DROP
    }

    public synchronized Chaos enable(ChaosMode mode) {
        enabled.add(Objects.requireNonNull(mode));
        return this;
    }

    public synchronized Chaos disable(ChaosMode mode) {
        enabled.remove(mode);
        return this;
    }

    public synchronized Chaos disableAll() {
        enabled.clear();
        return this;
    }

    public synchronized Set<ChaosMode> enabled() {
        return enabled.isEmpty() ? Set.of() : Set.copyOf(enabled);
    }

    public synchronized Chaos latency(Duration delay) {
        latency = requireNonNegative(delay);
        return this;
    }

    public synchronized Duration latency() {
        return latency;
    }

    public synchronized Chaos timeoutHold(Duration hold) {
        timeoutHold = requireNonNegative(hold);
        return this;
    }

    public synchronized Duration timeoutHold() {
        return timeoutHold;
    }

    /** With {@link ChaosMode#ERROR5XX}, every n-th request fails (2: half of them). Counted, not random, so tests can predict it. */
    public synchronized Chaos errorEvery(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("errorEvery must be at least 1, not " + n);
        }
        errorEvery = n;
        return this;
    }

    public synchronized int errorEvery() {
        return errorEvery;
    }

    /**
     * The fate of the next request. Failures that leave no answer come first (a reset or a hold
     * says nothing about the backend's state), then 503s; latency applies on top of any of them.
     */
    public synchronized Decision next() {
        long n = requests.incrementAndGet();
        Duration delay = enabled.contains(ChaosMode.LATENCY) ? latency : Duration.ZERO;
        if (enabled.contains(ChaosMode.RESET)) {
            return new Decision(delay, Action.RESET);
        }
        if (enabled.contains(ChaosMode.TIMEOUT)) {
            return new Decision(delay, Action.HOLD_THEN_DROP);
        }
        if (enabled.contains(ChaosMode.ERROR5XX) && n % errorEvery == 0) {
            return new Decision(delay, Action.FAIL_503);
        }
        return new Decision(delay, Action.PROCEED);
    }

    private static Duration requireNonNegative(Duration d) {
        if (d.isNegative()) {
            throw new IllegalArgumentException("negative duration " + d);
        }
        return d;
    }
}
