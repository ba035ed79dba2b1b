package vn.kiosk.packaging.it;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Predicate;
import java.util.stream.Stream;
import vn.kiosk.app.demo.DemoCard;
import vn.kiosk.app.demo.DemoWorld;
import vn.kiosk.app.flow.Action;
import vn.kiosk.app.flow.FlowEngine;
import vn.kiosk.app.flow.PrintOutcome;
import vn.kiosk.app.flow.ServiceKind;
import vn.kiosk.app.flow.Step;
import vn.kiosk.app.runtime.KioskParts;
import vn.kiosk.app.runtime.KioskRuntime;

/**
 * Citizens at the demo kiosk, without the screen: run by InstallLifecycleIT (and the benchmark)
 * on the INSTALLED runtime ({@code /opt/cccd-kiosk/runtime/bin/java -cp kiosk-app.jar:...}), to
 * show that the jlink image has every module a real visit needs, which a start-up alone does not
 * touch: the chip read (PACE, secure messaging, passive authentication with Bouncy Castle, the
 * clone check), a forged card refused, a submission over HTTP to the backend, the SQLite outbox
 * through the packaged native library, and the PDF ticket with its fonts.
 *
 * <p>Prints one line per fact and exits 0, or names what went wrong and exits 1.
 */
public final class DemoVisit {
    private static final Duration WAIT = Duration.ofSeconds(60);

    private final DemoWorld world;
    private final FlowEngine engine;

    private DemoVisit(DemoWorld world, FlowEngine engine) {
        this.world = world;
        this.engine = engine;
    }

    public static void main(String[] args) throws Exception {
        Path scratch = Files.createTempDirectory("demo-visit-");
        try (DemoWorld world = DemoWorld.start(scratch.resolve("backend"))) {
            KioskParts parts = KioskParts.demo(world, scratch);
            try (KioskRuntime runtime = KioskRuntime.start(parts.setup())) {
                new DemoVisit(world, runtime.engine()).run(scratch);
            }
        } catch (AssertionError | Exception e) {
            System.out.println("demo visit FAILED: " + e);
            System.exit(1);
        }
        System.exit(0);
    }

    private void run(Path scratch) throws Exception {
        DemoCard a = world.presets().get(0);
        DemoCard b = world.presets().get(1);
        DemoCard forged = world.presets().stream().filter(c -> c.label().equals("FORGED")).findFirst().orElseThrow();

        // Notary takes only a chip verified AND proven not to be a clone: reaching "is this you?"
        // means passive and chip/active authentication all passed on this runtime.
        long notaryRead = readCard(ServiceKind.NOTARY, a);
        System.out.printf("card read (notary, clone-checked): %d ms%n", notaryRead);
        engine.dispatch(new Action.Home());
        await(Step.Welcome.class, s -> true);
        world.remove();

        identify(ServiceKind.PUBLIC_SERVICE, forged);
        await(Step.IdentityRefused.class, s -> true);
        System.out.println("forged card refused");
        engine.dispatch(new Action.Home());
        await(Step.Welcome.class, s -> true);
        world.remove();

        long clinicRead = readCard(ServiceKind.CLINIC, b);
        System.out.printf("card read (clinic): %d ms%n", clinicRead);
        engine.dispatch(new Action.Confirm());
        await(Step.InsuranceResult.class, s -> true);
        engine.dispatch(new Action.Next());
        Step.ChooseDepartment departments = await(Step.ChooseDepartment.class, s -> !s.departments().isEmpty());
        engine.dispatch(new Action.Choose(departments.departments().get(0).code()));
        await(Step.PriorityQuestions.class, s -> true);
        engine.dispatch(new Action.Submit());
        Step.Receipt receipt = await(Step.Receipt.class, r -> r.printed() != PrintOutcome.PENDING);
        if (receipt.receipt().queued()) {
            throw new AssertionError("the submission stayed in the outbox: the backend was not reached");
        }
        try (Stream<Path> files = Files.walk(scratch.resolve("tickets"))) {
            long pdfs = files.filter(f -> f.toString().endsWith(".pdf")).count();
            if (pdfs == 0) {
                throw new AssertionError("no PDF ticket in " + scratch.resolve("tickets") + " (" + receipt.printed() + ")");
            }
        }
        System.out.println("clinic ticket submitted and printed as PDF (" + receipt.printed() + ")");
    }

    /** From the welcome screen to "is this you?": returns the ms from the CAN to the confirmation. */
    private long readCard(ServiceKind service, DemoCard card) throws InterruptedException {
        identify(service, card);
        long start = System.nanoTime();
        await(Step.ConfirmIdentity.class, s -> true);
        return (System.nanoTime() - start) / 1_000_000;
    }

    private void identify(ServiceKind service, DemoCard card) throws InterruptedException {
        engine.dispatch(new Action.Start());
        await(Step.ChooseService.class, s -> true);
        engine.dispatch(new Action.ChooseService(service));
        await(Step.Identify.class, s -> true);
        world.insert(card);
        await(Step.EnterAccessKey.class, s -> true);
        engine.dispatch(new Action.EnterCan(card.can()));
    }

    private <S extends Step> S await(Class<S> type, Predicate<S> condition) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        Step step;
        do {
            step = engine.state().step();
            if (type.isInstance(step) && condition.test(type.cast(step))) {
                return type.cast(step);
            }
            if (step instanceof Step.Failed && type != Step.Failed.class) {
                throw new AssertionError("the flow failed waiting for " + type.getSimpleName() + ": " + step);
            }
            // a refusal is only news while a card is being read (after "home" the old screen may
            // still show for a moment)
            if (step instanceof Step.IdentityRefused && type == Step.ConfirmIdentity.class) {
                throw new AssertionError("identity refused waiting for " + type.getSimpleName() + ": "
                        + ((Step.IdentityRefused) step).reason());
            }
            Thread.sleep(20);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("no " + type.getSimpleName() + " within " + WAIT + "; the kiosk shows " + step);
    }
}
