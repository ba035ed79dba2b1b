package vn.kiosk.app.keyboard;

import java.text.BreakIterator;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import vn.kiosk.app.text.Tone;

/**
 * The state of an on-screen keyboard: the text typed so far (always NFC), the layout shown and the
 * shift state. Pure Java, so the typing rules are tested without a screen.
 *
 * <p>The cursor is always at the end of the text: kiosk fields are short and a citizen corrects by
 * deleting, so the keyboard offers no cursor keys. Every press that would break the field's
 * {@link InputRules} is refused and leaves everything as it was.
 *
 * <p>Not thread-safe: presses and listeners run on the UI thread.
 */
public final class KeyboardModel {

    private final InputRules rules;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<String>> doneListeners = new CopyOnWriteArrayList<>();
    private String text = "";
    private Layout layout;
    private ShiftState shift = ShiftState.OFF;

    public KeyboardModel(InputRules rules, Layout initialLayout) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.layout = Objects.requireNonNull(initialLayout, "initialLayout");
    }

    /** A text field (reason, address line): letters first. */
    public static KeyboardModel forText(int maxLength) {
        return new KeyboardModel(InputRules.freeText(maxLength), Layout.LETTERS);
    }

    /** A number (CAN, phone): the numeric keypad, digits only. */
    public static KeyboardModel forDigits(int maxLength) {
        return new KeyboardModel(InputRules.digits(maxLength), Layout.NUMERIC);
    }

    public String text() {
        return text;
    }

    public InputRules rules() {
        return rules;
    }

    public Layout layout() {
        return layout;
    }

    public ShiftState shiftState() {
        return shift;
    }

    /** Whether letter keys type capitals now. */
    public boolean isUpperCase() {
        return shift != ShiftState.OFF;
    }

    /** The keys of the layout shown now. */
    public List<List<Key>> rows() {
        return Layouts.rows(layout);
    }

    /** Called after every change of text, layout or shift. */
    public void addListener(Runnable listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    /** Called with the text when the done key is pressed. */
    public void addDoneListener(Consumer<String> listener) {
        doneListeners.add(Objects.requireNonNull(listener, "listener"));
    }

    public void removeDoneListener(Consumer<String> listener) {
        doneListeners.remove(listener);
    }

    /**
     * A character key: a letter (upper case under shift), a digit or a symbol. A letter typed into a
     * word that already has a tone moves the tone where the spelling now wants it ("mú" + a → "múa").
     */
    public PressResult type(String key) {
        Objects.requireNonNull(key, "key");
        String typed = isUpperCase() ? key.toUpperCase(Locale.ROOT) : key;
        String candidate = nfc(text + typed);
        if (Character.isLetter(typed.codePointAt(0))) {
            Word word = Word.last(candidate);
            candidate = word.before() + ToneMarks.replaceTone(word.letters());
        }
        return commitTyping(candidate);
    }

    /**
     * A letter-mark key (ă â đ ê ô ơ ư): marks the nearest fitting letter of the current word, or,
     * when there is none (start of a word, or "ư" typed straight away), types the marked letter.
     */
    public PressResult letterMark(int markedLetter) {
        Word word = Word.last(text);
        Optional<String> marked = ToneMarks.applyLetterMark(word.letters(), markedLetter);
        if (marked.isPresent()) {
            return commitTyping(word.before() + marked.get());
        }
        return type(new String(Character.toChars(markedLetter)));
    }

    /** A tone key: sets the tone of the current word, or removes it when pressed again. */
    public PressResult tone(Tone tone) {
        Word word = Word.last(text);
        Optional<String> toned = ToneMarks.toggleTone(word.letters(), tone);
        if (toned.isEmpty()) {
            return new PressResult.Refused(PressResult.Reason.NOTHING_TO_CHANGE);
        }
        return commit(word.before() + toned.get());
    }

    public PressResult space() {
        return commit(text + " ");
    }

    /** Deletes the last user-perceived character (a whole grapheme, with its marks). */
    public PressResult backspace() {
        if (text.isEmpty()) {
            return new PressResult.Refused(PressResult.Reason.NOTHING_TO_CHANGE);
        }
        BreakIterator graphemes = BreakIterator.getCharacterInstance(Locale.ROOT);
        graphemes.setText(text);
        int start = graphemes.preceding(text.length());
        return commit(text.substring(0, Math.max(start, 0)));
    }

    /** Shift: OFF → ONCE → LOCKED → OFF. */
    public PressResult shift() {
        ShiftState[] states = ShiftState.values();
        shift = states[(shift.ordinal() + 1) % states.length];
        fireChanged();
        return new PressResult.Accepted(text);
    }

    public PressResult showLayout(Layout target) {
        layout = Objects.requireNonNull(target, "target");
        fireChanged();
        return new PressResult.Accepted(text);
    }

    /** The done key: hands the text to the done listeners. */
    public PressResult done() {
        for (Consumer<String> listener : doneListeners) {
            listener.accept(text);
        }
        return new PressResult.Accepted(text);
    }

    /** Replaces the whole text (a screen pre-filling a field); refused when it breaks the rules. */
    public PressResult setText(String newText) {
        return commit(nfc(Objects.requireNonNull(newText, "newText")));
    }

    public void clear() {
        commit("");
    }

    private PressResult commitTyping(String candidate) {
        PressResult result = commit(candidate);
        if (result.accepted() && shift == ShiftState.ONCE) {
            shift = ShiftState.OFF;
            fireChanged();
        }
        return result;
    }

    private PressResult commit(String candidate) {
        String nfc = nfc(candidate);
        PressResult.Reason refusal = rules.check(nfc);
        if (refusal != null) {
            return new PressResult.Refused(refusal);
        }
        if (!nfc.equals(text)) {
            text = nfc;
            fireChanged();
        }
        return new PressResult.Accepted(text);
    }

    private void fireChanged() {
        for (Runnable listener : listeners) {
            listener.run();
        }
    }

    private static String nfc(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    /** The text split before its trailing run of letters: the word being typed. */
    private record Word(String before, String letters) {
        static Word last(String text) {
            int start = text.length();
            while (start > 0) {
                int c = text.codePointBefore(start);
                if (!Character.isLetter(c)) {
                    break;
                }
                start -= Character.charCount(c);
            }
            return new Word(text.substring(0, start), text.substring(start));
        }
    }
}
