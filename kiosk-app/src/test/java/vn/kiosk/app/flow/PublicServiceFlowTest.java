package vn.kiosk.app.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kiosk.app.backend.Catalogue;
import vn.kiosk.app.demo.DemoCard;
import vn.kiosk.app.demo.DemoForms;
import vn.kiosk.reader.identity.Assurance;
import vn.kiosk.simulator.backend.ChaosMode;

class PublicServiceFlowTest {
    @TempDir
    Path dir;
    KioskDriver kiosk;

    @BeforeEach
    void start() throws Exception {
        kiosk = new KioskDriver(dir);
    }

    @AfterEach
    void stop() {
        kiosk.close();
    }

    @Test
    void aCitizenFilesABirthRegistrationWithTheChipAndGetsTheDossierCode() {
        DemoCard card = kiosk.world.citizen("A", 7);
        Step.ConfirmIdentity confirm = kiosk.identifyWithCard(ServiceKind.PUBLIC_SERVICE, card);
        PersonView person = confirm.person();
        assertEquals(card.citizen().fullName(), person.fullName());
        String id = card.citizen().idNumber();
        assertEquals(id.substring(id.length() - 4), person.maskedIdNumber().replace("•", ""));
        assertTrue(person.photoJpeg().isPresent(), "the chip's portrait is shown");
        assertEquals(Assurance.CHIP_CLONE_CHECKED, person.assurance());

        kiosk.act(new Action.Confirm());
        kiosk.await(Step.ChooseProcedure.class);
        kiosk.act(new Action.Search("khai sinh"));
        Step.ChooseProcedure found = kiosk.await(Step.ChooseProcedure.class, s -> s.query().equals("khai sinh"));
        Catalogue.Procedure birth = found.matches().stream().filter(p -> p.code().equals("KHAI_SINH")).findFirst()
                .orElseThrow();
        kiosk.act(new Action.Choose(birth.code()));
        Step.FillForm form = kiosk.await(Step.FillForm.class);
        assertTrue(form.fromCard().stream().anyMatch(r -> r.value().equals(Text.plain(card.citizen().fullName()))),
                "the name comes from the chip");

        kiosk.act(new Action.Next());
        Step.FillForm refused = kiosk.await(Step.FillForm.class, f -> !f.problems().isEmpty());
        assertTrue(birth.extraFields().stream().filter(Catalogue.FormField::required)
                .allMatch(f -> refused.problems().get(f.name()) == FieldProblem.REQUIRED));

        fill(birth);
        kiosk.act(new Action.Next());
        kiosk.await(Step.ReviewDossier.class);
        kiosk.act(new Action.Submit());
        Step.Receipt receipt = kiosk.await(Step.Receipt.class, r -> r.printed() != PrintOutcome.PENDING);
        assertFalse(receipt.receipt().queued());
        assertEquals(1, kiosk.world.backend().dossierCount());
        assertEquals(receipt.receipt().qrPayload().orElseThrow(), receipt.receipt().headline());
        assertEquals(PrintOutcome.PRINTED, receipt.printed());
        assertEquals(receipt.receipt(), kiosk.printed.get(0));
    }

    @Test
    void whenTheBackendIsDownTheDossierWaitsInTheOutboxAndIsDeliveredOnceItIsBack() {
        DemoCard card = kiosk.world.citizen("A", 7);
        kiosk.identifyWithCard(ServiceKind.PUBLIC_SERVICE, card);
        kiosk.act(new Action.Confirm());
        Catalogue.Procedure birth = kiosk.await(Step.ChooseProcedure.class).matches().stream()
                .filter(p -> p.code().equals("KHAI_SINH")).findFirst().orElseThrow();
        kiosk.act(new Action.Choose(birth.code()));
        kiosk.await(Step.FillForm.class);
        fill(birth);
        kiosk.act(new Action.Next());
        kiosk.await(Step.ReviewDossier.class);

        kiosk.world.backend().chaos().enable(ChaosMode.RESET);
        kiosk.act(new Action.Submit());
        Step.Receipt receipt = kiosk.await(Step.Receipt.class);
        assertTrue(receipt.receipt().queued(), "the receipt says it will be sent");
        assertEquals(receipt.receipt().headline(), receipt.receipt().qrPayload().orElseThrow());
        assertTrue(receipt.receipt().notes().contains(Text.key("receipt.queued.note")));
        assertEquals(0, kiosk.world.backend().dossierCount());

        kiosk.world.backend().chaos().disableAll();
        kiosk.clock.advance(java.time.Duration.ofHours(1));
        long deadline = System.currentTimeMillis() + 30_000;
        while (kiosk.world.backend().dossierCount() == 0 && System.currentTimeMillis() < deadline) {
            kiosk.runtime.outbox().deliverDue(new vn.kiosk.app.backend.OutboxDelivery(kiosk.runtime.backend()));
        }
        assertEquals(1, kiosk.world.backend().dossierCount(), "delivered exactly once");
    }

    private void fill(Catalogue.Procedure procedure) {
        for (Catalogue.FormField field : procedure.extraFields()) {
            kiosk.act(new Action.SetField(field.name(), DemoForms.sample(field)));
        }
    }
}
