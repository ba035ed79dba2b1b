package vn.kiosk.app.keyboard;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import vn.kiosk.app.text.LetterMark;
import vn.kiosk.app.text.Tone;
import vn.kiosk.app.text.VietLetter;

/**
 * Puts tones and letter marks on the word a citizen is typing, so that the tone keys can be
 * pressed at any time (before or after the final consonant, before or after ê/ơ) and still land on
 * the right vowel. Tone placement follows the "new style" described in {@link Syllable#tonePosition}:
 * "hoà", "khoẻ", "thuý".
 *
 * <p>All methods take and return NFC text; a word is the letters the keyboard is editing. Only its
 * last syllable is touched; upper case is kept.
 */
public final class ToneMarks {

    private ToneMarks() {
    }

    /** The tone of the word's last syllable. */
    public static Tone toneOf(String word) {
        List<VietLetter> letters = letters(word);
        Syllable syllable = Syllable.last(letters);
        if (syllable == null) {
            return Tone.NONE;
        }
        int toned = syllable.tonedLetter(letters);
        return toned < 0 ? Tone.NONE : letters.get(toned).tone();
    }

    /**
     * Sets the tone of the last syllable ({@link Tone#NONE} removes it), on the vowel the spelling
     * rules choose, whichever vowel carried it before.
     *
     * @return the new word, or empty when the word has no vowel to carry a tone
     */
    public static Optional<String> withTone(String word, Tone tone) {
        List<VietLetter> letters = letters(word);
        Syllable syllable = Syllable.last(letters);
        if (syllable == null) {
            return Optional.empty();
        }
        int[] codePoints = nfc(word).codePoints().toArray();
        for (int i = syllable.clusterStart(); i <= syllable.nucleusEnd(); i++) {
            if (letters.get(i).tone() != Tone.NONE) {
                codePoints[i] = letters.get(i).withTone(Tone.NONE).codePoint();
            }
        }
        if (tone != Tone.NONE) {
            int at = syllable.tonePosition(letters);
            codePoints[at] = letters.get(at).withTone(tone).codePoint();
        }
        return Optional.of(new String(codePoints, 0, codePoints.length));
    }

    /**
     * What a tone key does: sets the tone, or removes it when the syllable already has that tone (a
     * second press undoes a slip of the finger).
     *
     * @return the new word, or empty when the word has no vowel
     */
    public static Optional<String> toggleTone(String word, Tone tone) {
        Tone current = toneOf(word);
        return withTone(word, current == tone ? Tone.NONE : tone);
    }

    /**
     * Moves an existing tone to where the spelling rules now want it, after a letter was typed or
     * marked ("mú" + "a" → "múa", "gí" + "a" → "giá", "hoa" + "ì" ...). A word without a tone is
     * returned as it is.
     */
    public static String replaceTone(String word) {
        Tone tone = toneOf(word);
        return tone == Tone.NONE ? nfc(word) : withTone(word, tone).orElse(nfc(word));
    }

    /**
     * What a letter-mark key (ă â đ ê ô ơ ư) does to the word: marks the nearest letter it can
     * apply to, keeping that letter's tone and case; on a letter that already has this mark, removes
     * it. Of two candidates the nearer one wins unless only the farther makes a vowel group that
     * Vietnamese spelling allows ("ruou" + ư → "rưou", on the way to "rượu").
     *
     * @param marked the key's letter in lower case: one of ă â đ ê ô ơ ư
     * @return the new word with its tone re-placed, or empty when no letter can take the mark (the
     *         keyboard then types the marked letter itself)
     */
    public static Optional<String> applyLetterMark(String word, int marked) {
        VietLetter key = VietLetter.of(marked);
        if (key.mark() == LetterMark.NONE) {
            throw new IllegalArgumentException("not a marked letter: " + new String(Character.toChars(marked)));
        }
        List<VietLetter> letters = letters(word);
        int chosen = -1;
        List<VietLetter> chosenLetters = null;
        for (int i = letters.size() - 1; i >= 0; i--) {
            VietLetter letter = letters.get(i);
            if (letter.lowerBase() != key.lowerBase()) {
                continue;
            }
            List<VietLetter> changed = new ArrayList<>(letters);
            changed.set(i, letter.withMark(letter.mark() == key.mark() ? LetterMark.NONE : key.mark()));
            if (chosen < 0) {
                chosen = i;
                chosenLetters = changed;
            }
            if (!letter.isVowel() || VowelNuclei.canBecomeValid(changed, Syllable.around(changed, i))) {
                chosen = i;
                chosenLetters = changed;
                break;
            }
        }
        if (chosen < 0) {
            return Optional.empty();
        }
        int[] codePoints = nfc(word).codePoints().toArray();
        codePoints[chosen] = chosenLetters.get(chosen).codePoint();
        return Optional.of(replaceTone(new String(codePoints, 0, codePoints.length)));
    }

    private static List<VietLetter> letters(String word) {
        return nfc(word).codePoints().mapToObj(VietLetter::of).toList();
    }

    private static String nfc(String word) {
        return Normalizer.normalize(word, Normalizer.Form.NFC);
    }
}
