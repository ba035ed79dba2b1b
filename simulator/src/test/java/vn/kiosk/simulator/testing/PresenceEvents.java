package vn.kiosk.simulator.testing;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.smartcardio.CardTerminal;
import vn.kiosk.reader.error.ReaderException;
import vn.kiosk.reader.transport.CardPresence;

/** Collects CardPresence events as "inserted NAME" / "removed NAME" strings, for assertions. */
public final class PresenceEvents implements CardPresence.Listener {

    private final BlockingQueue<String> events = new LinkedBlockingQueue<>();

    @Override
    public void inserted(CardTerminal terminal) {
        events.add("inserted " + terminal.getName());
    }

    @Override
    public void removed(CardTerminal terminal) {
        events.add("removed " + terminal.getName());
    }

    @Override
    public void failed(ReaderException problem) {
        events.add("failed " + problem.getMessage());
    }

    /** The next event, or null if none came within {@code millis}. */
    public String next(long millis) throws InterruptedException {
        return events.poll(millis, TimeUnit.MILLISECONDS);
    }

    public boolean isEmpty() {
        return events.isEmpty();
    }
}
