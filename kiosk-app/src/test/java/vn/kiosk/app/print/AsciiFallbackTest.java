package vn.kiosk.app.print;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class AsciiFallbackTest {

    private static String ascii(String s) {
        byte[] bytes = EscPosCodePage.ASCII.encode(s);
        for (byte b : bytes) {
            if (b < 0x20) {
                throw new AssertionError("not printable ASCII: " + b);
            }
        }
        return new String(bytes, StandardCharsets.US_ASCII);
    }

    @Test
    void stripsVietnameseDiacritics() {
        assertEquals("Nguyen Van Duong", ascii("Nguyễn Văn Dương"));
        assertEquals("Dang Thi Hang", ascii("Đặng Thị Hằng"));
        assertEquals("dia chi: duong Tran Hung Dao", ascii("địa chỉ: đường Trần Hưng Đạo"));
        assertEquals("PHIEU KHAM BENH", ascii("PHIẾU KHÁM BỆNH"));
        assertEquals("NHUNG", ascii("NHỮNG"));
    }

    @Test
    void everyVietnameseLetterBecomesItsBaseLetter() {
        for (String letter : Cp1258EncodingTest.allVietnameseLetters()) {
            String a = ascii(letter);
            assertEquals(1, a.length(), letter);
            assertEquals(true, "aeiouydAEIOUYD".indexOf(a.charAt(0)) >= 0, letter + " -> " + a);
        }
    }

    @Test
    void typographyFoldsAndTheRestIsAQuestionMark() {
        assertEquals("50.000d - \"ok\"...", ascii("50.000₫ – “ok”…"));
        assertEquals("?", ascii("漢"));
        assertEquals("a b", ascii("a\u00A0b"));
    }
}
