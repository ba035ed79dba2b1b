package vn.kiosk.app.keyboard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import vn.kiosk.app.text.LetterMark;
import vn.kiosk.app.text.Tone;
import vn.kiosk.app.text.VietLetter;

/** Every word of {@link VietnameseWords} typed on the keyboard model in the orders citizens use. */
class TypingTest {

    static Stream<String> words() {
        return VietnameseWords.ALL.stream();
    }

    @ParameterizedTest
    @MethodSource("words")
    void bareLettersThenLetterMarksThenTone(String word) {
        KeyboardModel model = KeyboardModel.forText(40);
        List<VietLetter> letters = letters(word);
        letters.forEach(l -> typeBase(model, l));
        letters.stream().filter(l -> l.mark() != LetterMark.NONE).forEach(l -> model.letterMark(markedKey(l)));
        pressTone(model, word);
        assertEquals(word, model.text());
    }

    @ParameterizedTest
    @MethodSource("words")
    void toneRightAfterTheFirstVowelThenTheRest(String word) {
        KeyboardModel model = KeyboardModel.forText(40);
        List<VietLetter> letters = letters(word);
        boolean toned = false;
        for (VietLetter letter : letters) {
            typeBase(model, letter);
            if (!toned && letter.isVowel()) {
                pressTone(model, word);
                toned = true;
            }
        }
        letters.stream().filter(l -> l.mark() != LetterMark.NONE).forEach(l -> model.letterMark(markedKey(l)));
        assertEquals(word, model.text());
    }

    @ParameterizedTest
    @MethodSource("words")
    void vietnameseLetterKeysInPlaceWithShiftThenTone(String word) {
        KeyboardModel model = KeyboardModel.forText(40);
        for (VietLetter letter : letters(word)) {
            if (letter.isUpperCase()) {
                model.shift();
            }
            if (letter.mark() == LetterMark.NONE) {
                model.type(new String(Character.toChars(letter.lowerBase())));
            } else {
                model.letterMark(markedKey(letter));
            }
        }
        pressTone(model, word);
        assertEquals(word, model.text());
    }

    private static List<VietLetter> letters(String word) {
        return word.codePoints().mapToObj(VietLetter::of).toList();
    }

    private static void typeBase(KeyboardModel model, VietLetter letter) {
        model.type(new String(Character.toChars(letter.base())));
    }

    /** The key of the letter-mark row for this letter: ă â đ ê ô ơ ư. */
    private static int markedKey(VietLetter letter) {
        VietLetter key = new VietLetter(letter.lowerBase(), letter.mark(), Tone.NONE);
        return key.codePoint();
    }

    private static void pressTone(KeyboardModel model, String word) {
        Tone tone = ToneMarks.toneOf(word);
        if (tone != Tone.NONE) {
            model.tone(tone);
        }
    }
}
