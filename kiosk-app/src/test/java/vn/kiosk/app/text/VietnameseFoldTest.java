package vn.kiosk.app.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;

class VietnameseFoldTest {

    @Test
    void stripsTonesAndLetterMarksAndLowerCases() {
        assertEquals("dang ky khai sinh", VietnameseFold.fold("Đăng ký khai sinh"));
        assertEquals("giay khai sinh", VietnameseFold.fold("Giấy khai sinh"));
        assertEquals("nguyen van a", VietnameseFold.fold("NGUYỄN VĂN A"));
        assertEquals("thua thien hue", VietnameseFold.fold("Thừa Thiên Huế"));
        assertEquals("duong", VietnameseFold.fold("đường"));
    }

    @Test
    void everyVietnameseVowelAndDFoldToTheirBareLetter() {
        String lower = "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđ";
        String expected = "a".repeat(18) + "e".repeat(12) + "i".repeat(6) + "o".repeat(18) + "u".repeat(12)
                + "y".repeat(6) + "d";
        assertEquals(expected, VietnameseFold.fold(lower));
        assertEquals(expected, VietnameseFold.fold(lower.toUpperCase()));
    }

    @Test
    void nfcAndNfdInputFoldAlike() {
        String nfc = Normalizer.normalize("Nguyễn Thị Ngọc Ánh, Phường Bến Nghé", Normalizer.Form.NFC);
        String nfd = Normalizer.normalize(nfc, Normalizer.Form.NFD);
        assertEquals(VietnameseFold.fold(nfc), VietnameseFold.fold(nfd));
        assertEquals("nguyen thi ngoc anh, phuong ben nghe", VietnameseFold.fold(nfd));
    }

    @Test
    void collapsesWhiteSpaceIncludingNoBreakSpaces() {
        assertEquals("khai sinh", VietnameseFold.fold("  Khai \t\u00A0 sinh \n"));
        assertEquals("", VietnameseFold.fold("   "));
        assertEquals("", VietnameseFold.fold(null));
    }

    @Test
    void leavesDigitsAndPunctuation() {
        assertEquals("so 12/3, to 5", VietnameseFold.fold("Số 12/3, Tổ 5"));
    }
}
