package vn.kiosk.app.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kiosk.app.demo.DemoCard;
import vn.kiosk.app.flow.Action;
import vn.kiosk.app.flow.KioskDriver;
import vn.kiosk.app.flow.Notice;
import vn.kiosk.app.flow.ServiceKind;
import vn.kiosk.app.flow.Step;
import vn.kiosk.simulator.personalise.Fault;

/** The card leaves the reader after every possible APDU of a full read: each time a clear screen. */
class CardFaultsTest {
    @TempDir
    Path dir;

    @Test
    void aCardPulledAfterAnyApduOfTheReadEndsWithTheCitizenAskedToPutItBack() throws Exception {
        try (KioskDriver kiosk = new KioskDriver(dir)) {
            DemoCard genuine = kiosk.world.citizen("A", 7);
            kiosk.act(new Action.Start());
            kiosk.await(Step.ChooseService.class);
            kiosk.act(new Action.ChooseService(ServiceKind.PUBLIC_SERVICE));
            kiosk.await(Step.Identify.class);
            int pulledAt = 0;
            boolean completed = false;
            while (!completed) {
                kiosk.world.insert(kiosk.world.card("A", 7, List.of(new Fault.RemoveAt(pulledAt))));
                kiosk.await(Step.EnterAccessKey.class);
                kiosk.act(new Action.EnterCan(genuine.can()));
                Step after = kiosk.await(Step.class, s -> s instanceof Step.ConfirmIdentity
                        || (s instanceof Step.Identify && ((Step.Identify) s).notice().isPresent()));
                if (after instanceof Step.ConfirmIdentity) {
                    completed = true;
                } else {
                    assertEquals(Optional.of(Notice.CARD_REMOVED), ((Step.Identify) after).notice(),
                            "pulled after APDU " + pulledAt);
                    pulledAt++;
                }
                assertTrue(pulledAt < 200, "a full read is far shorter than this");
            }
            // every APDU of the read was a place to pull the card; the one after the last completes
            assertTrue(pulledAt > 10, "the read has " + pulledAt + " APDUs");
        }
    }
}
