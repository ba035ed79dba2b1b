package vn.kiosk.app.keyboard;

import java.util.ArrayList;
import java.util.List;

import vn.kiosk.app.text.Tone;

/** The keys of each layout, row by row. */
public final class Layouts {

    private static final List<List<Key>> LETTERS = List.of(
            chars("qwertyuiop"),
            chars("asdfghjkl"),
            concat(List.of(new Key.Shift()), chars("zxcvbnm"), List.of(new Key.Backspace())),
            "ăâđêôơư".codePoints().<Key>mapToObj(Key.Marked::new).toList(),
            List.of(new Key.ToneKey(Tone.ACUTE), new Key.ToneKey(Tone.GRAVE), new Key.ToneKey(Tone.HOOK),
                    new Key.ToneKey(Tone.TILDE), new Key.ToneKey(Tone.DOT)),
            List.of(new Key.SwitchLayout(Layout.SYMBOLS), new Key.Space(), new Key.Done()));

    // the punctuation of Vietnamese addresses ("12/3", "Tổ 5, P. Bến Nghé") and short reasons
    private static final List<List<Key>> SYMBOLS = List.of(
            chars("1234567890"),
            chars("-/:;(),.?!"),
            concat(chars("@&#%+=\"'*"), List.of(new Key.Backspace())),
            List.of(new Key.SwitchLayout(Layout.LETTERS), new Key.Space(), new Key.Done()));

    // telephone order (1 at the top), the order of the phones citizens know
    private static final List<List<Key>> NUMERIC = List.of(
            chars("123"),
            chars("456"),
            chars("789"),
            List.of(new Key.Backspace(), new Key.Char("0"), new Key.Done()));

    private Layouts() {
    }

    public static List<List<Key>> rows(Layout layout) {
        if (layout == Layout.SYMBOLS) {
            return SYMBOLS;
        }
        if (layout == Layout.NUMERIC) {
            return NUMERIC;
        }
        return LETTERS;
    }

    private static List<Key> chars(String keys) {
        return keys.codePoints().<Key>mapToObj(c -> new Key.Char(new String(Character.toChars(c)))).toList();
    }

    @SafeVarargs
    private static List<Key> concat(List<Key>... parts) {
        List<Key> all = new ArrayList<>();
        for (List<Key> part : parts) {
            all.addAll(part);
        }
        return List.copyOf(all);
    }
}
