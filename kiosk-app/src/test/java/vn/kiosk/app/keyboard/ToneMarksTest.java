package vn.kiosk.app.keyboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import vn.kiosk.app.text.Tone;
import vn.kiosk.app.text.VietLetter;

class ToneMarksTest {

    static Stream<String> words() {
        return VietnameseWords.ALL.stream();
    }

    @ParameterizedTest
    @MethodSource("words")
    void theToneLandsWhereTheWordHasIt(String word) {
        Tone tone = ToneMarks.toneOf(word);
        String bare = withoutTone(word);
        assertEquals(word, ToneMarks.withTone(bare, tone).orElseThrow());
    }

    @ParameterizedTest
    @MethodSource("words")
    void aMisplacedToneIsMovedToItsPlace(String word) {
        Tone tone = ToneMarks.toneOf(word);
        if (tone == Tone.NONE) {
            return;
        }
        // the tone on every other vowel in turn: setting it again always puts it right
        String bare = withoutTone(word);
        int[] cps = bare.codePoints().toArray();
        for (int i = 0; i < cps.length; i++) {
            VietLetter letter = VietLetter.of(cps[i]);
            if (letter.isVowel()) {
                int[] misplaced = cps.clone();
                misplaced[i] = letter.withTone(tone).codePoint();
                String wrong = new String(misplaced, 0, misplaced.length);
                assertEquals(word, ToneMarks.replaceTone(wrong), wrong);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("words")
    void pressingTheSameToneAgainRemovesIt(String word) {
        Tone tone = ToneMarks.toneOf(word);
        if (tone == Tone.NONE) {
            return;
        }
        assertEquals(withoutTone(word), ToneMarks.toggleTone(word, tone).orElseThrow());
        Tone other = tone == Tone.ACUTE ? Tone.GRAVE : Tone.ACUTE;
        assertEquals(other, ToneMarks.toneOf(ToneMarks.toggleTone(word, other).orElseThrow()),
                "another tone replaces it");
    }

    @Test
    void examplesOfPlacement() {
        assertEquals("tiến", place("tiên", Tone.ACUTE));
        assertEquals("người", place("ngươi", Tone.GRAVE));
        assertEquals("quyết", place("quyêt", Tone.ACUTE));
        assertEquals("giữa", place("giưa", Tone.TILDE));
        assertEquals("khuỷu", place("khuyu", Tone.HOOK));
        assertEquals("Nguyễn", place("Nguyên", Tone.TILDE));
        assertEquals("hoà", place("hoa", Tone.GRAVE));
        assertEquals("hoàn", place("hoan", Tone.GRAVE));
        assertEquals("mùa", place("mua", Tone.GRAVE));
        assertEquals("quà", place("qua", Tone.GRAVE));
        assertEquals("gì", place("gi", Tone.GRAVE));
        assertEquals("già", place("gia", Tone.GRAVE));
    }

    @Test
    void toneRemovalAndNoVowel() {
        assertEquals("Nguyên", ToneMarks.withTone("Nguyễn", Tone.NONE).orElseThrow());
        assertEquals(Optional.empty(), ToneMarks.withTone("ng", Tone.ACUTE));
        assertEquals(Optional.empty(), ToneMarks.toggleTone("", Tone.ACUTE));
        assertEquals(Tone.NONE, ToneMarks.toneOf("nh"));
    }

    @Test
    void onlyTheLastSyllableIsTouched() {
        assertEquals("HàNội", place("HàNôi", Tone.DOT));
        assertEquals("HàNôi", ToneMarks.replaceTone("HàNôi"));
        assertEquals(Tone.NONE, ToneMarks.toneOf("HàNôi"));
    }

    @Test
    void nfdInputGivesNfcOutput() {
        String nfd = Normalizer.normalize("Nguyên", Normalizer.Form.NFD);
        String result = ToneMarks.withTone(nfd, Tone.TILDE).orElseThrow();
        assertEquals("Nguyễn", result);
        assertTrue(Normalizer.isNormalized(result, Normalizer.Form.NFC));
    }

    @Test
    void letterMarksApplyToTheNearestFittingLetterAndKeepItsTone() {
        assertEquals("Nguyễn", mark("Nguyẽn", 'ê'));
        assertEquals("tiến", mark("tién", 'ê'));
        assertEquals("đường", mark("dường", 'đ'));
        assertEquals("Đường", mark("Dường", 'đ'));
        assertEquals("ăn", mark("an", 'ă'));
        assertEquals("ân", mark("ăn", 'â'), "another mark on the same letter replaces it");
        assertEquals("an", mark("ân", 'â'), "the same mark again removes it");
        assertEquals("bơ", mark("bo", 'ơ'));
        assertEquals("BƠ", mark("BO", 'ơ'));
    }

    @Test
    void aLetterMarkMovesTheToneWhenTheRulesSaySo() {
        // "múa" is a word; with ơ the o takes the tone
        assertEquals("muớ", mark("múo", 'ơ'));
        assertEquals("người", mark("nguời", 'ư'));
        assertEquals("người", mark("ngưòi", 'ơ'));
    }

    @Test
    void ofTwoSameLettersTheOneSpellingAllowsIsMarked() {
        assertEquals("cừu", mark("cùu", 'ư'));
        assertEquals("rưou", mark("ruou", 'ư'));
        assertEquals("rượu", mark("rưọu", 'ơ'));
        assertEquals("hữu", mark("hũu", 'ư'));
    }

    @Test
    void noLetterToMarkIsEmpty() {
        assertEquals(Optional.empty(), ToneMarks.applyLetterMark("ng", 'ư'));
        assertEquals(Optional.empty(), ToneMarks.applyLetterMark("", 'đ'));
    }

    private static String place(String word, Tone tone) {
        return ToneMarks.withTone(word, tone).orElseThrow();
    }

    private static String mark(String word, char marked) {
        return ToneMarks.applyLetterMark(word, marked).orElseThrow();
    }

    static String withoutTone(String word) {
        StringBuilder out = new StringBuilder();
        word.codePoints().forEach(c -> out.append(VietLetter.of(c).withTone(Tone.NONE)));
        return out.toString();
    }
}
