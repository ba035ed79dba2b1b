package vn.kiosk.packaging.launcher;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The real probe: a round trip through {@code Platform.runLater} that also looks whether a window
 * is showing. While one round trip is unanswered no other is posted, so a stuck FX thread does not
 * pile up probes in its queue.
 *
 * <p>Until the kiosk has started the JavaFX toolkit, the probe only looks for the toolkit's thread
 * by name and does not touch a JavaFX class: the kiosk sets the toolkit's system properties
 * (headless, software rendering) just before it starts it, and nothing here may race with that.
 */
public final class FxProbe implements FxWatchdog.Probe {
    /** The name JavaFX gives its application thread (Quantum toolkit, GTK and Monocle glass alike). */
    static final String FX_THREAD_NAME = "JavaFX Application Thread";

    private static final class RoundTrip {
        final CountDownLatch answered = new CountDownLatch(1);
        volatile boolean showing;
    }

    private RoundTrip pending;
    private boolean toolkitSeen;

    @Override
    public synchronized FxWatchdog.Health check(Duration timeout) throws InterruptedException {
        if (!toolkitSeen) {
            if (!fxThreadExists()) {
                return FxWatchdog.Health.NOT_STARTED;
            }
            toolkitSeen = true;
        }
        if (pending == null) {
            RoundTrip trip = new RoundTrip();
            try {
                javafx.application.Platform.runLater(() -> {
                    trip.showing = javafx.stage.Window.getWindows().stream().anyMatch(javafx.stage.Window::isShowing);
                    trip.answered.countDown();
                });
            } catch (IllegalStateException notStarted) {
                return FxWatchdog.Health.NOT_STARTED;
            }
            pending = trip;
        }
        if (!pending.answered.await(timeout.toNanos(), TimeUnit.NANOSECONDS)) {
            return FxWatchdog.Health.STUCK;
        }
        boolean showing = pending.showing;
        pending = null;
        return showing ? FxWatchdog.Health.UP : FxWatchdog.Health.STARTING;
    }

    static boolean fxThreadExists() {
        ThreadGroup root = Thread.currentThread().getThreadGroup();
        while (root.getParent() != null) {
            root = root.getParent();
        }
        Thread[] threads = new Thread[root.activeCount() + 16];
        int count = root.enumerate(threads, true);
        for (int i = 0; i < count; i++) {
            if (FX_THREAD_NAME.equals(threads[i].getName())) {
                return true;
            }
        }
        return false;
    }
}
