package vn.kiosk.app.flow;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.kiosk.app.backend.Notary;
import vn.kiosk.app.backend.Submissions;

/**
 * A notarization request: choose the request type, then every party identifies in turn with their
 * own card, then review and submit; the receipt gives the request number and the desk.
 */
final class NotaryFlow implements ServiceFlow {
    private final FlowContext context;
    private final BackendLists lists;
    private final Submissions submissions = new Submissions();
    private final List<Identified> parties = new ArrayList<>();
    private List<Notary.RequestType> types = List.of();
    private Notary.RequestType type;

    NotaryFlow(FlowContext context, BackendLists lists) {
        this.context = context;
        this.lists = lists;
    }

    @Override
    public ServiceKind kind() {
        return ServiceKind.NOTARY;
    }

    @Override
    public Transition begin(Identified first) {
        parties.clear();
        parties.add(first);
        return new Transition.Work<>(Text.key("working.notary-types"), lists::requestTypes, found -> {
            if (found.isEmpty()) {
                return Transition.go(new Step.Failed(Text.key("failed.notary-types"), true));
            }
            types = found.get();
            return Transition.go(new Step.ChooseRequestType(types));
        });
    }

    @Override
    public Transition partyAdded(Identified person) {
        parties.add(person);
        return Transition.go(partiesStep());
    }

    @Override
    public Optional<Notice> refuse(Identified person) {
        boolean already = parties.stream().anyMatch(p -> p.identity().idNumber().equals(person.identity().idNumber()));
        return already ? Optional.of(Notice.SAME_PERSON) : Optional.empty();
    }

    @Override
    public Transition on(Action action, Step current) {
        if (current instanceof Step.ChooseRequestType && action instanceof Action.Choose) {
            String code = ((Action.Choose) action).code();
            Optional<Notary.RequestType> chosen = types.stream().filter(t -> t.code().equals(code)).findFirst();
            if (chosen.isPresent()) {
                type = chosen.get();
                return Transition.go(partiesStep());
            }
        }
        if (current instanceof Step.Parties) {
            Step.Parties step = (Step.Parties) current;
            if (action instanceof Action.AddParty && step.canAdd()) {
                return new Transition.IdentifyAnother();
            }
            if (action instanceof Action.Submit && step.canSubmit()) {
                return submit();
            }
        }
        if (current instanceof Step.Failed && action instanceof Action.Next && !parties.isEmpty()) {
            return begin(parties.get(0));
        }
        return Transition.go(current);
    }

    private Step.Parties partiesStep() {
        List<PersonView> views = parties.stream().map(Identified::view).toList();
        return new Step.Parties(type, views, parties.size() < type.maxParties(), parties.size() >= type.minParties());
    }

    /** Roles name the parties in the order they identified: PARTY_A, PARTY_B, ... */
    private static String role(int index) {
        return "PARTY_" + (char) ('A' + index);
    }

    private Transition submit() {
        List<Notary.Party> wire = new ArrayList<>();
        for (int i = 0; i < parties.size(); i++) {
            Identified p = parties.get(i);
            wire.add(new Notary.Party(role(i), Disclosure.identity(p.identity(), Disclosure.NOTARY),
                    Disclosure.evidence(p).orElse(null)));
        }
        Notary.Submission submission = new Notary.Submission(type.code(), wire);
        Text title = Text.key("receipt.notary.title");
        Text typeName = Text.both(type.nameVi(), type.nameEn());
        List<Row> queuedRows = List.of(new Row(Text.key("receipt.notary.type"), typeName),
                new Row(Text.key("receipt.notary.parties"), Text.plain(Integer.toString(parties.size()))));
        return new Transition.Work<>(Text.key("working.submitting"),
                () -> context.submitter().submit(submissions.notaryRequest(submission)),
                outcome -> Receipts.of(kind(), outcome, body -> submissions.answer(body, Notary.Request.class)
                        .filter(r -> r.requestNumber() != null).map(r -> receipt(title, typeName, r)),
                        title, queuedRows));
    }

    private ReceiptView receipt(Text title, Text typeName, Notary.Request r) {
        List<Row> rows = new ArrayList<>();
        rows.add(new Row(Text.key("receipt.notary.type"), typeName));
        rows.add(new Row(Text.key("receipt.notary.desk"), Text.plain(r.desk())));
        if (r.appointmentTime() != null) {
            rows.add(new Row(Text.key("receipt.notary.time"), Text.plain(Dates.parseLocalDateTime(r.appointmentTime())
                    .map(Dates::display).orElse(r.appointmentTime()))));
        }
        rows.add(new Row(Text.key("receipt.notary.parties"), Text.plain(Integer.toString(parties.size()))));
        return new ReceiptView(title, r.requestNumber(), rows, Optional.of(r.requestNumber()),
                List.of(Text.key("receipt.notary.note")), false);
    }
}
