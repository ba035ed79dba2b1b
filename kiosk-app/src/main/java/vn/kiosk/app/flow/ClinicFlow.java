package vn.kiosk.app.flow;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import vn.kiosk.app.backend.ApiResult;
import vn.kiosk.app.backend.Clinic;
import vn.kiosk.app.backend.Submissions;

/**
 * Clinic registration: check the health insurance (BHYT), choose the department, answer the
 * priority questions, take the queue ticket. A patient whose BHYT is not valid (or cannot be
 * checked) is not turned away: they register as a paying patient.
 */
final class ClinicFlow implements ServiceFlow {
    /** Ages the hospital's priority rules use (and the reference backend derives too). */
    private static final int ELDERLY_AGE = 80;
    private static final int YOUNG_CHILD_AGE = 6;

    private final FlowContext context;
    private final BackendLists lists;
    private final Submissions submissions = new Submissions();
    private Identified person;
    private List<Clinic.DepartmentQueue> departments = List.of();
    private Clinic.DepartmentQueue department;
    private boolean insured;

    ClinicFlow(FlowContext context, BackendLists lists) {
        this.context = context;
        this.lists = lists;
    }

    @Override
    public ServiceKind kind() {
        return ServiceKind.CLINIC;
    }

    @Override
    public Transition begin(Identified confirmed) {
        this.person = confirmed;
        String idNumber = confirmed.identity().idNumber();
        return new Transition.Work<>(Text.key("working.insurance"),
                () -> context.backend().checkInsurance(idNumber, UUID.randomUUID()),
                result -> {
                    Optional<Clinic.InsuranceCheck> check = result instanceof ApiResult.Ok
                            ? Optional.of(((ApiResult.Ok<Clinic.InsuranceCheck>) result).value()) : Optional.empty();
                    return Transition.go(new Step.InsuranceResult(check));
                });
    }

    @Override
    public Transition on(Action action, Step current) {
        if (current instanceof Step.InsuranceResult && action instanceof Action.Next) {
            insured = ((Step.InsuranceResult) current).valid();
            return loadDepartments();
        }
        if (current instanceof Step.Failed && action instanceof Action.Next) {
            return loadDepartments();
        }
        if (current instanceof Step.ChooseDepartment && action instanceof Action.Choose) {
            String code = ((Action.Choose) action).code();
            Optional<Clinic.DepartmentQueue> chosen = departments.stream().filter(d -> d.code().equals(code))
                    .findFirst();
            if (chosen.isPresent()) {
                department = chosen.get();
                Set<Clinic.PriorityReason> suggested = suggested();
                return Transition.go(new Step.PriorityQuestions(offered(), suggested, suggested));
            }
        }
        if (current instanceof Step.PriorityQuestions) {
            Step.PriorityQuestions questions = (Step.PriorityQuestions) current;
            if (action instanceof Action.TogglePriority) {
                Clinic.PriorityReason reason = ((Action.TogglePriority) action).reason();
                Set<Clinic.PriorityReason> selected = EnumSet.noneOf(Clinic.PriorityReason.class);
                selected.addAll(questions.selected());
                if (!selected.remove(reason) && questions.offered().contains(reason)) {
                    selected.add(reason);
                }
                return Transition.go(new Step.PriorityQuestions(questions.offered(), selected, questions.suggested()));
            }
            if (action instanceof Action.Submit) {
                return submit(questions.selected());
            }
        }
        return Transition.go(current);
    }

    private Transition loadDepartments() {
        return new Transition.Work<>(Text.key("working.departments"), lists::departments, found -> {
            if (found.isEmpty()) {
                return Transition.go(new Step.Failed(Text.key("failed.departments"), true));
            }
            departments = found.get();
            return Transition.go(new Step.ChooseDepartment(departments, !insured));
        });
    }

    private static List<Clinic.PriorityReason> offered() {
        List<Clinic.PriorityReason> all = new ArrayList<>(Arrays.asList(Clinic.PriorityReason.values()));
        all.remove(Clinic.PriorityReason.UNKNOWN);
        return all;
    }

    /** What the card already tells: age. The citizen can still untick it. */
    private Set<Clinic.PriorityReason> suggested() {
        Set<Clinic.PriorityReason> reasons = EnumSet.noneOf(Clinic.PriorityReason.class);
        Optional<LocalDate> birth = person.identity().dateOfBirth();
        if (birth.isPresent()) {
            int age = Period.between(birth.get(), LocalDate.now(context.clock())).getYears();
            if (age >= ELDERLY_AGE) {
                reasons.add(Clinic.PriorityReason.ELDERLY);
            }
            if (age < YOUNG_CHILD_AGE) {
                reasons.add(Clinic.PriorityReason.CHILD_UNDER_6);
            }
        }
        return reasons;
    }

    private Transition submit(Set<Clinic.PriorityReason> priority) {
        List<Clinic.PriorityReason> reasons = new ArrayList<>(priority);
        reasons.sort(null);
        Clinic.RegistrationRequest request = new Clinic.RegistrationRequest(department.code(),
                Disclosure.identity(person.identity(), Disclosure.CLINIC), Disclosure.evidence(person).orElse(null),
                reasons);
        Text title = Text.key("receipt.clinic.title");
        Text departmentName = Text.both(department.nameVi(), department.nameEn());
        List<Row> queuedRows = List.of(new Row(Text.key("receipt.clinic.department"), departmentName),
                new Row(Text.key("receipt.clinic.room"), Text.plain(department.room())));
        return new Transition.Work<>(Text.key("working.submitting"),
                () -> context.submitter().submit(submissions.clinicRegistration(request)),
                outcome -> Receipts.of(kind(), outcome, body -> submissions.answer(body, Clinic.Registration.class)
                        .filter(r -> r.queueNumber() != null).map(r -> ticket(title, departmentName, r)),
                        title, queuedRows));
    }

    private static ReceiptView ticket(Text title, Text departmentName, Clinic.Registration r) {
        List<Row> rows = new ArrayList<>();
        rows.add(new Row(Text.key("receipt.clinic.department"), departmentName));
        rows.add(new Row(Text.key("receipt.clinic.room"), Text.plain(r.room())));
        rows.add(new Row(Text.key("receipt.clinic.wait"), Text.key("receipt.clinic.minutes", r.estimatedWaitMinutes())));
        rows.add(new Row(Text.key("receipt.clinic.payment"), Text.key(
                r.insuranceStatus() == Clinic.InsuranceStatus.VALID ? "receipt.clinic.bhyt" : "receipt.clinic.paying")));
        if (r.priority()) {
            rows.add(new Row(Text.key("receipt.clinic.priority"), Text.key("receipt.clinic.priority.yes")));
        }
        return new ReceiptView(title, r.queueNumber(), rows, Optional.of(r.queueNumber()),
                List.of(Text.key("receipt.clinic.note")), false);
    }
}
