package vn.kiosk.app.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineWrapperTest {

    private static final Charset CP1258 = Charset.forName("windows-1258");
    private static final String TEXT = "Hồ sơ sẽ được gửi khi có mạng. Công dân vui lòng giữ phiếu này "
            + "để tra cứu kết quả trên Cổng Dịch vụ công quốc gia hoặc tại bộ phận một cửa.";

    private static List<String> wrap(String text, int width) {
        List<String> out = new ArrayList<>();
        for (byte[] line : LineWrapper.wrap(EscPosCodePage.CP1258.encodeClusters(text), width)) {
            assertTrue(line.length <= width, "line of " + line.length + " bytes > " + width);
            out.add(Normalizer.normalize(new String(line, CP1258), Normalizer.Form.NFC));
        }
        return out;
    }

    @Test
    void noLineLongerThanTheWidthAndWordsKept() {
        for (int width : new int[] {16, 24, 32, 48}) {
            List<String> lines = wrap(TEXT, width);
            assertTrue(lines.size() > 1);
            assertEquals(Arrays.asList(TEXT.split(" ")), Arrays.asList(String.join(" ", lines).split(" ")),
                    "same words in the same order at width " + width);
            for (String line : lines) {
                assertFalse(line.startsWith(" ") || line.endsWith(" "), "'" + line + "'");
            }
        }
    }

    @Test
    void linesAreFilledGreedily() {
        assertEquals(List.of("Vui lòng chờ gọi số. Xin", "cảm ơn!"), wrap("Vui lòng chờ gọi số. Xin cảm ơn!", 32));
        assertEquals(List.of("a b c"), wrap("a  b   c", 32));
        assertEquals(List.of(""), wrap("", 32));
    }

    @Test
    void overlongWordIsSplitButNeverBetweenLetterAndToneMark() {
        String word = "ệệệệệệệệệệệệệệệệệệệệ"; // 20 letters, 40 bytes in CP1258
        for (int width : new int[] {7, 8, 9, 32}) {
            List<byte[]> lines = LineWrapper.wrap(EscPosCodePage.CP1258.encodeClusters(word), width);
            StringBuilder all = new StringBuilder();
            for (byte[] line : lines) {
                assertTrue(line.length <= width);
                String decoded = new String(line, CP1258);
                assertFalse(TextClusters.isMark(decoded.codePointAt(0)), "line starts with a bare mark");
                assertTrue(decoded.matches("(ê\u0323)+"), "each ệ whole, as ê + dot below: " + decoded);
                all.append(decoded);
            }
            assertEquals(word, Normalizer.normalize(all, Normalizer.Form.NFC));
        }
    }
}
