package vn.kiosk.app.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.kiosk.app.backend.Catalogue;
import vn.kiosk.app.backend.OutboxDelivery;
import vn.kiosk.app.demo.DemoForms;
import vn.kiosk.app.flow.Action;
import vn.kiosk.app.flow.KioskDriver;
import vn.kiosk.app.flow.ServiceKind;
import vn.kiosk.app.flow.Step;
import vn.kiosk.simulator.backend.ChaosMode;

/**
 * The backend misbehaves at the moment of submission, in each of the ways the reference backend
 * can: the citizen always gets a receipt (sent or kept), and once the backend is well again each
 * dossier exists exactly once.
 */
class BackendFaultsTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(ChaosMode.class)
    void everySubmissionEndsInAReceiptAndArrivesExactlyOnce(ChaosMode mode) throws Exception {
        try (KioskDriver kiosk = new KioskDriver(dir)) {
            kiosk.world.backend().chaos().latency(Duration.ofSeconds(3)).timeoutHold(Duration.ofSeconds(40))
                    .errorEvery(1);
            int submissions = 2;
            for (int i = 0; i < submissions; i++) {
                kiosk.identifyWithCard(ServiceKind.PUBLIC_SERVICE, kiosk.world.citizen("A", 7));
                kiosk.act(new Action.Confirm());
                Catalogue.Procedure birth = kiosk.await(Step.ChooseProcedure.class).matches().stream()
                        .filter(p -> p.code().equals("KHAI_SINH")).findFirst().orElseThrow();
                kiosk.act(new Action.Choose(birth.code()));
                kiosk.await(Step.FillForm.class);
                birth.extraFields().forEach(f -> kiosk.act(new Action.SetField(f.name(), DemoForms.sample(f))));
                kiosk.act(new Action.Next());
                kiosk.await(Step.ReviewDossier.class);
                kiosk.world.backend().chaos().enable(mode);
                kiosk.act(new Action.Submit());
                Step.Receipt receipt = kiosk.await(Step.Receipt.class);
                assertTrue(!receipt.receipt().headline().isBlank(), mode + ": a code the citizen can keep");
                kiosk.world.backend().chaos().disableAll();
                kiosk.act(new Action.Home());
                kiosk.world.remove();
                kiosk.await(Step.Welcome.class);
            }
            long deadline = System.currentTimeMillis() + 60_000;
            while (kiosk.runtime.outbox().stats().pending() > 0 && System.currentTimeMillis() < deadline) {
                kiosk.clock.advance(Duration.ofHours(1));
                kiosk.runtime.outbox().deliverDue(new OutboxDelivery(kiosk.runtime.backend()));
            }
            assertEquals(0, kiosk.runtime.outbox().stats().pending(), mode + ": all delivered");
            assertEquals(submissions, kiosk.world.backend().dossierCount(), mode + ": each exactly once");
        }
    }
}
