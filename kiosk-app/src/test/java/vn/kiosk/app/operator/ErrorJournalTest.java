package vn.kiosk.app.operator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ErrorJournalTest {

    private final ErrorJournal journal = new ErrorJournal();
    // a name of its own, so warnings other code logs meanwhile cannot confuse the assertions
    private final String name = "kiosk.test." + UUID.randomUUID();

    @AfterEach
    void uninstall() {
        journal.uninstall();
    }

    private List<JournalEntry> mine() {
        return journal.entries().stream().filter(e -> e.logger().equals(name)).toList();
    }

    @Test
    void anIdNumberLoggedThroughSystemLoggerIsKeptScrubbed() {
        journal.install();
        System.getLogger(name).log(System.Logger.Level.WARNING, "id 001089012345 failed");

        List<JournalEntry> entries = mine();
        assertEquals(1, entries.size());
        assertEquals("id ######### failed", entries.get(0).message());
        assertEquals(Level.WARNING, entries.get(0).level());
    }

    @Test
    void errorsAreKeptAndInfoIsIgnored() {
        journal.install();
        System.Logger logger = System.getLogger(name);
        logger.log(System.Logger.Level.INFO, "card read");
        logger.log(System.Logger.Level.DEBUG, "apdu");
        logger.log(System.Logger.Level.ERROR, "flow error: java.lang.IllegalStateException");

        List<JournalEntry> entries = mine();
        assertEquals(1, entries.size());
        assertEquals(Level.SEVERE, entries.get(0).level());
        assertEquals("flow error: java.lang.IllegalStateException", entries.get(0).message());
    }

    @Test
    void parametersAreScrubbedAndExceptionsGiveOnlyTheirType() {
        journal.install();
        Logger logger = Logger.getLogger(name);
        logger.log(Level.WARNING, "BHYT {0} refused for {1}", new Object[] {"DN4797915012345", "0912345678"});
        logger.log(Level.WARNING, "submission failed", new IllegalStateException("idNumber=001089012345"));

        List<JournalEntry> entries = mine();
        assertEquals("submission failed (IllegalStateException)", entries.get(0).message(), "newest first");
        assertEquals("BHYT DN######### refused for #########", entries.get(1).message());
    }

    @Test
    void shortNumbersAndDatesStay() {
        journal.publish(record(Level.WARNING, "HTTP 503 after 4 attempts, 20260302, 12345678"));
        assertEquals("HTTP 503 after 4 attempts, 20260302, 12345678", mine().get(0).message());
    }

    @Test
    void longMessagesAreCutTo200Characters() {
        journal.publish(record(Level.WARNING, "x".repeat(500)));
        String message = mine().get(0).message();
        assertEquals(200, message.length());
        assertTrue(message.endsWith("…"));
    }

    @Test
    void aNumberAtTheCutIsScrubbedBeforeCutting() {
        journal.publish(record(Level.WARNING, "x".repeat(195) + "001089012345"));
        assertTrue(mine().get(0).message().startsWith("x".repeat(195) + "####"), mine().get(0).message());
    }

    @Test
    void onlyTheLast50AreKept() {
        for (int i = 0; i < 60; i++) {
            journal.publish(record(Level.WARNING, "warning " + i));
        }
        List<JournalEntry> entries = journal.entries();
        assertEquals(ErrorJournal.CAPACITY, entries.size());
        assertEquals("warning 59", entries.get(0).message());
        assertEquals("warning 10", entries.get(49).message());
    }

    @Test
    void afterUninstallNothingMoreIsKept() {
        journal.install();
        journal.install(); // twice is once
        Logger logger = Logger.getLogger(name);
        logger.warning("one");
        assertEquals(1, mine().size());
        journal.uninstall();
        logger.warning("two");
        assertEquals(1, mine().size());
    }

    @Test
    void manyThreadsCanLogAtOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                done.add(pool.submit(() -> {
                    for (int i = 0; i < 500; i++) {
                        journal.publish(record(Level.SEVERE, "boom " + i));
                        journal.entries();
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(ErrorJournal.CAPACITY, journal.entries().size());
    }

    private LogRecord record(Level level, String message) {
        LogRecord r = new LogRecord(level, message);
        r.setLoggerName(name);
        return r;
    }
}
