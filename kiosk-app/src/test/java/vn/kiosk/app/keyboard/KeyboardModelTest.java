package vn.kiosk.app.keyboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import vn.kiosk.app.text.Tone;

class KeyboardModelTest {

    @Test
    void typesNguyenWithTheLetterMarkAndToneKeys() {
        KeyboardModel model = KeyboardModel.forText(50);
        model.shift();
        for (String key : List.of("n", "g", "u", "y", "e")) {
            model.type(key);
        }
        model.letterMark('ê');
        model.type("n");
        model.tone(Tone.TILDE);
        assertEquals("Nguyễn", model.text());
    }

    @Test
    void shiftIsOneShotThenCapsThenOff() {
        KeyboardModel model = KeyboardModel.forText(50);
        assertEquals(ShiftState.OFF, model.shiftState());
        model.shift();
        assertEquals(ShiftState.ONCE, model.shiftState());
        model.type("h");
        model.type("a");
        assertEquals("Ha", model.text());
        assertEquals(ShiftState.OFF, model.shiftState());

        model.shift();
        model.shift();
        assertEquals(ShiftState.LOCKED, model.shiftState());
        model.space();
        model.type("n");
        model.letterMark('ô');
        model.type("i");
        model.tone(Tone.DOT);
        assertEquals("Ha NỘI", model.text());
        assertEquals(ShiftState.LOCKED, model.shiftState(), "caps stays");
        model.shift();
        assertEquals(ShiftState.OFF, model.shiftState());
    }

    @Test
    void shiftAndTheDKeyTypeCapitalD() {
        KeyboardModel model = KeyboardModel.forText(50);
        model.shift();
        model.letterMark('đ');
        assertEquals("Đ", model.text());
        model.letterMark('ư');
        model.letterMark('ơ');
        model.type("n");
        model.type("g");
        model.tone(Tone.GRAVE);
        assertEquals("Đường", model.text());
    }

    @Test
    void aLetterMarkKeyOnAnExistingLetterKeepsItsCaseUnderShift() {
        KeyboardModel model = KeyboardModel.forText(50);
        model.type("d");
        model.shift();
        model.letterMark('đ');
        assertEquals("đ", model.text());
    }

    @Test
    void backspaceDeletesAWholeLetterWithItsMarks() {
        KeyboardModel model = KeyboardModel.forText(50);
        model.setText("Nguyễn");
        model.backspace();
        assertEquals("Nguyễ", model.text());
        model.backspace();
        assertEquals("Nguy", model.text());
    }

    @Test
    void backspaceDeletesAWholeGraphemeOfTextThatHasNoPrecomposedForm() {
        KeyboardModel model = KeyboardModel.forText(50);
        // q with a dot below has no precomposed form: two code points, one letter on screen
        model.setText("aq\u0323");
        model.backspace();
        assertEquals("a", model.text());
        model.backspace();
        assertEquals("", model.text());
        assertEquals(new PressResult.Refused(PressResult.Reason.NOTHING_TO_CHANGE), model.backspace());
    }

    @Test
    void textIsAlwaysNfc() {
        KeyboardModel model = KeyboardModel.forText(50);
        model.setText(Normalizer.normalize("Nguyễn", Normalizer.Form.NFD));
        assertEquals("Nguyễn", model.text());
        assertTrue(Normalizer.isNormalized(model.text(), Normalizer.Form.NFC));
        assertEquals(6, model.text().length());
    }

    @Test
    void maxLengthCountsLettersNotCodeUnitsOfNfd() {
        KeyboardModel model = KeyboardModel.forText(6);
        model.setText(Normalizer.normalize("Nguyễn", Normalizer.Form.NFD));
        assertEquals("Nguyễn", model.text());
        assertEquals(new PressResult.Refused(PressResult.Reason.TOO_LONG), model.type("a"));
        assertEquals(new PressResult.Refused(PressResult.Reason.TOO_LONG), model.space());
        assertEquals("Nguyễn", model.text());
        // a tone or a letter mark changes no length and is still allowed on a full field
        assertTrue(model.tone(Tone.TILDE).accepted());
        assertEquals("Nguyên", model.text());
    }

