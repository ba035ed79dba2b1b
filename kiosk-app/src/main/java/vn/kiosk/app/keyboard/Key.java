package vn.kiosk.app.keyboard;

import java.util.Locale;
import java.util.Objects;

import vn.kiosk.app.text.Tone;

/**
 * One key of a layout. A key knows what it does to the model and what it shows, so a view draws any
 * layout without knowing the kinds of keys.
 */
public sealed interface Key {

    /** Stable identifier, unique within a layout: "char:a", "mark:ê", "tone:acute", "backspace". */
    String id();

    KeyStyle style();

    PressResult press(KeyboardModel model);

    /** What the key shows now (letters follow shift). */
    String label(KeyTexts texts, KeyboardModel model);

    /** What a screen reader says for the key. */
    String accessibleText(KeyTexts texts, KeyboardModel model);

    /** Types {@code text}: a letter (upper case under shift), a digit or a symbol. */
    record Char(String text) implements Key {
        public Char {
            Objects.requireNonNull(text, "text");
            if (text.isEmpty()) {
                throw new IllegalArgumentException("empty key");
            }
        }

        @Override
        public String id() {
            return "char:" + text;
        }

        @Override
        public KeyStyle style() {
            return KeyStyle.CHARACTER;
        }

        @Override
        public PressResult press(KeyboardModel model) {
            return model.type(text);
        }

        @Override
        public String label(KeyTexts texts, KeyboardModel model) {
            return model.isUpperCase() ? text.toUpperCase(Locale.ROOT) : text;
        }

        @Override
        public String accessibleText(KeyTexts texts, KeyboardModel model) {
            String shown = label(texts, model);
            int first = text.codePointAt(0);
            if (Character.isLetter(first)) {
                return texts.format("keyboard.a11y.letter", shown);
            }
            if (Character.isDigit(first)) {
                return texts.format("keyboard.a11y.digit", shown);
            }
            return texts.format("keyboard.a11y.symbol", shown);
        }
    }

    /** A Vietnamese letter-mark key: ă â đ ê ô ơ ư (see {@link KeyboardModel#letterMark}). */
    record Marked(int letter) implements Key {
        @Override
        public String id() {
            return "mark:" + new String(Character.toChars(letter));
        }

        @Override
        public KeyStyle style() {
            return KeyStyle.CHARACTER;
        }

        @Override
        public PressResult press(KeyboardModel model) {
            return model.letterMark(letter);
        }

        @Override
        public String label(KeyTexts texts, KeyboardModel model) {
            String text = new String(Character.toChars(letter));
            return model.isUpperCase() ? text.toUpperCase(Locale.ROOT) : text;
        }

        @Override
        public String accessibleText(KeyTexts texts, KeyboardModel model) {
            return texts.format("keyboard.a11y.letter", label(texts, model));
        }
    }

    /** A tone key: its mark over a dotted circle (the Unicode way to show a mark alone) and its name. */
    record ToneKey(Tone tone) implements Key {
        public ToneKey {
            Objects.requireNonNull(tone, "tone");
            if (tone == Tone.NONE) {
                throw new IllegalArgumentException("a tone key needs a tone; pressing it twice removes it");
            }
        }

        @Override
        public String id() {
            return "tone:" + tone.name().toLowerCase(Locale.ROOT);
        }

        @Override
        public KeyStyle style() {
            return KeyStyle.TONE;
        }

        @Override
        public PressResult press(KeyboardModel model) {
            return model.tone(tone);
        }

        @Override
        public String label(KeyTexts texts, KeyboardModel model) {
            String mark = new StringBuilder().append('\u25CC').appendCodePoint(tone.combiningMark()).toString();
            return mark + "\n" + name(texts);
        }

        @Override
        public String accessibleText(KeyTexts texts, KeyboardModel model) {
            return texts.format("keyboard.a11y.tone", name(texts));
        }

        private String name(KeyTexts texts) {
            return texts.word("keyboard.tone." + tone.name().toLowerCase(Locale.ROOT));
        }
    }

    record Shift() implements Key {
        @Override
        public String id() {
            return "shift";
        }

        @Override
        public KeyStyle style() {
            return KeyStyle.FUNCTION;
        }

        @Override
        public PressResult press(KeyboardModel model) {
            return model.shift();
        }

        @Override
        public String label(KeyTexts texts, KeyboardModel model) {
            return model.shiftState() == ShiftState.LOCKED ? "⇪" : "⇧";
        }

        @Override
        public String accessibleText(KeyTexts texts, KeyboardModel model) {
            ShiftState state = model.shiftState();
            if (state == ShiftState.ONCE) {
                return texts.word("keyboard.shift.once");
            }
            if (state == ShiftState.LOCKED) {
                return texts.word("keyboard.shift.locked");
            }
            return texts.word("keyboard.shift");
        }
    }

    /** Deletes the last letter as the citizen sees it ("ệ" whole). */
    record Backspace() implements Key {
        @Override
        public String id() {
            return "backspace";
        }

        @Override
        public KeyStyle style() {
            return KeyStyle.FUNCTION;
        }

        @Override
        public PressResult press(KeyboardModel model) {
            return model.backspace();
        }

        @Override
        public String label(KeyTexts texts, KeyboardModel model) {
            return "⌫ " + texts.word("keyboard.delete");
        }

        @Override
        public String accessibleText(KeyTexts texts, KeyboardModel model) {
            return texts.word("keyboard.delete");
        }
    }

    record Space() implements Key {
        @Override
        public String id() {
            return "space";
        }

        @Override
        public KeyStyle style() {
            return KeyStyle.SPACE;
        }

        @Override
        public PressResult press(KeyboardModel model) {
            return model.space();
        }

        @Override
        public String label(KeyTexts texts, KeyboardModel model) {
            return texts.word("keyboard.space");
        }

        @Override
        public String accessibleText(KeyTexts texts, KeyboardModel model) {
            return texts.word("keyboard.space");
        }
    }

    /** Shows another layout: letters ↔ digits and symbols. */
    record SwitchLayout(Layout target) implements Key {
        public SwitchLayout {
            Objects.requireNonNull(target, "target");
        }

        @Override
        public String id() {
            return "layout:" + target.name().toLowerCase(Locale.ROOT);
        }

        @Override
        public KeyStyle style() {
            return KeyStyle.FUNCTION;
        }

        @Override
        public PressResult press(KeyboardModel model) {
            return model.showLayout(target);
        }

        @Override
        public String label(KeyTexts texts, KeyboardModel model) {
            return texts.word(target == Layout.LETTERS ? "keyboard.letters" : "keyboard.symbols");
        }

        @Override
        public String accessibleText(KeyTexts texts, KeyboardModel model) {
            return texts.word(target == Layout.LETTERS ? "keyboard.letters.a11y" : "keyboard.symbols.a11y");
        }
    }

    /** Finishes the field: the screen takes the text. */
    record Done() implements Key {
        @Override
        public String id() {
            return "done";
        }

        @Override
        public KeyStyle style() {
            return KeyStyle.DONE;
        }

        @Override
        public PressResult press(KeyboardModel model) {
            return model.done();
        }

        @Override
        public String label(KeyTexts texts, KeyboardModel model) {
            return texts.word("keyboard.done");
        }

        @Override
        public String accessibleText(KeyTexts texts, KeyboardModel model) {
            return texts.word("keyboard.done");
        }
    }
}
