package vn.kiosk.app.outbox;

import java.util.Objects;

/** How one send went, as the backend client classifies it. */
public sealed interface DeliveryResult {

    /** The backend accepted it (2xx, or the first result replayed for a repeated key). */
    record Delivered(String responseBody) implements DeliveryResult {
        public Delivered {
            Objects.requireNonNull(responseBody, "responseBody");
        }
    }

    /** Not reached or not now (no link, timeout, 5xx, 408, 429): keep the entry and try later. */
    record RetryLater(String reason) implements DeliveryResult {
        public RetryLater {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** The backend refused it for good (4xx other than 408/429): repeating would not help. */
    record Rejected(String reason) implements DeliveryResult {
        public Rejected {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
