package vn.kiosk.app.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kiosk.app.demo.DemoCard;
import vn.kiosk.reader.identity.Assurance;
import vn.kiosk.simulator.personalise.Fault;

/** The identify steps every service shares, against the virtual card. */
class IdentifyFlowTest {
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

    private void toIdentify(ServiceKind service) {
        kiosk.act(new Action.Start());
        kiosk.await(Step.ChooseService.class);
        kiosk.act(new Action.ChooseService(service));
        kiosk.await(Step.Identify.class);
    }

    @Test
    void aWrongCanIsExplainedAndTheRightOneThenOpensTheCard() {
        DemoCard card = kiosk.world.citizen("A", 7);
        toIdentify(ServiceKind.PUBLIC_SERVICE);
        kiosk.world.insert(card);
        kiosk.await(Step.EnterAccessKey.class);
        String wrong = card.can().equals("000000") ? "111111" : "000000";
        kiosk.act(new Action.EnterCan(wrong));
        Step.EnterAccessKey again = kiosk.await(Step.EnterAccessKey.class, s -> s.notice().isPresent());
        assertEquals(Optional.of(Notice.WRONG_KEY), again.notice());
        kiosk.act(new Action.EnterCan(card.can()));
        assertEquals(card.citizen().fullName(), kiosk.await(Step.ConfirmIdentity.class).person().fullName());
    }

    @Test
    void theMrzFieldsOpenTheCardToo() {
        DemoCard card = kiosk.world.citizen("A", 7);
        toIdentify(ServiceKind.PUBLIC_SERVICE);
        kiosk.world.insert(card);
        kiosk.await(Step.EnterAccessKey.class);
        kiosk.act(new Action.UseKeyEntry(KeyEntry.MRZ));
        kiosk.await(Step.EnterAccessKey.class, s -> s.entry() == KeyEntry.MRZ);
        var c = card.citizen();
        java.time.format.DateTimeFormatter yymmdd = java.time.format.DateTimeFormatter.ofPattern("yyMMdd");
        String expiry = vn.kiosk.reader.identity.RenewalAges.expiry(c.dateOfBirth(), c.issueDate())
                .map(yymmdd::format).orElse("991231");
        kiosk.act(new Action.EnterMrz(c.idNumber(), yymmdd.format(c.dateOfBirth()), expiry));
        assertEquals(c.fullName(), kiosk.await(Step.ConfirmIdentity.class).person().fullName());
    }

    @Test
    void aCardPulledMidReadSaysSoAndTheNextTapReadsIt() {
        DemoCard card = kiosk.world.citizen("A", 7);
        DemoCard leaving = kiosk.world.card("A", 7, List.of(new Fault.RemoveAt(12)));
        toIdentify(ServiceKind.PUBLIC_SERVICE);
        kiosk.world.insert(leaving);
        kiosk.await(Step.EnterAccessKey.class);
        kiosk.act(new Action.EnterCan(card.can()));
        Step.Identify removed = kiosk.await(Step.Identify.class, s -> s.notice().isPresent());
        assertEquals(Optional.of(Notice.CARD_REMOVED), removed.notice());

        kiosk.world.insert(card);
        kiosk.await(Step.EnterAccessKey.class);
        kiosk.act(new Action.EnterCan(card.can()));
        kiosk.await(Step.ConfirmIdentity.class);
    }

    @Test
    void aForgedCardIsRefusedWithItsReason() {
        DemoCard forged = kiosk.world.card("FORGED", 9, List.of(new Fault.ForgedDataGroup(13)));
        toIdentify(ServiceKind.PUBLIC_SERVICE);
        kiosk.world.insert(forged);
        kiosk.await(Step.EnterAccessKey.class);
        kiosk.act(new Action.EnterCan(forged.can()));
        Step.IdentityRefused refused = kiosk.await(Step.IdentityRefused.class);
        assertEquals(Refusal.FORGED, refused.reason());
        assertEquals(Assurance.CHIP_UNVERIFIED, refused.reached());
    }

    @Test
    void aClonedCardIsRefusedForANotarization() {
        DemoCard clone = kiosk.world.card("CLONE", 10, List.of(new Fault.Clone()));
        toIdentify(ServiceKind.NOTARY);
        kiosk.world.insert(clone);
        kiosk.await(Step.EnterAccessKey.class);
        kiosk.act(new Action.EnterCan(clone.can()));
        assertEquals(Refusal.CLONE, kiosk.await(Step.IdentityRefused.class).reason());
    }

    @Test
    void aQrAloneIsNeverTakenAsIdentityWhereTheServiceNeedsTheChip() {
        toIdentify(ServiceKind.NOTARY);
        // an ID number in the QR gives the CAN: the kiosk asks for the card itself
        kiosk.act(new Action.QrScanned("https://vneid.gov.vn/qr?id=001089012345&t=1700000000"));
        assertEquals(Optional.of(Notice.QR_KEY_READY),
                kiosk.await(Step.Identify.class, s -> s.notice().isPresent()).notice());
        // a QR with no key at all is refused with the reason
        kiosk.act(new Action.QrScanned("VNeID:eyJhbGciOiJIUzI1NiJ9.payload"));
        Step.IdentityRefused refused = kiosk.await(Step.IdentityRefused.class);
        assertEquals(Refusal.QR_NEEDS_CHIP, refused.reason());
        assertEquals(Assurance.QR_ONLY, refused.reached());
        assertEquals(Assurance.CHIP_CLONE_CHECKED, refused.required());
    }

