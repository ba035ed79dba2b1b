package vn.kiosk.app.print;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Brings one user-perceived character into a form Windows-1258 can hold.
 *
 * <p>CP1258 has precomposed letters for some Vietnamese characters (â ê ô ă ơ ư đ, and a few toned
 * ones such as á é à) and five combining tone marks (grave, acute, tilde, hook above, dot below) for
 * the rest; it has no precomposed "ệ", "ữ", "ặ". So "ệ" must go out as "ê" + U+0323, "Ữ" as "Ư" +
 * U+0303. Rather than a hand-written table of 134 letters, this decomposes the character and picks
 * the smallest set of marks to leave uncomposed such that the composed rest is one CP1258 letter and
 * every leftover mark is a CP1258 combining mark. Any such choice decodes back to the same NFC text.
 */
final class Cp1258Form {

    /** More marks than this on one letter is not Vietnamese; do not search 2^n subsets for it. */
    private static final int MAX_MARKS = 4;

    private Cp1258Form() {
    }

    /**
     * @param cluster   one base character with its combining marks
     * @param encodable the characters the code page holds
     * @return the cluster in a form made only of {@code encodable} characters, or "?" if there is none
     */
    static String of(String cluster, Set<Integer> encodable) {
        String nfc = Normalizer.normalize(cluster, Normalizer.Form.NFC);
        if (allIn(nfc, encodable)) {
            return nfc;
        }
        int[] cps = Normalizer.normalize(cluster, Normalizer.Form.NFD).codePoints().toArray();
        int marks = cps.length - 1;
        if (marks < 1 || marks > MAX_MARKS) {
            return "?";
        }
        // fewest leftover marks first: prefer "ê" + dot below over "e" + two marks
        for (int leftover = 1; leftover <= marks; leftover++) {
            for (int mask = 1; mask < (1 << marks); mask++) {
                if (Integer.bitCount(mask) != leftover) {
                    continue;
                }
                String candidate = tryMask(cps, mask, encodable);
                if (candidate != null) {
                    return candidate;
                }
            }
        }
        return "?";
    }

    /** Composes the base with the marks not in {@code mask}; the marks in {@code mask} stay combining. */
    private static String tryMask(int[] cps, int mask, Set<Integer> encodable) {
        StringBuilder composed = new StringBuilder().appendCodePoint(cps[0]);
        List<Integer> leftover = new ArrayList<>();
        for (int i = 1; i < cps.length; i++) {
            if ((mask & (1 << (i - 1))) != 0) {
                leftover.add(cps[i]);
            } else {
                composed.appendCodePoint(cps[i]);
            }
        }
        String base = Normalizer.normalize(composed, Normalizer.Form.NFC);
        if (base.codePointCount(0, base.length()) != 1 || !encodable.contains(base.codePointAt(0))) {
            return null;
        }
        StringBuilder out = new StringBuilder(base);
        for (int mark : leftover) {
            if (!encodable.contains(mark)) {
                return null;
            }
            out.appendCodePoint(mark);
        }
        return out.toString();
    }

    private static boolean allIn(String s, Set<Integer> encodable) {
        return s.codePoints().allMatch(encodable::contains);
    }
}
