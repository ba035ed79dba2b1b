package vn.kiosk.packaging.launcher;

import java.io.IOException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Tells systemd that the kiosk is up (READY=1, once its window shows) and then, for as long as
 * the JavaFX application thread keeps answering, that it is alive (WATCHDOG=1). A frozen screen is
 * the failure that matters on a kiosk; when the FX thread stops answering the pings stop, and
 * systemd's WatchdogSec= kills and restarts the service. A process that simply dies is systemd's
 * Restart= business and needs nothing from here.
 *
 * <p>Messages go to a {@link Notifier}: in the installed kiosk a pipe to {@code sd-notify-relay},
 * because Java 17 cannot send on the Unix datagram socket systemd listens on.
 */
public final class FxWatchdog {
    /** How often the probe looks while the kiosk is starting, so READY=1 follows the window promptly. */
    static final Duration STARTUP_POLL = Duration.ofMillis(200);

    /** What the probe found. */
    public enum Health {
        /** the JavaFX toolkit has not started yet */
        NOT_STARTED,
        /** the FX thread answered, but no window is showing yet */
        STARTING,
        /** the FX thread answered and a window is showing */
        UP,
        /** the FX thread did not answer in time */
        STUCK
    }

    /** Looks at the JavaFX thread; at most {@code timeout} long. */
    public interface Probe {
        Health check(Duration timeout) throws InterruptedException;
    }

    /** Where the sd_notify(3) messages go, one per call. */
    public interface Notifier {
        void send(String message) throws IOException;
    }

    private final Probe probe;
    private final Notifier notifier;
    private final Optional<Duration> pingInterval;
    private boolean ready;
    private boolean stuckReported;

    /**
     * @param pingInterval how often to ping once ready; empty when systemd set no watchdog (then
     *                     the watchdog only reports readiness)
     */
    public FxWatchdog(Probe probe, Notifier notifier, Optional<Duration> pingInterval) {
        this.probe = Objects.requireNonNull(probe, "probe");
        this.notifier = Objects.requireNonNull(notifier, "notifier");
        this.pingInterval = Objects.requireNonNull(pingInterval, "pingInterval");
        pingInterval.ifPresent(interval -> {
            if (interval.isNegative() || interval.isZero()) {
                throw new IllegalArgumentException("ping interval must be positive: " + interval);
            }
        });
    }

    /**
     * The ping interval for systemd's WATCHDOG_USEC (microseconds): a third of it, so one late or
     * lost ping does not get the kiosk killed. Empty when the variable is missing or not a
     * positive number.
     */
    public static Optional<Duration> pingIntervalFor(String watchdogUsec) {
        if (watchdogUsec == null || watchdogUsec.isBlank()) {
            return Optional.empty();
        }
        try {
            long usec = Long.parseLong(watchdogUsec.trim());
            return usec <= 0 ? Optional.empty() : Optional.of(Duration.ofNanos(usec * 1000 / 3));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * One look at the kiosk: probes, sends what is due, and says how long to wait before the next
     * look; empty when there is nothing more to do (ready, and no watchdog asked for).
     */
    public Optional<Duration> step() throws IOException, InterruptedException {
        Duration timeout = ready ? pingInterval.orElse(STARTUP_POLL) : STARTUP_POLL;
        Health health = probe.check(timeout);
        switch (health) {
            case UP:
            case STARTING:
                if (stuckReported) {
                    notifier.send("STATUS=kiosk answering again");
                    stuckReported = false;
                }
                if (health == Health.UP && !ready) {
                    ready = true;
                    notifier.send("READY=1");
                    notifier.send("STATUS=welcome screen up");
                } else if (ready && pingInterval.isPresent()) {
                    notifier.send("WATCHDOG=1");
                }
                break;
            case STUCK:
                // before the welcome screen the FX thread is busy building it: slow, not stuck
                // (TimeoutStartSec= covers a start-up that never ends)
                if (ready && !stuckReported) {
                    notifier.send("STATUS=JavaFX thread not answering");
                    stuckReported = true;
                }
                break;
            case NOT_STARTED:
            default:
                break;
        }
        if (ready && pingInterval.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(ready ? pingInterval.get() : STARTUP_POLL);
    }

    public boolean ready() {
        return ready;
    }

    /** Runs {@link #step()} on a daemon thread until there is nothing more to do or the notifier fails. */
    public Thread start() {
        Thread thread = new Thread(this::loop, "kiosk-watchdog");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private void loop() {
        try {
            for (Optional<Duration> wait = step(); wait.isPresent(); wait = step()) {
                Thread.sleep(wait.get().toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // the relay is gone (the service is stopping, or it failed): no more pings, and systemd
            // will act on their absence if the kiosk goes on without them
            System.err.println("cccd-kiosk: service manager notifications stopped: " + e.getClass().getSimpleName());
        }
    }
}
