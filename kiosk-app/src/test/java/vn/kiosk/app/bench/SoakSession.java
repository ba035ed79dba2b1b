package vn.kiosk.app.bench;

import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import vn.kiosk.app.backend.Catalogue;
import vn.kiosk.app.backend.Notary;
import vn.kiosk.app.demo.DemoCard;
import vn.kiosk.app.demo.DemoForms;
import vn.kiosk.app.demo.DemoWorld;
import vn.kiosk.app.flow.Action;
import vn.kiosk.app.flow.FlowEngine;
import vn.kiosk.app.flow.PrintOutcome;
import vn.kiosk.app.flow.ServiceKind;
import vn.kiosk.app.flow.Step;
import vn.kiosk.app.flow.FlowScript;

/**
 * One citizen's whole visit, as the flow tests drive it: start, choose a service, put the card on the
 * reader, type its CAN, confirm the identity read from the chip, go through the service to the printed
 * receipt, take the card and go home. Sessions take the three services in turn (a birth registration,
 * a clinic queue ticket, a one-party notarisation) and two citizens' cards in turn.
 */
final class SoakSession {
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final List<ServiceKind> SERVICES = List.of(ServiceKind.PUBLIC_SERVICE, ServiceKind.CLINIC,
            ServiceKind.NOTARY);

    private final DemoWorld world;
    private final List<DemoCard> cards;
    private final FlowScript script;

    SoakSession(FlowEngine engine, DemoWorld world) {
        this.world = world;
        this.cards = List.of(world.citizen("A", 7), world.citizen("B", 8));
        this.script = new FlowScript(engine, WAIT);
    }

    /** Session number {@code index}: from the welcome screen back to it. */
    void run(int index) {
        ServiceKind service = SERVICES.get(index % SERVICES.size());
        DemoCard card = cards.get(index / SERVICES.size() % cards.size());
        await(Step.Welcome.class);
        script.identifyWithCard(world, service, card);
        act(new Action.Confirm());
        switch (service) {
            case PUBLIC_SERVICE:
                birthRegistration();
                break;
            case CLINIC:
                clinicTicket();
                break;
            default:
                notarisation();
                break;
        }
        Step.Receipt receipt = await(Step.Receipt.class, r -> r.printed() != PrintOutcome.PENDING);
        if (receipt.printed() != PrintOutcome.PRINTED) {
            throw new IllegalStateException("session " + index + ": the receipt was not printed: " + receipt.printed());
        }
        world.remove();
        act(new Action.Home());
        await(Step.Welcome.class);
    }

    private void birthRegistration() {
        Catalogue.Procedure birth = await(Step.ChooseProcedure.class).matches().stream()
                .filter(p -> p.code().equals("KHAI_SINH")).findFirst().orElseThrow();
        act(new Action.Choose(birth.code()));
        await(Step.FillForm.class);
        for (Catalogue.FormField field : birth.extraFields()) {
            act(new Action.SetField(field.name(), DemoForms.sample(field)));
        }
        act(new Action.Next());
        await(Step.ReviewDossier.class);
        act(new Action.Submit());
    }

    private void clinicTicket() {
        await(Step.InsuranceResult.class);
        act(new Action.Next());
        Step.ChooseDepartment departments = await(Step.ChooseDepartment.class);
        act(new Action.Choose(departments.departments().get(0).code()));
        await(Step.PriorityQuestions.class);
        act(new Action.Submit());
    }

    private void notarisation() {
        Notary.RequestType will = await(Step.ChooseRequestType.class).types().stream()
                .filter(t -> t.minParties() == 1).findFirst().orElseThrow();
        act(new Action.Choose(will.code()));
        await(Step.Parties.class, Step.Parties::canSubmit);
        act(new Action.Submit());
    }

    private void act(Action action) {
        script.act(action);
    }

    private <T extends Step> T await(Class<T> type) {
        return script.await(type);
    }

    private <T extends Step> T await(Class<T> type, Predicate<T> matches) {
        return script.await(type, matches);
    }
}
