package vn.kiosk.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import vn.kiosk.app.backend.Catalogue;
import vn.kiosk.app.backend.OutboxDelivery;
import vn.kiosk.app.demo.DemoCard;
import vn.kiosk.app.flow.Action;
import vn.kiosk.app.flow.FlowSettings;
import vn.kiosk.app.flow.KioskDriver;
import vn.kiosk.app.flow.Step;
import vn.kiosk.app.flow.Text;
import vn.kiosk.app.i18n.Messages;
import vn.kiosk.simulator.backend.ChaosMode;
import vn.kiosk.simulator.personalise.Fault;

/**
 * The kiosk as a citizen meets it: the real window (headless), tapped by a finger, against the
 * simulator's virtual card and the reference backend.
 */
@ExtendWith(ApplicationExtension.class)
class KioskScreensTest {
    @TempDir
    Path dir;
    KioskDriver kiosk;
    Finger finger;
    Messages words = Messages.of(Messages.VIETNAMESE);

    @Start
    void start(Stage stage) throws Exception {
        kiosk = new KioskDriver(dir);
        KioskWindow.show(stage, new KioskView(kiosk.engine()), false);
    }

    @BeforeEach
    void finger(FxRobot robot) {
        finger = new Finger(robot, words);
    }

    @AfterEach
    void stop() {
        kiosk.close();
    }

    private void startService(String serviceKey) {
        finger.tap("welcome.start");
        finger.tap(serviceKey);
    }

    private void typeCan(String can) {
        finger.see("key.title.CAN");
        List<String> keys = new java.util.ArrayList<>();
        can.chars().forEach(c -> keys.add("char:" + (char) c));
        keys.add("done");
        finger.keys(keys.toArray(String[]::new));
    }

    @Test
    void aCitizenFilesADossierByTouchFromCardToReceipt() {
        DemoCard card = kiosk.world.citizen("A", 7);
        startService("service.PUBLIC_SERVICE");
        finger.see("identify.card");
        kiosk.world.insert(card);
        typeCan(card.can().equals("000000") ? "111111" : "000000");
        finger.see("notice.WRONG_KEY");
        typeCan(card.can());
        finger.seeText(card.citizen().fullName());
        finger.tap("confirm.yes");

        finger.see("procedure.title");
        finger.tapText("🔍  " + words.get("procedure.search"));
        finger.type("khai sinh");
        finger.tapText("Đăng ký khai sinh");
        Step.FillForm form = kiosk.await(Step.FillForm.class);
        for (Catalogue.FormField field : form.procedure().extraFields()) {
            fill(field);
        }
        finger.tap("form.next");
        finger.see("review.title");
        finger.tap("review.submit");
        finger.see("receipt.dossier.title");
        Step.Receipt receipt = kiosk.await(Step.Receipt.class);
        finger.seeText(receipt.receipt().headline());
        assertEquals(1, kiosk.world.backend().dossierCount());
        finger.tap("receipt.done");
        finger.see("welcome.title");
    }

    private void fill(Catalogue.FormField field) {
        switch (field.type()) {
            case SELECT:
                finger.tapButton(words.text(Text.option(field.options().get(0))));
                break;
            case BOOLEAN:
                finger.tapButton(words.text(Text.option("true")));
                break;
            case DATE:
                finger.tapField(field.labelVi());
                finger.keys("char:1", "char:5", "char:0", "char:1", "char:2", "char:0", "char:2", "char:6", "done");
                break;
            case NUMBER:
                finger.tapField(field.labelVi());
                finger.keys("char:2", "done");
                break;
            default:
                finger.tapField(field.labelVi());
                finger.type("an binh");
        }
        kiosk.await(Step.FillForm.class, f -> !f.values().getOrDefault(field.name(), "").isEmpty());
    }

