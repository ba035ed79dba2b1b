package vn.kiosk.app.operator;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Keeps the last {@value #CAPACITY} warnings and errors logged anywhere in the kiosk, for the
 * operator screen. Installed on the java.util.logging root logger, which is where
 * {@link System.Logger} writes by default, so it sees every logger without any of them knowing.
 *
 * <p>Messages are scrubbed of long numbers and cut to 200 characters before they are kept; an
 * exception attached to a record contributes only its type, because exception messages are where
 * data from a request most often leaks into logs. Thread-safe.
 */
public final class ErrorJournal extends Handler {
    public static final int CAPACITY = 50;

    private final Deque<JournalEntry> entries = new ArrayDeque<>(CAPACITY);
    private final Formatter formatter = new SimpleFormatter();
    private final Object installLock = new Object();

    public ErrorJournal() {
        setLevel(Level.WARNING);
    }

    /** A new journal, already listening on the root logger. */
    public static ErrorJournal installed() {
        ErrorJournal journal = new ErrorJournal();
        journal.install();
        return journal;
    }

    /** Starts listening on the root logger; doing it twice adds it once. */
    public void install() {
        Logger root = rootLogger();
        synchronized (installLock) {
            for (Handler h : root.getHandlers()) {
                if (h == this) {
                    return;
                }
            }
            root.addHandler(this);
        }
    }

    /** Stops listening; what was kept stays readable. */
    public void uninstall() {
        rootLogger().removeHandler(this);
    }

    @Override
    public void publish(LogRecord record) {
        if (record == null || !isLoggable(record)) {
            return;
        }
        String text;
        try {
            // formatMessage fills in {0} parameters; scrubbing comes after, since parameters are where data is
            text = formatter.formatMessage(record);
        } catch (RuntimeException e) {
            text = String.valueOf(record.getMessage());
        }
        if (record.getThrown() != null) {
            text = text + " (" + record.getThrown().getClass().getSimpleName() + ")";
        }
        Instant at = record.getInstant() == null ? Instant.now() : record.getInstant();
        JournalEntry entry = new JournalEntry(at, record.getLevel(),
                record.getLoggerName() == null ? "" : record.getLoggerName(), Scrubber.scrub(text));
        synchronized (entries) {
            if (entries.size() == CAPACITY) {
                entries.removeLast();
            }
            entries.addFirst(entry);
        }
    }

    /** What is kept, newest first. */
    public List<JournalEntry> entries() {
        synchronized (entries) {
            return List.copyOf(entries);
        }
    }

    public void clear() {
        synchronized (entries) {
            entries.clear();
        }
    }

    @Override
    public void flush() {
        // nothing is buffered outside memory
    }

    /** Called by the LogManager at shutdown; the entries die with the process anyway. */
    @Override
    public void close() {
        // nothing to release
    }

    private static Logger rootLogger() {
        return Logger.getLogger("");
    }
}
