package vn.kiosk.app.keyboard;

import java.util.Objects;

/** What a key press did, so a screen can give feedback when a press was refused. */
public sealed interface PressResult {

    /** The press took effect; {@code text} is the buffer afterwards (perhaps unchanged: shift). */
    record Accepted(String text) implements PressResult {
        public Accepted {
            Objects.requireNonNull(text, "text");
        }
    }

    /** Nothing changed. */
    record Refused(Reason reason) implements PressResult {
        public Refused {
            Objects.requireNonNull(reason, "reason");
        }
    }

    enum Reason {
        /** The field is full (a 13th digit of a 12-digit number). */
        TOO_LONG,
        /** The field does not take this character (a letter in a phone number). */
        NOT_ALLOWED,
        /** Nothing to act on: delete on an empty field, a tone on a word without a vowel. */
        NOTHING_TO_CHANGE
    }

    default boolean accepted() {
        return this instanceof Accepted;
    }
}
