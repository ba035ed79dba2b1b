package vn.kiosk.app.flow;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.kiosk.app.backend.Catalogue;
import vn.kiosk.app.backend.Dossiers;
import vn.kiosk.app.backend.Submissions;
import vn.kiosk.app.text.TextSearch;

/**
 * An online public-service dossier: pick the procedure, check what the chip filled in, type the
 * rest, review, submit, take the receipt with the dossier code.
 */
final class PublicServiceFlow implements ServiceFlow {
    private final FlowContext context;
    private final BackendLists lists;
    private final Submissions submissions = new Submissions();
    private Identified person;
    private List<Catalogue.Procedure> procedures = List.of();

    PublicServiceFlow(FlowContext context, BackendLists lists) {
        this.context = context;
        this.lists = lists;
    }

    @Override
    public ServiceKind kind() {
        return ServiceKind.PUBLIC_SERVICE;
    }

    @Override
    public Transition begin(Identified confirmed) {
        this.person = confirmed;
        return new Transition.Work<>(Text.key("working.catalogue"), lists::procedures, found -> {
            if (found.isEmpty()) {
                return Transition.go(new Step.Failed(Text.key("failed.catalogue"), true));
            }
            procedures = found.get();
            return Transition.go(new Step.ChooseProcedure("", procedures));
        });
    }

    @Override
    public Transition on(Action action, Step current) {
        if (current instanceof Step.ChooseProcedure) {
            return onChoose(action, (Step.ChooseProcedure) current);
        }
        if (current instanceof Step.FillForm) {
            return onForm(action, (Step.FillForm) current);
        }
        if (current instanceof Step.ReviewDossier && action instanceof Action.Submit) {
            return submit((Step.ReviewDossier) current);
        }
        if (current instanceof Step.Failed && action instanceof Action.Next) {
            return begin(person);
        }
        return Transition.go(current);
    }

    private Transition onChoose(Action action, Step.ChooseProcedure current) {
        if (action instanceof Action.Search) {
            String query = ((Action.Search) action).query();
            return Transition.go(new Step.ChooseProcedure(query,
                    TextSearch.search(procedures, p -> List.of(p.nameVi(), p.nameEn()), query)));
        }
        if (action instanceof Action.Choose) {
            String code = ((Action.Choose) action).code();
            Optional<Catalogue.Procedure> chosen = procedures.stream().filter(p -> p.code().equals(code)).findFirst();
            if (chosen.isPresent()) {
                Catalogue.Procedure procedure = chosen.get();
                Map<String, String> values = new LinkedHashMap<>();
                procedure.extraFields().forEach(f -> values.put(f.name(), ""));
                return Transition.go(new Step.FillForm(procedure, fromCard(procedure), values, Map.of()));
            }
        }
        return Transition.go(current);
    }

    private List<Row> fromCard(Catalogue.Procedure procedure) {
        return Disclosure.rows(person.identity(), procedure.identityFields());
    }

    private Transition onForm(Action action, Step.FillForm form) {
        if (action instanceof Action.SetField) {
            Action.SetField set = (Action.SetField) action;
            if (!form.values().containsKey(set.name())) {
                return Transition.go(form);
            }
            Map<String, String> values = new LinkedHashMap<>(form.values());
            values.put(set.name(), set.value());
            Map<String, FieldProblem> problems = new HashMap<>(form.problems());
            problems.remove(set.name());
            return Transition.go(new Step.FillForm(form.procedure(), form.fromCard(), values, problems));
        }
        if (action instanceof Action.Next) {
            Map<String, FieldProblem> problems = FormCheck.problems(form.procedure().extraFields(), form.values());
            if (!problems.isEmpty()) {
                return Transition.go(new Step.FillForm(form.procedure(), form.fromCard(), form.values(), problems));
            }
            return Transition.go(new Step.ReviewDossier(form.procedure(), form.values(), review(form)));
        }
        return Transition.go(form);
    }

    private List<Row> review(Step.FillForm form) {
        Catalogue.Procedure procedure = form.procedure();
        List<Row> rows = new ArrayList<>();
        rows.add(new Row(Text.key("review.procedure"), Text.both(procedure.nameVi(), procedure.nameEn())));
        rows.addAll(form.fromCard());
        for (Catalogue.FormField field : procedure.extraFields()) {
            String value = form.values().getOrDefault(field.name(), "");
            if (!value.isBlank()) {
                boolean coded = field.type() == Catalogue.FieldType.SELECT || field.type() == Catalogue.FieldType.BOOLEAN;
                rows.add(new Row(Text.both(field.labelVi(), field.labelEn()),
                        coded ? Text.option(value) : Text.plain(value)));
            }
        }
        rows.add(fee(procedure.fee()));
        return rows;
    }

    private static Row fee(Catalogue.Fee fee) {
        long amount = fee == null ? 0 : fee.amountVnd();
        Text value = amount == 0 ? Text.key("fee.free") : Text.key("fee.amount", BigInteger.valueOf(amount));
        return new Row(Text.key("review.fee"), value);
    }

    private Transition submit(Step.ReviewDossier review) {
        Catalogue.Procedure procedure = review.procedure();
        Map<String, String> fields = new LinkedHashMap<>();
        // only what was typed: a blank optional field is left out
        for (Catalogue.FormField field : procedure.extraFields()) {
            String value = review.values().getOrDefault(field.name(), "");
            if (!value.isBlank()) {
                fields.put(field.name(), FormCheck.wire(field, value));
            }
        }
        Dossiers.Submission submission = new Dossiers.Submission(procedure.code(),
                Disclosure.identity(person.identity(), procedure.identityFields()),
                Disclosure.evidence(person).orElse(null), fields, null);
        Text title = Text.key("receipt.dossier.title");
        Text name = Text.both(procedure.nameVi(), procedure.nameEn());
        return new Transition.Work<>(Text.key("working.submitting"),
                () -> context.submitter().submit(submissions.dossier(submission)),
                outcome -> Receipts.of(kind(), outcome, body -> submissions.answer(body, Dossiers.Status.class)
                                .filter(s -> s.dossierCode() != null).map(s -> receipt(title, name, s)),
                        title, List.of(new Row(Text.key("review.procedure"), name))));
    }

    private static ReceiptView receipt(Text title, Text procedure, Dossiers.Status status) {
        List<Row> rows = new ArrayList<>();
        rows.add(new Row(Text.key("review.procedure"), procedure));
        if (status.appointmentDate() != null) {
            rows.add(new Row(Text.key("receipt.dossier.appointment"), Text.plain(
                    Dates.parseIso(status.appointmentDate()).map(Dates::display).orElse(status.appointmentDate()))));
        }
        return new ReceiptView(title, status.dossierCode(), rows, Optional.of(status.dossierCode()),
                List.of(Text.key("receipt.dossier.note")), false);
    }
}