    @Test
    void theCardFrontQrGivesTheKeySoTheCardOpensWithoutTypingTheCan() {
        DemoCard card = kiosk.world.citizen("A", 7);
        toIdentify(ServiceKind.PUBLIC_SERVICE);
        kiosk.act(new Action.QrScanned(card.qrText()));
        Step.Identify ready = kiosk.await(Step.Identify.class, s -> s.notice().isPresent());
        assertEquals(Optional.of(Notice.QR_KEY_READY), ready.notice());
        kiosk.world.insert(card);
        Step.ConfirmIdentity confirm = kiosk.await(Step.ConfirmIdentity.class);
        assertEquals(Assurance.CHIP_CLONE_CHECKED, confirm.person().assurance());
    }

    @Test
    void aClinicAcceptsTheCardFrontQrAloneAtQrAssurance() {
        DemoCard card = kiosk.world.citizen("A", 7);
        toIdentify(ServiceKind.CLINIC);
        assertTrue(((Step.Identify) kiosk.engine().state().step()).qrIdentity());
        kiosk.act(new Action.QrScanned(card.qrText()));
        Step.ConfirmIdentity confirm = kiosk.await(Step.ConfirmIdentity.class);
        assertEquals(Assurance.QR_ONLY, confirm.person().assurance());
        assertTrue(confirm.person().photoJpeg().isEmpty());
    }

    @Test
    void aClockSetBackMidSessionDoesNotKeepTheCitizenOnScreen() throws InterruptedException {
        FlowSettings settings = FlowSettings.defaults();
        kiosk.identifyWithCard(ServiceKind.PUBLIC_SERVICE, kiosk.world.citizen("A", 8));
        kiosk.clock.advance(Duration.ofHours(-1)); // an NTP step back, just after the last touch
        // then time goes on, a tick a second, for twice the idle timeout at most (well short of the hour)
        for (long s = 0; s < 2 * settings.idleTimeout().toSeconds() && !(kiosk.engine().state().step()
                instanceof Step.Welcome); s++) {
            kiosk.clock.advance(Duration.ofSeconds(1));
            kiosk.act(new Action.Tick());
            Thread.sleep(5); // the ticks are handled on the flow's thread, with the clock as it is then
        }
        kiosk.await(Step.Welcome.class);
    }

    @Test
    void anIdleSessionWarnsThenWipesAndReturnsToWelcome() {
        FlowSettings settings = FlowSettings.defaults();
        kiosk.identifyWithCard(ServiceKind.PUBLIC_SERVICE, kiosk.world.citizen("A", 7));
        kiosk.clock.advance(settings.idleTimeout().minus(settings.idleWarning()).plusSeconds(1));
        kiosk.act(new Action.Tick());
        long deadline = System.currentTimeMillis() + 10_000;
        while (kiosk.engine().state().idleWarning().isEmpty() && System.currentTimeMillis() < deadline) {
            Thread.onSpinWait();
        }
        assertTrue(kiosk.engine().state().idleWarning().isPresent(), "the warning shows first");
        assertTrue(kiosk.engine().state().step() instanceof Step.ConfirmIdentity);

        kiosk.act(new Action.Touch());
        deadline = System.currentTimeMillis() + 10_000;
        while (kiosk.engine().state().idleWarning().isPresent() && System.currentTimeMillis() < deadline) {
            Thread.onSpinWait();
        }
        assertFalse(kiosk.engine().state().idleWarning().isPresent(), "a touch takes the warning away");
        kiosk.clock.advance(settings.idleTimeout().plus(Duration.ofSeconds(1)));
        kiosk.act(new Action.Tick());
        kiosk.await(Step.Welcome.class);
        assertFalse(kiosk.engine().state().idleWarning().isPresent());
        // the wiped session cannot be resumed: "back" and "confirm" now do nothing with it
        kiosk.act(new Action.Confirm());
        kiosk.act(new Action.Back());
        kiosk.await(Step.Welcome.class);
    }

    @Test
    void backFromTheConfirmationForgetsThePersonAndAsksForTheCardAgain() {
        kiosk.identifyWithCard(ServiceKind.PUBLIC_SERVICE, kiosk.world.citizen("A", 7));
        kiosk.act(new Action.Back());
        Step.Identify identify = kiosk.await(Step.Identify.class);
        assertEquals(Optional.of(Notice.TAKE_PREVIOUS_CARD), identify.notice(), "the read card must leave first");
        kiosk.act(new Action.Back());
        kiosk.await(Step.ChooseService.class);
        kiosk.act(new Action.Back());
        kiosk.await(Step.Welcome.class);
    }
}
