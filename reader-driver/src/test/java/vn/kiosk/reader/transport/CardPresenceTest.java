package vn.kiosk.reader.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.smartcardio.CardTerminal;
import org.junit.jupiter.api.Test;
import vn.kiosk.reader.error.ReaderException;

class CardPresenceTest {

    private final FakeTerminal terminal = new FakeTerminal();
    private final BlockingQueue<String> events = new LinkedBlockingQueue<>();

    private final CardPresence.Listener recorder = new CardPresence.Listener() {
        @Override
        public void inserted(CardTerminal t) {
            events.add("inserted");
        }

        @Override
        public void removed(CardTerminal t) {
            events.add("removed");
        }

        @Override
        public void failed(ReaderException problem) {
            events.add("failed");
        }
    };

    private String next() throws InterruptedException {
        return events.poll(2, TimeUnit.SECONDS);
    }

    @Test
    void reportsTheCardAlreadyThereThenEachChange() throws Exception {
        try (CardPresence presence = CardPresence.watch(terminal, recorder)) {
            assertEquals("inserted", next());
            terminal.present = false;
            assertEquals("removed", next());
            terminal.present = true;
            assertEquals("inserted", next());
            assertTrue(presence.isRunning());
        }
    }

    @Test
    void closeStopsTheThreadPromptlyAndNothingArrivesAfter() throws Exception {
        terminal.present = false;
        CardPresence presence = CardPresence.watch(terminal, recorder);
        Thread.sleep(50);
        assertTimeoutPreemptively(Duration.ofSeconds(1), presence::close);
        assertFalse(presence.isRunning());
        terminal.present = true;
        assertNull(events.poll(300, TimeUnit.MILLISECONDS));
    }

    @Test
    void aThrowingListenerDoesNotStopTheWatching() throws Exception {
        terminal.present = false;
        CardPresence.Listener flaky = new CardPresence.Listener() {
            @Override
            public void inserted(CardTerminal t) {
                events.add("inserted");
                throw new IllegalStateException("listener bug");
            }

            @Override
            public void removed(CardTerminal t) {
                events.add("removed");
            }
        };
        try (CardPresence presence = CardPresence.watch(terminal, flaky)) {
            terminal.present = true;
            assertEquals("inserted", next());
            terminal.present = false;
            assertEquals("removed", next());
        }
    }

    @Test
    void anOutageIsReportedOnceAndWatchingResumes() throws Exception {
        terminal.present = false;
        terminal.presenceFailure = new IllegalStateException("SCARD_E_NO_SERVICE");
        try (CardPresence presence = CardPresence.watch(terminal, recorder)) {
            assertEquals("failed", next());
            Thread.sleep(3 * CardPresence.SLICE.toMillis());
            terminal.presenceFailure = null;
            terminal.present = true;
            assertEquals("inserted", next(), "only one failure event per outage, then back to normal");
        }
    }

    @Test
    void closingFromInsideTheListenerDoesNotDeadlock() throws Exception {
        CardPresence[] self = new CardPresence[1];
        CardPresence presence = CardPresence.watch(terminal, new CardPresence.Listener() {
            @Override
            public void inserted(CardTerminal t) {
                while (self[0] == null) {
                    Thread.onSpinWait();
                }
                self[0].close();
                events.add("closed");
            }

            @Override
            public void removed(CardTerminal t) {
            }
        });
        self[0] = presence;
        assertEquals("closed", next());
        presence.close();
        assertFalse(presence.isRunning());
    }
}
