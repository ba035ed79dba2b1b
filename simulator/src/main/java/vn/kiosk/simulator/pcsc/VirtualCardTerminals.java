package vn.kiosk.simulator.pcsc;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import javax.smartcardio.CardException;
import javax.smartcardio.CardTerminal;
import javax.smartcardio.CardTerminals;

/**
 * The readers of one {@link VirtualReaders}, with the JDK's waitForChange bookkeeping: each
 * CardTerminals object remembers what it saw at its last waitForChange, and CARD_INSERTION /
 * CARD_REMOVAL compare that with the call before.
 */
final class VirtualCardTerminals extends CardTerminals {

    private final VirtualReaders readers;
    // Both guarded by this; null until the first waitForChange, as in the JDK.
    private Map<String, Insertion> previous;
    private Map<String, Insertion> current;

    VirtualCardTerminals(VirtualReaders readers) {
        this.readers = readers;
    }

    @Override
    public synchronized List<CardTerminal> list(State state) throws CardException {
        Objects.requireNonNull(state, "state");
        if (current == null) {
            // Before any waitForChange, event queries are status queries (JDK behaviour).
            if (state == State.CARD_INSERTION) {
                state = State.CARD_PRESENT;
            } else if (state == State.CARD_REMOVAL) {
                state = State.CARD_ABSENT;
            }
        }
        List<CardTerminal> out = new ArrayList<>();
        for (VirtualReader reader : readers.readersInOrder()) {
            String name = reader.name();
            boolean wanted = switch (state) {
                case ALL -> true;
                case CARD_PRESENT -> reader.isCardPresent();
                case CARD_ABSENT -> !reader.isCardPresent();
                case CARD_INSERTION -> previous.get(name) == null && current.get(name) != null;
                case CARD_REMOVAL -> previous.get(name) != null && current.get(name) == null;
            };
            if (wanted) {
                out.add(reader.terminal());
            }
        }
        return List.copyOf(out);
    }

    /**
     * Returns at once if any reader changed since the last call, else waits for a change; a
     * removal followed by another insertion counts, as PC/SC's event counter does.
     */
    @Override
    public synchronized boolean waitForChange(long timeout) throws CardException {
        if (timeout < 0) {
            throw new IllegalArgumentException("Timeout must not be negative: " + timeout);
        }
        if (current == null) {
            current = readers.snapshot();
        }
        long left = timeout == 0 ? Long.MAX_VALUE : TimeUnit.MILLISECONDS.toNanos(timeout);
        readers.lock.lock();
        try {
            Map<String, Insertion> now = readers.snapshot();
            while (sameInsertions(now, current)) {
                if (left <= 0) {
                    return false;
                }
                left = readers.changed.awaitNanos(left);
                now = readers.snapshot();
            }
            previous = current;
            current = now;
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CardException("interrupted while waiting for a card", e);
        } finally {
            readers.lock.unlock();
        }
    }

    /** Identity, not equality: the same card put back is a new insertion. */
    private static boolean sameInsertions(Map<String, Insertion> a, Map<String, Insertion> b) {
        for (Map.Entry<String, Insertion> e : a.entrySet()) {
            if (e.getValue() != b.get(e.getKey())) {
                return false;
            }
        }
        return true;
    }
}
