package vn.kiosk.app.keyboard;

import java.util.List;
import java.util.Set;

import vn.kiosk.app.text.LetterMark;
import vn.kiosk.app.text.VietLetter;

/**
 * The vowel nuclei Vietnamese spelling allows (tone left out, the glide of "qu"/"gi" left out).
 * A letter-mark key uses them to pick which of two same letters it meant: in "ruou" the ư key
 * marks the first u ("rượu"), in "cuu" too ("cừu"), though the last u is nearer.
 */
final class VowelNuclei {

    private static final Set<String> VALID = Set.of(
            "a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y",
            "ai", "ao", "au", "ay", "âu", "ây", "eo", "êu", "ia", "iê", "iu", "oa", "oă", "oe", "oi",
            "oo", "ôi", "ơi", "ua", "uâ", "uê", "ui", "uô", "uơ", "uy", "ưa", "ưi", "ưu", "ươ", "yê",
            "iêu", "oai", "oao", "oay", "oeo", "uây", "uôi", "uya", "uyê", "uyu", "ươi", "ươu", "yêu");

    private VowelNuclei() {
    }

    /**
     * Whether the nucleus could still become valid by adding letter marks the citizen has not typed
     * yet ("uo" may become "uô", "uơ" or "ươ"); a mark already typed must be the valid one.
     */
    static boolean canBecomeValid(List<VietLetter> letters, Syllable syllable) {
        int length = syllable.nucleusLength();
        for (String nucleus : VALID) {
            if (nucleus.length() == length && agrees(letters, syllable.nucleusStart(), nucleus)) {
                return true;
            }
        }
        return false;
    }

    private static boolean agrees(List<VietLetter> letters, int from, String nucleus) {
        for (int i = 0; i < nucleus.length(); i++) {
            VietLetter typed = letters.get(from + i);
            VietLetter valid = VietLetter.of(nucleus.charAt(i));
            if (typed.lowerBase() != valid.lowerBase()) {
                return false;
            }
            if (typed.mark() != LetterMark.NONE && typed.mark() != valid.mark()) {
                return false;
            }
        }
        return true;
    }
}
