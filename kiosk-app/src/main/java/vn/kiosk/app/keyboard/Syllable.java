package vn.kiosk.app.keyboard;

import java.util.List;

import vn.kiosk.app.text.LetterMark;
import vn.kiosk.app.text.Tone;
import vn.kiosk.app.text.VietLetter;

/**
 * Where the parts of the last Vietnamese syllable of a word lie: its vowel nucleus (without the
 * "u" of "qu" and the "i" of "gi", which belong to the onset) and whether a final consonant
 * follows. Indices are into the word's letters.
 *
 * <p>Only the last syllable matters: the keyboard edits the end of the text, and a citizen who
 * leaves out a space ("HàNội") must not see the tone of "Hà" move.
 *
 * @param start         first letter of the syllable (its onset consonants included)
 * @param nucleusStart  first vowel of the nucleus
 * @param nucleusEnd    last vowel of the nucleus, inclusive
 * @param clusterStart  first vowel letter, the onset's "u"/"i" included; tones found from here on
 *                      belong to this syllable
 * @param closed        a consonant follows the nucleus ("tiến", "hoàn")
 */
record Syllable(int start, int clusterStart, int nucleusStart, int nucleusEnd, boolean closed) {

    /** The last syllable of the letters, or {@code null} when they hold no vowel. */
    static Syllable last(List<VietLetter> letters) {
        int end = letters.size() - 1;
        while (end >= 0 && !letters.get(end).isVowel()) {
            end--;
        }
        if (end < 0) {
            return null;
        }
        return around(letters, end);
    }

    /** The syllable whose vowel cluster holds the vowel at {@code vowelIndex}. */
    static Syllable around(List<VietLetter> letters, int vowelIndex) {
        int end = vowelIndex;
        while (end + 1 < letters.size() && letters.get(end + 1).isVowel()) {
            end++;
        }
        int clusterStart = vowelIndex;
        while (clusterStart > 0 && letters.get(clusterStart - 1).isVowel()) {
            clusterStart--;
        }
        int start = clusterStart;
        while (start > 0 && !letters.get(start - 1).isVowel()) {
            start--;
        }
        int nucleusStart = clusterStart;
        if (end > clusterStart && clusterStart > 0) {
            int first = letters.get(clusterStart).lowerBase();
            int before = letters.get(clusterStart - 1).lowerBase();
            // "quá", "quyết": the u is a glide of the onset qu; "giữa", "giấy": gi is one consonant.
            // Alone ("gì", "gìn") the i is the vowel itself.
            if ((first == 'u' && before == 'q') || (first == 'i' && before == 'g')) {
                nucleusStart++;
            }
        }
        boolean closed = end + 1 < letters.size();
        return new Syllable(start, clusterStart, nucleusStart, end, closed);
    }

    int nucleusLength() {
        return nucleusEnd - nucleusStart + 1;
    }

    /**
     * Where the tone goes, by the "new style" (kiểu mới) placement that the Ministry of Education's
     * 2018 textbooks and most input methods default to: "hoà", "khoẻ", "thuý" (the old style wrote
     * "hòa", "khỏe", "thúy"). Rules, first that applies:
     * <ol>
     * <li>a vowel with a letter mark (ă â ê ô ơ ư) takes it; of two ("ươ") the second: "người", "rượu";
     * <li>a single vowel takes it;
     * <li>before a final consonant, the last vowel: "hoàn", "quỳnh", "goòng";
     * <li>three open vowels, the middle one: "khuỷu", "ngoái";
     * <li>two open vowels: the second after "oa", "oe", "uy" ("hoà", "khoẻ", "thuý"), else the
     *     first ("múa", "mía", "túi", "máy").
     * </ol>
     */
    int tonePosition(List<VietLetter> letters) {
        int lastMarked = -1;
        for (int i = nucleusStart; i <= nucleusEnd; i++) {
            LetterMark mark = letters.get(i).mark();
            if (mark == LetterMark.BREVE || mark == LetterMark.CIRCUMFLEX || mark == LetterMark.HORN) {
                lastMarked = i;
            }
        }
        if (lastMarked >= 0) {
            return lastMarked;
        }
        int length = nucleusLength();
        if (length == 1 || closed) {
            return nucleusEnd;
        }
        if (length >= 3) {
            return nucleusStart + 1;
        }
        String pair = new StringBuilder()
                .appendCodePoint(letters.get(nucleusStart).lowerBase())
                .appendCodePoint(letters.get(nucleusEnd).lowerBase())
                .toString();
        return pair.equals("oa") || pair.equals("oe") || pair.equals("uy") ? nucleusEnd : nucleusStart;
    }

    /** Index of the first toned letter of this syllable's vowels, or -1. */
    int tonedLetter(List<VietLetter> letters) {
        for (int i = clusterStart; i <= nucleusEnd; i++) {
            if (letters.get(i).tone() != Tone.NONE) {
                return i;
            }
        }
        return -1;
    }
}
