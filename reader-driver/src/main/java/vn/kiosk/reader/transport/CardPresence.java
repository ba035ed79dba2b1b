package vn.kiosk.reader.transport;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import javax.smartcardio.CardException;
import javax.smartcardio.CardTerminal;
import javax.smartcardio.CardTerminals;
import javax.smartcardio.TerminalFactory;
import vn.kiosk.reader.error.LinkException;
import vn.kiosk.reader.error.ReaderException;

/**
 * Watches one terminal, or every terminal of a factory, on a daemon thread and reports cards
 * arriving and leaving. The kiosk screen reacts to these instead of polling.
 *
 * <p>The PC/SC waits cannot be interrupted, so the thread waits in short slices and checks
 * whether it should stop between them; {@link #close()} returns once the thread has ended.
 * Cards already present when watching starts are reported as inserted, so the listener never
 * has to ask separately what the state was.
 */
public final class CardPresence implements AutoCloseable {

    /** Called on the watcher thread; keep it quick and hand real work to another thread. */
    public interface Listener {
        void inserted(CardTerminal terminal);

        void removed(CardTerminal terminal);

        /** The PC/SC stack failed; watching continues and retries. Reported once per outage. */
        default void failed(ReaderException problem) {
        }
    }

    /** How long one PC/SC wait may block, and so roughly how long {@link #close()} can take. */
    static final Duration SLICE = Duration.ofMillis(150);

    private final Probe probe;
    private final Listener listener;
    private final Thread thread;
    private volatile boolean running = true;
    // Written and read only by the watcher thread.
    private Map<String, CardTerminal> present = new LinkedHashMap<>();

    private CardPresence(Probe probe, Listener listener, String threadName) {
        this.probe = probe;
        this.listener = listener;
        this.thread = new Thread(this::run, threadName);
        this.thread.setDaemon(true);
    }

    /** Watches a single terminal. */
    public static CardPresence watch(CardTerminal terminal, Listener listener) {
        Objects.requireNonNull(terminal, "terminal");
        return start(new SingleTerminalProbe(terminal), listener, "card-presence " + terminal.getName());
    }

    /** Watches every terminal of {@code factory}, including readers plugged in later. */
    public static CardPresence watchAll(TerminalFactory factory, Listener listener) {
        Objects.requireNonNull(factory, "factory");
        return start(new AllTerminalsProbe(factory.terminals()), listener, "card-presence " + factory.getType());
    }

    private static CardPresence start(Probe probe, Listener listener, String threadName) {
        Objects.requireNonNull(listener, "listener");
        CardPresence presence = new CardPresence(probe, listener, threadName);
        presence.thread.start();
        return presence;
    }

    private void run() {
        boolean failing = false;
        while (running) {
            try {
                Map<String, CardTerminal> now = probe.present();
                fireDifferences(now);
                failing = false;
                probe.awaitChange(SLICE.toMillis(), !now.isEmpty());
            } catch (CardException | RuntimeException e) {
                if (!failing && running) {
                    failing = true;
                    notifyQuietly(() -> listener.failed(
                            new LinkException("watching card readers failed: " + e.getMessage(), e)));
                }
                if (!pause()) {
                    return;
                }
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void fireDifferences(Map<String, CardTerminal> now) {
        for (Map.Entry<String, CardTerminal> gone : present.entrySet()) {
            if (!now.containsKey(gone.getKey()) && running) {
                notifyQuietly(() -> listener.removed(gone.getValue()));
            }
        }
        for (Map.Entry<String, CardTerminal> came : now.entrySet()) {
            if (!present.containsKey(came.getKey()) && running) {
                notifyQuietly(() -> listener.inserted(came.getValue()));
            }
        }
        present = now;
    }

    /** A listener bug must not stop the kiosk from noticing the next card. */
    private static void notifyQuietly(Runnable event) {
        try {
            event.run();
        } catch (RuntimeException ignored) {
            // deliberately ignored, see above
        }
    }

    private static boolean pause() {
        try {
            Thread.sleep(SLICE.toMillis());
            return true;
        } catch (InterruptedException e) {
            return false;
        }
    }

    /** Whether the watcher thread is still running (false once {@link #close()} returned). */
    public boolean isRunning() {
        return thread.isAlive();
    }

    /** Stops watching and waits for the watcher thread to end. No events arrive after this returns. */
    @Override
    public void close() {
        running = false;
        if (Thread.currentThread() == thread) {
            return; // closed from inside a listener: the loop ends on its own
        }
        thread.interrupt();
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** What is present now, and a bounded wait for that to change. */
    private interface Probe {
        Map<String, CardTerminal> present() throws CardException;

        void awaitChange(long millis, boolean anyPresent) throws CardException, InterruptedException;
    }

    private record SingleTerminalProbe(CardTerminal terminal) implements Probe {
        @Override
        public Map<String, CardTerminal> present() throws CardException {
            return terminal.isCardPresent() ? Map.of(terminal.getName(), terminal) : Map.of();
        }

        @Override
        public void awaitChange(long millis, boolean anyPresent) throws CardException {
            if (anyPresent) {
                terminal.waitForCardAbsent(millis);
            } else {
                terminal.waitForCardPresent(millis);
            }
        }
    }

    private record AllTerminalsProbe(CardTerminals terminals) implements Probe {
        @Override
        public Map<String, CardTerminal> present() throws CardException {
            Map<String, CardTerminal> now = new LinkedHashMap<>();
            for (CardTerminal t : terminals.list(CardTerminals.State.CARD_PRESENT)) {
                now.put(t.getName(), t);
            }
            return now;
        }

        @Override
        public void awaitChange(long millis, boolean anyPresent) throws CardException, InterruptedException {
            try {
                terminals.waitForChange(millis);
            } catch (IllegalStateException noTerminals) {
                // The JDK throws this while no reader is plugged in; wait for one to appear.
                Thread.sleep(millis);
            }
        }
    }
}
