package vn.kiosk.app.flow;

import java.util.List;
import java.util.Objects;

/**
 * Words for the citizen, not yet in a language: the flows decide what to say, the screen and the
 * printer say it in the language chosen. Either a resource-bundle key with arguments, or a pair the
 * backend already gave in both languages (procedure names, department names).
 */
public sealed interface Text {

    /** A message from the kiosk's bundles; arguments fill its {0}, {1}... */
    record Key(String key, List<Object> args) implements Text {
        public Key {
            Objects.requireNonNull(key, "key");
            args = List.copyOf(args);
        }
    }

    /** Text the backend supplied in Vietnamese and English. */
    record Both(String vi, String en) implements Text {
        public Both {
            Objects.requireNonNull(vi, "vi");
            en = en == null || en.isBlank() ? vi : en;
        }
    }

    /** Data shown as it is in every language: a name, a number, a code. */
    record Plain(String text) implements Text {
        public Plain {
            Objects.requireNonNull(text, "text");
        }

        @Override
        public String toString() {
            // plain text is often personal data
            return "Plain[***]";
        }
    }

    /**
     * A machine code (a form option's value, a sex) shown with the bundle's label for
     * {@code prefix + code} when there is one, and as it is otherwise.
     */
    record Code(String prefix, String code) implements Text {
        public Code {
            Objects.requireNonNull(prefix, "prefix");
            Objects.requireNonNull(code, "code");
        }
    }

    /** A form option or a coded value, labelled from the "option." keys. */
    static Text option(String code) {
        return new Code("option.", code);
    }

    static Text key(String key, Object... args) {
        return new Key(key, List.of(args));
    }

    static Text both(String vi, String en) {
        return new Both(vi, en);
    }

    static Text plain(String text) {
        return new Plain(text);
    }
}