    @Test
    void digitsOnlyRefusesOtherCharacters() {
        KeyboardModel model = KeyboardModel.forDigits(12);
        assertEquals(Layout.NUMERIC, model.layout());
        assertEquals(new PressResult.Refused(PressResult.Reason.NOT_ALLOWED), model.type("a"));
        assertEquals(new PressResult.Refused(PressResult.Reason.NOT_ALLOWED), model.space());
        assertEquals(new PressResult.Refused(PressResult.Reason.NOT_ALLOWED), model.letterMark('đ'));
        assertEquals(new PressResult.Refused(PressResult.Reason.NOT_ALLOWED), model.setText("09x"));
        for (char c : "001234567890".toCharArray()) {
            assertTrue(model.type(String.valueOf(c)).accepted());
        }
        assertEquals(new PressResult.Refused(PressResult.Reason.TOO_LONG), model.type("1"));
        assertEquals("001234567890", model.text());
    }

    @Test
    void aToneWithoutAVowelIsRefused() {
        KeyboardModel model = KeyboardModel.forText(50);
        assertEquals(new PressResult.Refused(PressResult.Reason.NOTHING_TO_CHANGE), model.tone(Tone.ACUTE));
        model.type("n");
        model.type("g");
        assertFalse(model.tone(Tone.ACUTE).accepted());
        model.type("a");
        model.space();
        assertFalse(model.tone(Tone.ACUTE).accepted(), "after a space there is no word");
        assertEquals("nga ", model.text());
    }

    @Test
    void theToneFollowsTheLettersTypedAfterIt() {
        KeyboardModel model = KeyboardModel.forText(50);
        model.type("g");
        model.type("i");
        model.tone(Tone.GRAVE);
        assertEquals("gì", model.text());
        model.type("a");
        assertEquals("già", model.text(), "gi is one consonant once a vowel follows");
        model.space();
        model.type("q");
        model.type("u");
        model.tone(Tone.ACUTE);
        model.type("a");
        assertEquals("già quá", model.text());
    }

    @Test
    void aTypedWordDoesNotMoveTheToneOfTheWordBefore() {
        KeyboardModel model = KeyboardModel.forText(50);
        model.setText("Hà");
        model.type("n");
        model.type("o");
        model.type("i");
        assertEquals("Hànoi", model.text());
        model.tone(Tone.DOT);
        assertEquals("Hànọi", model.text());
    }

    @Test
    void pressingAToneTwiceRemovesIt() {
        KeyboardModel model = KeyboardModel.forText(50);
        model.setText("hoa");
        model.tone(Tone.GRAVE);
        assertEquals("hoà", model.text());
        model.tone(Tone.GRAVE);
        assertEquals("hoa", model.text());
        model.tone(Tone.GRAVE);
        model.tone(Tone.ACUTE);
        assertEquals("hoá", model.text());
    }

    @Test
    void layoutsSwitchAndDoneHandsOverTheText() {
        KeyboardModel model = KeyboardModel.forText(50);
        List<String> done = new ArrayList<>();
        AtomicInteger changes = new AtomicInteger();
        model.addDoneListener(done::add);
        model.addListener(changes::incrementAndGet);
        model.showLayout(Layout.SYMBOLS);
        assertEquals(Layout.SYMBOLS, model.layout());
        model.type("1");
        model.type("2");
        model.type("/");
        model.type("3");
        model.showLayout(Layout.LETTERS);
        model.done();
        assertEquals(List.of("12/3"), done);
        assertEquals(6, changes.get());
    }

    @Test
    void freeTextRefusesControlCharacters() {
        KeyboardModel model = KeyboardModel.forText(50);
        assertEquals(new PressResult.Refused(PressResult.Reason.NOT_ALLOWED), model.setText("a\nb"));
        assertTrue(model.setText("Số 12/3, Tổ 5").accepted());
    }

    @Test
    void everyLayoutHasTheKeysTheBriefAsksFor() {
        List<String> letters = ids(Layout.LETTERS);
        for (String id : List.of("char:q", "char:m", "mark:ă", "mark:â", "mark:đ", "mark:ê", "mark:ô", "mark:ơ",
                "mark:ư", "tone:acute", "tone:grave", "tone:hook", "tone:tilde", "tone:dot", "shift", "backspace",
                "space", "done", "layout:symbols")) {
            assertTrue(letters.contains(id), id);
        }
        List<String> numeric = ids(Layout.NUMERIC);
        assertEquals(List.of("char:1", "char:2", "char:3", "char:4", "char:5", "char:6", "char:7", "char:8",
                "char:9", "backspace", "char:0", "done"), numeric);
        assertTrue(ids(Layout.SYMBOLS).containsAll(List.of("char:0", "char:/", "char:,", "layout:letters")));
    }

    private static List<String> ids(Layout layout) {
        return Layouts.rows(layout).stream().flatMap(List::stream).map(Key::id).toList();
    }
}
