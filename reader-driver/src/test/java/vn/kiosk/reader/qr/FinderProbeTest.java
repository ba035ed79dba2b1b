package vn.kiosk.reader.qr;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import org.junit.jupiter.api.Test;

class FinderProbeTest {
    private static final int W = 640;
    private static final int H = 480;

    /** Grey noise and bars: clutter with edges but no nested squares. */
    private static byte[] clutter(long seed) {
        Random random = new Random(seed);
        byte[] pixels = new byte[W * H];
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                int bar = ((x / 23) % 2 == 0) ? 60 : 200;
                pixels[y * W + x] = (byte) Math.max(0, Math.min(255, bar + random.nextGaussian() * 25));
            }
        }
        return pixels;
    }

    @Test
    void framesWithoutAQrShowNoFinderPattern() {
        assertFalse(FinderProbe.anyIn(GrayFrame.packed(clutter(1), W, H)));
        byte[] white = new byte[W * H];
        Arrays.fill(white, (byte) 0xFF);
        assertFalse(FinderProbe.anyIn(GrayFrame.packed(white, W, H)));
    }

    @Test
    void aQrWithOnlyOneFinderPatternLeftStillCounts() throws Exception {
        byte[] pixels = clutter(2);
        BitMatrix qr = new QRCodeWriter().encode("001089012345||Nguyen Van Duc", BarcodeFormat.QR_CODE, 0, 0);
        int scale = 4;
        int left = 100;
        int top = 80;
        for (int y = 0; y < qr.getHeight() * scale; y++) {
            for (int x = 0; x < qr.getWidth() * scale; x++) {
                pixels[(top + y) * W + left + x] = (byte) (qr.get(x / scale, y / scale) ? 0 : 0xFF);
            }
        }
        assertTrue(FinderProbe.anyIn(GrayFrame.packed(pixels.clone(), W, H)));
        // a hand (solid grey) over the right and bottom thirds of the code: one finder pattern remains
        int cover = qr.getWidth() * scale * 2 / 3;
        for (int y = top; y < top + qr.getHeight() * scale; y++) {
            for (int x = left; x < left + qr.getWidth() * scale; x++) {
                if (x - left > cover / 2 || y - top > cover / 2) {
                    pixels[y * W + x] = (byte) 128;
                }
            }
        }
        assertTrue(FinderProbe.anyIn(GrayFrame.packed(pixels, W, H)));
    }
}
