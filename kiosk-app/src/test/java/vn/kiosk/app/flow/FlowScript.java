package vn.kiosk.app.flow;

import java.time.Duration;
import java.util.function.Predicate;

import vn.kiosk.app.demo.DemoCard;
import vn.kiosk.app.demo.DemoWorld;

/**
 * Drives the flow engine as a citizen would: acts, and waits for the step a screen would show
 * (polling the engine's state). Shared by the flow tests' {@link KioskDriver}, the benchmarks and
 * the kill test's child kiosk.
 */
public final class FlowScript {
    private final FlowEngine engine;
    private final Duration patience;

    public FlowScript(FlowEngine engine, Duration patience) {
        this.engine = engine;
        this.patience = patience;
    }

    public void act(Action action) {
        engine.dispatch(action);
    }

    /** Start → service → card on the reader → CAN typed → the identity read from the chip, to confirm. */
    public Step.ConfirmIdentity identifyWithCard(DemoWorld world, ServiceKind service, DemoCard card) {
        act(new Action.Start());
        await(Step.ChooseService.class);
        act(new Action.ChooseService(service));
        await(Step.Identify.class);
        world.insert(card);
        await(Step.EnterAccessKey.class);
        act(new Action.EnterCan(card.can()));
        return await(Step.ConfirmIdentity.class);
    }

    public <T extends Step> T await(Class<T> type) {
        return await(type, s -> true);
    }

    /** The first step of {@code type} that matches; fails naming the step shown last if none comes in time. */
    public <T extends Step> T await(Class<T> type, Predicate<T> matches) {
        long deadline = System.nanoTime() + patience.toNanos();
        Step last;
        do {
            last = engine.state().step();
            if (type.isInstance(last) && matches.test(type.cast(last))) {
                return type.cast(last);
            }
            try {
                Thread.sleep(2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted waiting for " + type.getSimpleName(), e);
            }
        } while (System.nanoTime() < deadline);
        throw new IllegalStateException("expected " + type.getSimpleName() + " but the kiosk shows " + describe(last));
    }

    /** Why a flow stopped is worth printing; other steps may hold a citizen's (synthetic) data: their type only. */
    private static String describe(Step step) {
        return step instanceof Step.Failed || step instanceof Step.IdentityRefused ? step.toString()
                : step.getClass().getSimpleName();
    }
}
