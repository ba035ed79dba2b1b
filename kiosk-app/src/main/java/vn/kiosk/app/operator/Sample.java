package vn.kiosk.app.operator;

import java.util.Objects;
import java.util.Optional;

/**
 * What one source of the status board gave: its value, or why it could not. A failing source never
 * hides the others.
 */
public sealed interface Sample<T> {

    record Ok<T>(T value) implements Sample<T> {
        public Ok {
            Objects.requireNonNull(value, "value");
        }
    }

    /** @param problem what went wrong, in plain words, without personal data */
    record Failed<T>(String problem) implements Sample<T> {
        public Failed {
            Objects.requireNonNull(problem, "problem");
        }
    }

    /** The value, when the source gave one. */
    default Optional<T> known() {
        return this instanceof Ok ? Optional.of(((Ok<T>) this).value()) : Optional.empty();
    }

    /** Why the source gave nothing, when it failed. */
    default Optional<String> failure() {
        return this instanceof Failed ? Optional.of(((Failed<T>) this).problem()) : Optional.empty();
    }
}
