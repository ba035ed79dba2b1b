package vn.kiosk.app.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kiosk.app.backend.Clinic;
import vn.kiosk.app.backend.Notary;
import vn.kiosk.app.demo.DemoCard;

class ClinicAndNotaryFlowTest {
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
    void aPatientChecksBhytChoosesADepartmentAndGetsAQueueTicket() {
        kiosk.identifyWithCard(ServiceKind.CLINIC, kiosk.world.citizen("A", 7));
        kiosk.act(new Action.Confirm());
        Step.InsuranceResult insurance = kiosk.await(Step.InsuranceResult.class);
        assertTrue(insurance.check().isPresent(), "the reference backend answers the BHYT check");
        kiosk.act(new Action.Next());
        Step.ChooseDepartment departments = kiosk.await(Step.ChooseDepartment.class);
        assertEquals(!insurance.valid(), departments.paying(), "no valid BHYT: registered as a paying patient");
        Clinic.DepartmentQueue department = departments.departments().get(0);
        kiosk.act(new Action.Choose(department.code()));
        Step.PriorityQuestions priority = kiosk.await(Step.PriorityQuestions.class);
        assertFalse(priority.offered().contains(Clinic.PriorityReason.UNKNOWN));
        kiosk.act(new Action.TogglePriority(Clinic.PriorityReason.PREGNANT));
        kiosk.await(Step.PriorityQuestions.class, q -> q.selected().contains(Clinic.PriorityReason.PREGNANT));
        kiosk.act(new Action.Submit());
        Step.Receipt ticket = kiosk.await(Step.Receipt.class, r -> r.printed() != PrintOutcome.PENDING);
        assertFalse(ticket.receipt().queued());
        assertTrue(ticket.receipt().rows().contains(new Row(Text.key("receipt.clinic.room"),
                Text.plain(department.room()))));
        assertTrue(ticket.receipt().rows().contains(new Row(Text.key("receipt.clinic.priority"),
                Text.key("receipt.clinic.priority.yes"))), "the pregnancy priority was registered");
        assertEquals(PrintOutcome.PRINTED, ticket.printed());
        assertEquals(1, kiosk.printed.size());
    }

    @Test
    void twoPartiesIdentifyInTurnForANotarization() {
        DemoCard seller = kiosk.world.citizen("A", 7);
        DemoCard buyer = kiosk.world.citizen("B", 8);
        kiosk.identifyWithCard(ServiceKind.NOTARY, seller);
        kiosk.act(new Action.Confirm());
        Step.ChooseRequestType types = kiosk.await(Step.ChooseRequestType.class);
        Notary.RequestType type = types.types().stream().filter(t -> t.minParties() == 2).findFirst().orElseThrow();
        kiosk.act(new Action.Choose(type.code()));
        Step.Parties one = kiosk.await(Step.Parties.class);
        assertEquals(1, one.parties().size());
        assertFalse(one.canSubmit(), type.code() + " needs two parties");

        kiosk.act(new Action.AddParty());
        Step.Identify next = kiosk.await(Step.Identify.class);
        assertEquals(1, next.party());
        assertEquals(Optional.of(Notice.TAKE_PREVIOUS_CARD), next.notice());

        // the same person cannot be both parties
        kiosk.world.remove();
        kiosk.await(Step.Identify.class, s -> s.notice().isEmpty());
        kiosk.world.insert(seller);
        kiosk.await(Step.EnterAccessKey.class);
        kiosk.act(new Action.EnterCan(seller.can()));
        assertEquals(Optional.of(Notice.SAME_PERSON), kiosk.await(Step.Identify.class, s -> s.notice().isPresent())
                .notice());

        kiosk.world.insert(buyer);
        kiosk.await(Step.EnterAccessKey.class);
        kiosk.act(new Action.EnterCan(buyer.can()));
        assertEquals(buyer.citizen().fullName(), kiosk.await(Step.ConfirmIdentity.class).person().fullName());
        kiosk.act(new Action.Confirm());
        Step.Parties two = kiosk.await(Step.Parties.class, p -> p.parties().size() == 2);
        assertTrue(two.canSubmit());
        kiosk.act(new Action.Submit());
        Step.Receipt receipt = kiosk.await(Step.Receipt.class);
        assertFalse(receipt.receipt().queued());
        assertTrue(receipt.receipt().headline().length() > 0);
        assertTrue(receipt.receipt().rows().stream().anyMatch(r -> r.label().equals(Text.key("receipt.notary.desk"))));
    }
}
