package vn.kiosk.app.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class VietLetterTest {

    @Test
    void splitsALetterIntoBaseMarkAndTone() {
        VietLetter e = VietLetter.of('ễ');
        assertEquals('e', e.base());
        assertEquals(LetterMark.CIRCUMFLEX, e.mark());
        assertEquals(Tone.TILDE, e.tone());

        VietLetter o = VietLetter.of('Ợ');
        assertEquals('O', o.base());
        assertEquals(LetterMark.HORN, o.mark());
        assertEquals(Tone.DOT, o.tone());
        assertTrue(o.isUpperCase());
        assertTrue(o.isVowel());

        VietLetter d = VietLetter.of('Đ');
        assertEquals('D', d.base());
        assertEquals(LetterMark.STROKE, d.mark());
        assertFalse(d.isVowel());
    }

    @Test
    void recomposesChangedLettersInNfc() {
        assertEquals("ự", VietLetter.of('u').withMark(LetterMark.HORN).withTone(Tone.DOT).toString());
        assertEquals("Ặ", VietLetter.of('A').withTone(Tone.DOT).withMark(LetterMark.BREVE).toString());
        assertEquals("ê", VietLetter.of('ế').withTone(Tone.NONE).toString());
        assertEquals("đ", VietLetter.of('d').withMark(LetterMark.STROKE).toString());
        assertEquals("Đ", VietLetter.of('D').withMark(LetterMark.STROKE).toString());
        assertEquals("D", VietLetter.of('Đ').withMark(LetterMark.NONE).toString());
        assertEquals("ỹ", VietLetter.of('y').withTone(Tone.TILDE).toString());
    }
}
