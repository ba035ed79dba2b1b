package vn.kiosk.app.backend;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * Every way a backend call can end. Callers switch on this instead of catching exceptions: the client
 * never throws from a call.
 */
public sealed interface ApiResult<T> {

    /** The backend answered 2xx with a body that matches the contract. */
    record Ok<T>(T value) implements ApiResult<T> {
        public Ok {
            Objects.requireNonNull(value, "value");
        }
    }

    /** The backend refused the request (4xx other than 408/429); repeating it unchanged will not help. */
    record Rejected<T>(int httpStatus, Problem problem) implements ApiResult<T> {
        public Rejected {
            Objects.requireNonNull(problem, "problem");
        }
    }

    /** No usable answer (after any retries); the request may or may not have been processed. */
    record Unavailable<T>(UnavailableReason reason, OptionalInt httpStatus) implements ApiResult<T> {
        public Unavailable {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(httpStatus, "httpStatus");
        }
    }

    default boolean isOk() {
        return this instanceof Ok;
    }
}
