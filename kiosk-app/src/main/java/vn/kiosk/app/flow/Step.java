package vn.kiosk.app.flow;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import vn.kiosk.app.backend.Catalogue;
import vn.kiosk.app.backend.Clinic;
import vn.kiosk.app.backend.Notary;
import vn.kiosk.reader.identity.Assurance;

/**
 * What the kiosk shows now: one record per screen, holding everything that screen needs and
 * nothing else. The JavaFX layer draws these; tests read them. Records are immutable snapshots, so
 * a screen never sees a half-made change.
 */
public sealed interface Step {

    /** Whether this screen belongs to a citizen's session, so that the idle timeout applies to it. */
    default boolean holdsCitizenData() {
        return true;
    }

    record Welcome() implements Step {
        @Override
        public boolean holdsCitizenData() {
            return false;
        }
    }

    record ChooseService(List<ServiceKind> services) implements Step {
        public ChooseService {
            services = List.copyOf(services);
        }

        @Override
        public boolean holdsCitizenData() {
            return false;
        }
    }

    /**
     * Waiting for a card on the reader or a QR in front of the scanner.
     *
     * @param party      which party this is, from 0 (only the notary flow has more than one)
     * @param qrIdentity whether a QR alone is enough for this service (else a card-front QR only
     *                   supplies the key to open the chip)
     */
    record Identify(ServiceKind service, int party, boolean qrIdentity, Optional<Notice> notice) implements Step {
        public Identify {
            Objects.requireNonNull(service, "service");
            Objects.requireNonNull(notice, "notice");
        }
    }

    /** A card is on the reader and the kiosk needs its CAN (or the MRZ fields) to open it. */
    record EnterAccessKey(ServiceKind service, int party, KeyEntry entry, Optional<Notice> notice) implements Step {
        public EnterAccessKey {
            Objects.requireNonNull(entry, "entry");
            Objects.requireNonNull(notice, "notice");
        }
    }

    /** The chip is being read: real progress from the reader's events. */
    record Reading(ServiceKind service, int party, int percent, ReadStage stage) implements Step {
    }

    /** The identity read, shown back for the citizen to confirm it is theirs. */
    record ConfirmIdentity(ServiceKind service, int party, PersonView person) implements Step {
    }

    /** The identity is not good enough for this service, with why. */
    record IdentityRefused(ServiceKind service, int party, Refusal reason, Assurance reached, Assurance required)
            implements Step {
    }

    /** The kiosk is waiting for the backend; {@code what} says for what. */
    record Working(Text what) implements Step {
    }

    // --- public service ---

    record ChooseProcedure(String query, List<Catalogue.Procedure> matches) implements Step {
        public ChooseProcedure {
            matches = List.copyOf(matches);
        }
    }

    /**
     * The procedure's form: what comes from the card is shown read-only, the rest is typed.
     *
     * @param problems field name to what is wrong with its value
     */
    record FillForm(Catalogue.Procedure procedure, List<Row> fromCard, Map<String, String> values,
                    Map<String, FieldProblem> problems) implements Step {
        public FillForm {
            fromCard = List.copyOf(fromCard);
            values = Map.copyOf(values);
            problems = Map.copyOf(problems);
        }
    }

    /** @param values the typed fields, as they will be sent */
    record ReviewDossier(Catalogue.Procedure procedure, Map<String, String> values, List<Row> rows) implements Step {
        public ReviewDossier {
            values = Map.copyOf(values);
            rows = List.copyOf(rows);
        }
    }

    // --- clinic ---

    /** The BHYT answer; empty when the insurance service could not be asked. */
    record InsuranceResult(Optional<Clinic.InsuranceCheck> check) implements Step {
        public boolean valid() {
            return check.map(c -> c.status() == Clinic.InsuranceStatus.VALID).orElse(false);
        }
    }

    record ChooseDepartment(List<Clinic.DepartmentQueue> departments, boolean paying) implements Step {
        public ChooseDepartment {
            departments = List.copyOf(departments);
        }
    }

    /** @param suggested reasons the kiosk already knows from the card (age) */
    record PriorityQuestions(List<Clinic.PriorityReason> offered, Set<Clinic.PriorityReason> selected,
                             Set<Clinic.PriorityReason> suggested) implements Step {
        public PriorityQuestions {
            offered = List.copyOf(offered);
            selected = Set.copyOf(selected);
            suggested = Set.copyOf(suggested);
        }
    }

    // --- notary ---

    record ChooseRequestType(List<Notary.RequestType> types) implements Step {
        public ChooseRequestType {
            types = List.copyOf(types);
        }
    }

    /** Every party identified so far; more can be added until the request type's maximum. */
    record Parties(Notary.RequestType type, List<PersonView> parties, boolean canAdd, boolean canSubmit)
            implements Step {
        public Parties {
            parties = List.copyOf(parties);
        }
    }

    // --- end ---

    record Receipt(ServiceKind service, ReceiptView receipt, PrintOutcome printed) implements Step {
    }

    /** Something the citizen cannot fix here; {@code retry} when trying again may help. */
    record Failed(Text message, boolean retry) implements Step {
    }
}
