package vn.kiosk.app.faults;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Random;

import vn.kiosk.app.backend.BackendConfig;
import vn.kiosk.app.backend.Catalogue;
import vn.kiosk.app.backend.OutboxDelivery;
import vn.kiosk.app.demo.DemoForms;
import vn.kiosk.app.demo.DemoWorld;
import vn.kiosk.app.flow.Action;
import vn.kiosk.app.flow.FlowEngine;
import vn.kiosk.app.flow.FlowSettings;
import vn.kiosk.app.flow.PrintOutcome;
import vn.kiosk.app.flow.ReceiptPrinter;
import vn.kiosk.app.flow.ServiceKind;
import vn.kiosk.app.flow.Step;
import vn.kiosk.app.flow.FlowScript;
import vn.kiosk.app.outbox.OutboxKeys;
import vn.kiosk.app.runtime.KioskRuntime;
import vn.kiosk.app.runtime.RuntimeSetup;
import vn.kiosk.simulator.backend.ChaosMode;
import vn.kiosk.simulator.pki.TestPki;

/**
 * The kiosk (flow engine, outbox, backend client, virtual reader, reference backend) in a process
 * of its own for {@link KioskKillTest}: citizens file dossiers one after another until the process
 * is killed. Each printed receipt becomes a line {@code RECEIPT <queued> <headline> END} on stdout.
 * With {@code drain}, it only delivers what the outbox holds and prints
 * {@code DRAINED <pending> <dossiers at the backend> END}.
 *
 * <p>Arguments: PKI folder, backend data folder, outbox database, outbox key file, [drain].
 */
public final class KioskKillChild {
    private static final Duration WAIT = Duration.ofSeconds(30);

    private KioskKillChild() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = System.out;
        DemoWorld world = DemoWorld.start(Path.of(args[1]), TestPki.load(Path.of(args[0])));
        ReceiptPrinter printer = (receipt, language) -> {
            out.println("RECEIPT " + receipt.queued() + " " + receipt.headline() + " END");
            out.flush();
            return PrintOutcome.PRINTED;
        };
        KioskRuntime runtime = KioskRuntime.start(new RuntimeSetup(world.terminals(), world.trust(),
                BackendConfig.of(world.backendOrigin(), "KIOSK-KILL-01", Optional.empty()), Path.of(args[2]),
                OutboxKeys.loadOrCreate(Path.of(args[3])), printer, FlowSettings.defaults(), Clock.systemUTC()));
        if (args.length > 4 && args[4].equals("drain")) {
            OutboxDelivery delivery = new OutboxDelivery(runtime.backend());
            // the back-offs of the killed runs' last attempts are seconds: wait them out
            long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
            while (runtime.outbox().stats().pending() > 0 && System.nanoTime() < deadline) {
                runtime.outbox().deliverDue(delivery);
                Thread.sleep(200);
            }
            out.println("DRAINED " + runtime.outbox().stats().pending() + " " + world.backend().dossierCount() + " END");
            System.exit(0);
        }
        Random random = new Random();
        for (long seed = 1;; seed++) {
            world.backend().chaos().disableAll();
            // now and then the backend cuts the connection as the dossier is sent: it waits in the outbox
            fileADossier(world, runtime.engine(), seed, random.nextInt(3) == 0);
        }
    }

    private static void fileADossier(DemoWorld world, FlowEngine engine, long seed, boolean cutOnSubmit) {
        FlowScript script = new FlowScript(engine, WAIT);
        world.remove();
        script.act(new Action.Home());
        script.await(Step.Welcome.class);
        script.identifyWithCard(world, ServiceKind.PUBLIC_SERVICE, world.citizen("K", 100 + seed % 5));
        script.act(new Action.Confirm());
        Catalogue.Procedure procedure = script.await(Step.ChooseProcedure.class, s -> !s.matches().isEmpty())
                .matches().get(0);
        script.act(new Action.Choose(procedure.code()));
        script.await(Step.FillForm.class);
        procedure.extraFields().forEach(f -> script.act(new Action.SetField(f.name(), DemoForms.sample(f))));
        script.act(new Action.Next());
        script.await(Step.ReviewDossier.class);
        if (cutOnSubmit) {
            world.backend().chaos().enable(ChaosMode.RESET);
        }
        script.act(new Action.Submit());
        script.await(Step.Receipt.class, r -> r.printed() != PrintOutcome.PENDING);
    }
}
