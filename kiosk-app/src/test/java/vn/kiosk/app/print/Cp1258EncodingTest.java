package vn.kiosk.app.print;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class Cp1258EncodingTest {

    private static final Charset CP1258 = Charset.forName("windows-1258");

    /** a ă â e ê i o ô ơ u ư y, each bare and with the five tones, both cases; then đ Đ. */
    static List<String> allVietnameseLetters() {
        String[] vowels = {"a", "a\u0306", "a\u0302", "e", "e\u0302", "i", "o", "o\u0302", "o\u031B", "u", "u\u031B", "y"};
        String[] tones = {"", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"};
        Set<String> letters = new LinkedHashSet<>();
        for (String v : vowels) {
            for (String t : tones) {
                String lower = Normalizer.normalize(v + t, Normalizer.Form.NFC);
                letters.add(lower);
                letters.add(lower.toUpperCase(java.util.Locale.ROOT));
            }
        }
        letters.add("đ");
        letters.add("Đ");
        return new ArrayList<>(letters);
    }

    @Test
    void everyVietnameseLetterSurvivesTheRoundTrip() {
        List<String> letters = allVietnameseLetters();
        assertEquals(146, letters.size(), "12 vowels x 6 tones x 2 cases + đ Đ");
        for (String letter : letters) {
            assertEquals(1, letter.codePointCount(0, letter.length()), "precomposed: " + letter);
            byte[] bytes = EscPosCodePage.CP1258.encode(letter);
            String back = Normalizer.normalize(new String(bytes, CP1258), Normalizer.Form.NFC);
            assertEquals(letter, back, "letter " + letter);
            assertTrue(bytes.length <= 2, letter + " takes " + bytes.length + " bytes");
        }
    }

    @Test
    void decomposedInputWorksToo() {
        String nfd = Normalizer.normalize("Nguyễn Thị Hường", Normalizer.Form.NFD);
        String back = new String(EscPosCodePage.CP1258.encode(nfd), CP1258);
        assertEquals("Nguyễn Thị Hường", Normalizer.normalize(back, Normalizer.Form.NFC));
    }

    @Test
    void lettersWithoutPrecomposedFormUseBaseLetterPlusToneMark() {
        // ệ = ê (0xEA) + combining dot below (0xF2); ữ = ư (0xFD) + combining tilde (0xDE)
        assertArrayEquals(new byte[] {(byte) 0xEA, (byte) 0xF2}, EscPosCodePage.CP1258.encode("ệ"));
        assertArrayEquals(new byte[] {(byte) 0xDD, (byte) 0xDE}, EscPosCodePage.CP1258.encode("Ữ"));
        // á is precomposed in CP1258: one byte
        assertArrayEquals(new byte[] {(byte) 0xE1}, EscPosCodePage.CP1258.encode("á"));
        assertArrayEquals("Nguy".getBytes(CP1258), java.util.Arrays.copyOf(EscPosCodePage.CP1258.encode("Nguyễn"), 4));
    }

    @Test
    void unencodableCharactersBecomeQuestionMarksWithoutThrowing() {
        assertEquals("A?B", new String(EscPosCodePage.CP1258.encode("A漢B"), CP1258));
        assertEquals("A?B", new String(EscPosCodePage.CP1258.encode("A\uD83D\uDE00B"), CP1258), "emoji");
        assertEquals("A?B", new String(EscPosCodePage.CP1258.encode("AşB"), CP1258), "s with cedilla");
        assertEquals("A?B", new String(EscPosCodePage.CP1258.encode("A\uD800B"), CP1258), "lone surrogate");
        assertEquals("?", new String(EscPosCodePage.ASCII.encode("漢"), java.nio.charset.StandardCharsets.US_ASCII));
    }

    @Test
    void controlCharactersNeverReachThePrinter() {
        byte[] bytes = EscPosCodePage.CP1258.encode("a\u001b@b\u001dVc\u0085d\u202Ee\tf");
        for (byte b : bytes) {
            assertTrue((b & 0xFF) >= 0x20, "control byte " + (b & 0xFF));
        }
        // U+0085 (NEL) is a line break; single-string encode joins lines with a space
        assertEquals("a@bVc de f", new String(bytes, CP1258));
    }
}