    @Test
    void aPatientWithTheVneidQrGetsAQueuedTicketWhileTheBackendIsDown() {
        DemoCard card = kiosk.world.citizen("A", 7);
        startService("service.CLINIC");
        finger.see("identify.card-or-qr");
        kiosk.act(new Action.QrScanned(card.qrText())); // the scanner
        finger.seeText(card.citizen().fullName());
        finger.see("assurance.QR_ONLY");
        finger.tap("confirm.yes");
        Step.InsuranceResult insurance = kiosk.await(Step.InsuranceResult.class);
        finger.tap(insurance.valid() ? "insurance.continue" : "insurance.paying");
        Step.ChooseDepartment departments = kiosk.await(Step.ChooseDepartment.class);
        finger.tapText(departments.departments().get(0).nameVi());
        finger.see("priority.title");

        kiosk.world.backend().chaos().enable(ChaosMode.RESET);
        finger.tap("priority.submit");
        finger.see("receipt.queued.note");
        assertEquals(1, kiosk.runtime.outbox().stats().pending(), "kept in the outbox");

        kiosk.world.backend().chaos().disableAll();
        kiosk.runtime.outbox().deliverDue(new OutboxDelivery(kiosk.runtime.backend()));
        kiosk.clock.advance(Duration.ofMinutes(10));
        kiosk.runtime.outbox().deliverDue(new OutboxDelivery(kiosk.runtime.backend()));
        assertEquals(0, kiosk.runtime.outbox().stats().pending(), "delivered once the link is back");
    }

    @Test
    void aNotaryRequestRefusesQrForgedAndPulledCardsThenTakesTwoParties() {
        DemoCard seller = kiosk.world.citizen("A", 7);
        DemoCard buyer = kiosk.world.citizen("B", 8);
        startService("service.NOTARY");
        finger.see("identify.chip-only");
        kiosk.act(new Action.QrScanned("VNeID:eyJhbGciOiJIUzI1NiJ9.payload"));
        finger.see("refused.QR_NEEDS_CHIP");
        finger.tap("refused.again");

        DemoCard forged = kiosk.world.card("FORGED", 9, List.of(new Fault.ForgedDataGroup(13)));
        kiosk.world.insert(forged);
        typeCan(forged.can());
        finger.see("refused.FORGED");
        finger.tap("refused.again");
        kiosk.world.remove();

        kiosk.world.insert(kiosk.world.card("A", 7, List.of(new Fault.RemoveAt(10))));
        typeCan(seller.can());
        finger.see("notice.CARD_REMOVED");

        kiosk.world.insert(seller);
        typeCan(seller.can());
        finger.seeText(seller.citizen().fullName());
        finger.tap("confirm.yes");
        finger.tapText("Hợp đồng mua bán nhà ở");
        finger.see("parties.need", 2);
        finger.tap("parties.add");
        finger.see("notice.TAKE_PREVIOUS_CARD");
        kiosk.world.insert(buyer);
        typeCan(buyer.can());
        finger.seeText(buyer.citizen().fullName());
        finger.tap("confirm.yes");
        finger.seeText(buyer.citizen().fullName());
        finger.tap("parties.submit");
        finger.see("receipt.notary.title");
        assertFalse(kiosk.await(Step.Receipt.class).receipt().queued());
    }

    @Test
    void anIdleSessionIsWipedFromTheScreenEntirely() {
        DemoCard card = kiosk.world.citizen("A", 7);
        startService("service.PUBLIC_SERVICE");
        kiosk.world.insert(card);
        typeCan(card.can());
        finger.seeText(card.citizen().fullName());
        assertTrue(finger.texts().contains("[image]"), "the portrait is on screen");

        FlowSettings settings = FlowSettings.defaults();
        kiosk.clock.advance(settings.idleTimeout().minus(settings.idleWarning()).plusSeconds(1));
        kiosk.act(new Action.Tick());
        finger.see("idle.title");
        kiosk.clock.advance(settings.idleWarning());
        kiosk.act(new Action.Tick());
        finger.see("welcome.title");

        String id = card.citizen().idNumber();
        List<String> left = finger.texts();
        for (String text : left) {
            assertFalse(text.contains(card.citizen().fullName()), "the name is gone");
            assertFalse(text.contains(id.substring(id.length() - 4)), "the ID number is gone");
        }
        assertFalse(left.contains("[image]"), "the portrait is gone");
    }
}
