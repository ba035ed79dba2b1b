package vn.kiosk.app.text;

import java.text.Normalizer;
import java.util.Objects;

/**
 * One letter split into what a Vietnamese reader sees separately: the bare Latin letter (case kept),
 * the letter mark (ă â ê ô ơ ư đ) and the tone. Search compares the parts one by one, and the
 * on-screen keyboard changes one part while keeping the others.
 *
 * @param base     the bare letter, as a code point, in its original case ('A', 'd', 'y'); a
 *                 non-letter or a letter from another script is kept as it is
 * @param mark     the Vietnamese letter mark
 * @param tone     the tone mark
 *
 * <p>Marks foreign to Vietnamese (ü, ç) are dropped by {@link #of}; callers that only inspect a
 * letter keep its original code point and rebuild only the letters they change.
 */
public record VietLetter(int base, LetterMark mark, Tone tone) {

    private static final String VOWELS = "aeiouy";

    public VietLetter {
        Objects.requireNonNull(mark, "mark");
        Objects.requireNonNull(tone, "tone");
    }

    /** Splits one code point; the text it comes from should be NFC (one code point per letter). */
    public static VietLetter of(int codePoint) {
        if (codePoint == 'đ') {
            return new VietLetter('d', LetterMark.STROKE, Tone.NONE);
        }
        if (codePoint == 'Đ') {
            return new VietLetter('D', LetterMark.STROKE, Tone.NONE);
        }
        String nfd = Normalizer.normalize(new String(Character.toChars(codePoint)), Normalizer.Form.NFD);
        int base = nfd.codePointAt(0);
        LetterMark mark = LetterMark.NONE;
        Tone tone = Tone.NONE;
        for (int i = Character.charCount(base); i < nfd.length(); ) {
            int c = nfd.codePointAt(i);
            LetterMark m = LetterMark.ofCombining(c);
            Tone t = Tone.ofCombining(c);
            if (m != null) {
                mark = m;
            } else if (t != null) {
                tone = t;
            }
            i += Character.charCount(c);
        }
        return new VietLetter(base, mark, tone);
    }

    /** The base letter in lower case: what search and tone placement compare. */
    public int lowerBase() {
        return Character.toLowerCase(base);
    }

    public boolean isVowel() {
        return lowerBase() < 128 && VOWELS.indexOf(lowerBase()) >= 0;
    }

    public boolean isUpperCase() {
        return Character.isUpperCase(base);
    }

    public VietLetter withTone(Tone newTone) {
        return newTone == tone ? this : new VietLetter(base, mark, newTone);
    }

    public VietLetter withMark(LetterMark newMark) {
        return newMark == mark ? this : new VietLetter(base, newMark, tone);
    }

    /** The NFC code point of this letter (every Vietnamese letter has a precomposed form). */
    public int codePoint() {
        if (mark == LetterMark.STROKE) {
            return Character.isUpperCase(base) ? 'Đ' : (Character.toLowerCase(base) == 'd' ? 'đ' : base);
        }
        StringBuilder nfd = new StringBuilder().appendCodePoint(base);
        if (mark.combiningMark() != 0) {
            nfd.appendCodePoint(mark.combiningMark());
        }
        if (tone.combiningMark() != 0) {
            nfd.appendCodePoint(tone.combiningMark());
        }
        // NFC orders the marks canonically (horn and dot below before the others) and composes them
        String nfc = Normalizer.normalize(nfd, Normalizer.Form.NFC);
        return nfc.codePointCount(0, nfc.length()) == 1 ? nfc.codePointAt(0) : base;
    }

    @Override
    public String toString() {
        return new String(Character.toChars(codePoint()));
    }
}
