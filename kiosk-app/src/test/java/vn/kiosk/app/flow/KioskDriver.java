package vn.kiosk.app.flow;


import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import vn.kiosk.app.backend.BackendConfig;
import vn.kiosk.app.demo.DemoWorld;
import vn.kiosk.app.outbox.FakeClock;
import vn.kiosk.app.outbox.OutboxKeys;
import vn.kiosk.app.runtime.KioskRuntime;
import vn.kiosk.app.runtime.RuntimeSetup;

/**
 * The whole kiosk without its screen, against the simulator's virtual card and the reference
 * backend, with a clock the test moves. Tests act like a citizen and wait for screens.
 */
public final class KioskDriver implements AutoCloseable {
    static final Duration WAIT = Duration.ofSeconds(30);

    public final DemoWorld world;
    public final KioskRuntime runtime;
    public final FakeClock clock = new FakeClock(Instant.now());
    public final List<ReceiptView> printed = new CopyOnWriteArrayList<>();

    public KioskDriver(Path dir) throws Exception {
        this(dir, FlowSettings.defaults());
    }

    public KioskDriver(Path dir, FlowSettings settings) throws Exception {
        this(dir, settings, null);
    }

    /** @param printer the receipt printer; null for one that keeps the receipts in {@link #printed} */
    public KioskDriver(Path dir, FlowSettings settings, ReceiptPrinter printer) throws Exception {
        world = DemoWorld.start(dir.resolve("backend"));
        ReceiptPrinter recording = (receipt, language) -> {
            printed.add(receipt);
            return PrintOutcome.PRINTED;
        };
        RuntimeSetup setup = new RuntimeSetup(world.terminals(), world.trust(),
                BackendConfig.of(world.backendOrigin(), "KIOSK-TEST-01", Optional.empty()),
                dir.resolve("outbox/outbox.db"), OutboxKeys.generate(), printer == null ? recording : printer,
                settings, clock);
        runtime = KioskRuntime.start(setup);
    }

    private FlowScript script() {
        return new FlowScript(engine(), WAIT);
    }

    public FlowEngine engine() {
        return runtime.engine();
    }

    public void act(Action action) {
        engine().dispatch(action);
    }

    public <T extends Step> T await(Class<T> type) {
        return await(type, s -> true);
    }

    /** Waits for a screen of {@code type} that matches, and fails with the screen seen last if none comes. */
    public <T extends Step> T await(Class<T> type, Predicate<T> matches) {
        return script().await(type, matches);
    }

    /** Start → service → card on the reader → CAN typed → "this is me". */
    public Step.ConfirmIdentity identifyWithCard(ServiceKind service, vn.kiosk.app.demo.DemoCard card) {
        return script().identifyWithCard(world, service, card);
    }

    @Override
    public void close() {
        runtime.close();
        world.close();
    }
}
