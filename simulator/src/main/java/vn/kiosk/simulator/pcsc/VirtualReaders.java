package vn.kiosk.simulator.pcsc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import javax.smartcardio.CardTerminal;
import javax.smartcardio.TerminalFactory;
import vn.kiosk.simulator.card.VirtualCard;

/**
 * A set of named virtual readers into which a test inserts and removes {@link VirtualCard}s at
 * any time. This object is the whole state of the in-process PC/SC world: it is passed as the
 * parameter of {@code TerminalFactory.getInstance("VirtualCCCD", readers, provider)}, so two tests
 * with their own readers never see each other's cards.
 *
 * <pre>{@code
 * VirtualReaders readers = VirtualReaders.withCard(card);
 * TerminalFactory factory = readers.terminalFactory();   // or just VirtualReaders.withCard(card).terminalFactory()
 * readers.first().remove();                              // the card leaves mid-session
 * }</pre>
 */
public final class VirtualReaders {

    public static final String DEFAULT_READER_NAME = "Virtual CCCD Reader 00";

    // One lock and condition for all readers: CardTerminals.waitForChange waits on any of them.
    final ReentrantLock lock = new ReentrantLock();
    final Condition changed = lock.newCondition();

    /**
     * Runs VirtualCard.process off the caller's thread so a removal can end a pending transmit
     * the way a card leaving the field does. Idle threads die after a second; all are daemons.
     */
    final ExecutorService worker;

    private final Map<String, VirtualReader> readers = new LinkedHashMap<>();

    private VirtualReaders(List<String> names) {
        if (names.isEmpty()) {
            throw new IllegalArgumentException("at least one reader name is needed");
        }
        AtomicInteger threads = new AtomicInteger();
        this.worker = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 1, TimeUnit.SECONDS, new SynchronousQueue<>(), r -> {
            Thread t = new Thread(r, "virtual-card-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        for (String name : names) {
            Objects.requireNonNull(name, "reader name");
            if (readers.putIfAbsent(name, new VirtualReader(name, this)) != null) {
                throw new IllegalArgumentException("duplicate reader name: " + name);
            }
        }
    }

    /** Empty readers with these names, in this order. */
    public static VirtualReaders named(String... names) {
        return new VirtualReaders(List.of(names));
    }

    /** One reader called {@value #DEFAULT_READER_NAME} with {@code card} already inserted. */
    public static VirtualReaders withCard(VirtualCard card) {
        VirtualReaders readers = named(DEFAULT_READER_NAME);
        readers.first().insert(card);
        return readers;
    }

    /** A javax.smartcardio factory over these readers (a new provider instance; no global registration). */
    public TerminalFactory terminalFactory() {
        return VirtualPcscProvider.terminalFactory(this);
    }

    /** The javax.smartcardio view of the first reader, for tests that need just one. */
    public CardTerminal firstTerminal() {
        return first().terminal();
    }

    public VirtualReader first() {
        return readers.values().iterator().next();
    }

    public VirtualReader reader(String name) {
        VirtualReader reader = readers.get(name);
        if (reader == null) {
            throw new IllegalArgumentException("no virtual reader named " + name + "; have " + readers.keySet());
        }
        return reader;
    }

    public List<VirtualReader> readers() {
        return List.copyOf(readers.values());
    }

    /** Which insertion each reader holds now (null for empty), read under the lock. */
    Map<String, Insertion> snapshot() {
        lock.lock();
        try {
            Map<String, Insertion> now = new LinkedHashMap<>();
            for (VirtualReader reader : readers.values()) {
                now.put(reader.name(), reader.insertionLocked());
            }
            return now;
        } finally {
            lock.unlock();
        }
    }

    List<VirtualReader> readersInOrder() {
        return new ArrayList<>(readers.values());
    }

    @Override
    public String toString() {
        return "VirtualReaders" + readers.keySet();
    }
}
