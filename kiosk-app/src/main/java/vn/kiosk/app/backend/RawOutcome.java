package vn.kiosk.app.backend;

import java.util.Objects;
import java.util.Optional;

/** What one exchange (after any retries) produced, before JSON mapping. */
sealed interface RawOutcome {

    /** The backend answered; any status. */
    record Answer(int status, byte[] body, Optional<String> retryAfter) implements RawOutcome {
        public Answer {
            Objects.requireNonNull(body, "body");
            Objects.requireNonNull(retryAfter, "retryAfter");
        }
    }

    /** No HTTP answer at all. */
    record NoAnswer(UnavailableReason reason) implements RawOutcome {
        public NoAnswer {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
