package vn.kiosk.app.flow;

import java.util.Objects;

/** How a submission ended, as far as the citizen at the kiosk is concerned. */
public sealed interface SubmitOutcome {

    /** The backend took it now; {@code body} is its answer (the dossier, the queue number...). */
    record Accepted(String body) implements SubmitOutcome {
        public Accepted {
            Objects.requireNonNull(body, "body");
        }
    }

    /** Saved in the outbox: it will be sent when the backend can be reached. */
    record Queued(String receiptCode) implements SubmitOutcome {
        public Queued {
            Objects.requireNonNull(receiptCode, "receiptCode");
        }
    }

    /** The backend refused it for good; {@code reason} is a machine code without personal data. */
    record Refused(String reason) implements SubmitOutcome {
        public Refused {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** Not even saved (disk full or broken): nothing was sent or kept. */
    record NotSaved() implements SubmitOutcome {
    }
}
