package vn.kiosk.app.runtime;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.smartcardio.CardTerminal;
import vn.kiosk.app.backend.BackendClient;
import vn.kiosk.app.backend.OutboxDelivery;
import vn.kiosk.app.flow.Action;
import vn.kiosk.app.flow.CardService;
import vn.kiosk.app.flow.FlowContext;
import vn.kiosk.app.flow.FlowEngine;
import vn.kiosk.app.flow.OutboxSubmitter;
import vn.kiosk.app.outbox.Outbox;
import vn.kiosk.app.outbox.OutboxConfig;
import vn.kiosk.app.outbox.OutboxWorker;
import vn.kiosk.reader.error.ReaderException;
import vn.kiosk.reader.transport.CardPresence;

/**
 * A running kiosk without its screen: the flow engine wired to the card readers, the backend,
 * the outbox and its delivery worker, and a one-second tick for the idle timeout. The JavaFX
 * window, the tests and the packaging's smoke run all start this and drive {@link #engine()}.
 */
public final class KioskRuntime implements AutoCloseable {
    private static final Duration OUTBOX_INTERVAL = Duration.ofSeconds(15);
    /** How long a citizen waits for the backend before getting the receipt of the saved submission. */
    private static final Duration PATIENCE = Duration.ofSeconds(8);

    private final RuntimeSetup setup;
    private final BackendClient backend;
    private final Outbox outbox;
    private final OutboxWorker worker;
    private final FlowEngine engine;
    private final CardService cards;
    private final CardPresence presence;
    private final ScheduledExecutorService ticker;

    private KioskRuntime(RuntimeSetup setup) {
        this.setup = setup;
        this.backend = BackendClient.create(setup.backend());
        this.outbox = Outbox.open(OutboxConfig.of(setup.outboxDatabase(), setup.outboxKey()).withClock(setup.clock()));
        OutboxDelivery delivery = new OutboxDelivery(backend);
        this.worker = OutboxWorker.start(outbox, delivery, OUTBOX_INTERVAL);
        this.cards = new TerminalCardService(setup.terminals(), setup.trust());
        OutboxSubmitter submitter = new OutboxSubmitter(outbox, delivery, PATIENCE);
        this.engine = FlowEngine.start(new FlowContext(cards, backend, submitter, setup.printer(), setup.clock(),
                setup.settings()));
        this.presence = CardPresence.watchAll(setup.terminals(), new CardPresence.Listener() {
            @Override
            public void inserted(CardTerminal terminal) {
                if (ours(terminal)) {
                    engine.dispatch(new Action.CardInserted(terminal.getName()));
                }
            }

            @Override
            public void removed(CardTerminal terminal) {
                if (ours(terminal)) {
                    engine.dispatch(new Action.CardRemoved(terminal.getName()));
                }
            }

            @Override
            public void failed(ReaderException problem) {
                System.getLogger("kiosk.reader").log(System.Logger.Level.WARNING,
                        "card readers unavailable: " + problem.getClass().getSimpleName());
            }
        });
        this.ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "kiosk-tick");
            t.setDaemon(true);
            return t;
        });
        ticker.scheduleAtFixedRate(() -> engine.dispatch(new Action.Tick()), 1, 1, TimeUnit.SECONDS);
    }

    /** A configured kiosk listens to its one reader only (a second reader may serve the staff). */
    private boolean ours(CardTerminal terminal) {
        return setup.readerName().map(terminal.getName()::equals).orElse(true);
    }

    public static KioskRuntime start(RuntimeSetup setup) {
        return new KioskRuntime(setup);
    }

    public FlowEngine engine() {
        return engine;
    }

    /** The card reading the flows use, for the operator's test read. */
    public CardService cards() {
        return cards;
    }

    public Outbox outbox() {
        return outbox;
    }

    public BackendClient backend() {
        return backend;
    }

    public RuntimeSetup setup() {
        return setup;
    }

    @Override
    public void close() {
        ticker.shutdownNow();
        presence.close();
        engine.close();
        worker.close();
        outbox.close();
        backend.close();
    }
}
