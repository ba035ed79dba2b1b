package vn.kiosk.reader.qr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;

class FrameDecoderTest {
    private static final String TEXT = "001089012345||Nguyễn Văn Đức|15031989|Nam|Hà Nội|20042021";

    /** The QR drawn at 3 px per module into a larger buffer, at (left, top), rows {@code stride} apart. */
    private static byte[] qrIn(int stride, int rows, int left, int top) throws Exception {
        Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
        hints.put(EncodeHintType.CHARACTER_SET, "UTF-8");
        BitMatrix m = new QRCodeWriter().encode(TEXT, BarcodeFormat.QR_CODE, 0, 0, hints);
        byte[] buffer = new byte[stride * rows];
        Arrays.fill(buffer, (byte) 0xFF);
        for (int y = 0; y < m.getHeight() * 3; y++) {
            for (int x = 0; x < m.getWidth() * 3; x++) {
                if (m.get(x / 3, y / 3)) {
                    buffer[(top + y) * stride + left + x] = 0;
                }
            }
        }
        return buffer;
    }

    @Test
    void decodesInPlaceFromAWindowWithAStrideAndTheDiacriticsSurvive() throws Exception {
        byte[] buffer = qrIn(800, 400, 300, 50);
        // the frame is a window starting at column 250 of a buffer whose rows are 800 bytes apart
        GrayFrame frame = new GrayFrame(buffer, 250, 500, 380, 800);
        QrDecode decoded = new FrameDecoder().decode(frame).orElseThrow();
        assertEquals(TEXT, decoded.text());
        assertEquals("hybrid", decoded.strategy());
    }

    @Test
    void aPackedFrameIsNotCopied() {
        byte[] buffer = new byte[64 * 48];
        assertSame(buffer, new GrayFrameSource(GrayFrame.packed(buffer, 64, 48)).getMatrix());
    }

    @Test
    void anInvertedQrIsFoundOnTheHarderPath() throws Exception {
        byte[] buffer = qrIn(400, 300, 40, 40);
        for (int i = 0; i < buffer.length; i++) {
            buffer[i] = (byte) (255 - (buffer[i] & 0xFF));
        }
        QrDecode decoded = new FrameDecoder().decode(GrayFrame.packed(buffer, 400, 300)).orElseThrow();
        assertEquals(TEXT, decoded.text());
        assertEquals("inverted", decoded.strategy());
    }

    @Test
    void aFrameWithoutAQrGivesNothing() {
        byte[] gray = new byte[320 * 240];
        new java.util.Random(1).nextBytes(gray);
        assertTrue(new FrameDecoder().decode(GrayFrame.packed(gray, 320, 240)).isEmpty());
        assertTrue(new FrameDecoder().decodeQuick(GrayFrame.packed(new byte[16], 4, 4)).isEmpty());
    }

    @Test
    void aFrameLargerThanItsBufferIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new GrayFrame(new byte[100], 0, 10, 11, 10));
        assertThrows(IllegalArgumentException.class, () -> new GrayFrame(new byte[100], 0, 10, 10, 9));
    }
}
