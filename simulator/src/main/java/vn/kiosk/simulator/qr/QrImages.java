package vn.kiosk.simulator.qr;

import java.awt.image.BufferedImage;
import java.util.EnumMap;
import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * Renders QR text as an image, as a card printer would: UTF-8 in byte mode (an ECI segment
 * announces it, so decoders do not guess Shift_JIS), error correction M, a 4-module quiet zone.
 */
public final class QrImages {
    public static final int DEFAULT_MODULE_PIXELS = 8;
    private static final int QUIET_ZONE_MODULES = 4;

    private QrImages() {
    }

    /** Black modules of {@code modulePixels} square pixels on white. */
    public static BufferedImage render(String text, int modulePixels) {
        if (modulePixels < 1) {
            throw new IllegalArgumentException("a module is at least one pixel");
        }
        Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
        hints.put(EncodeHintType.CHARACTER_SET, "UTF-8");
        hints.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M);
        hints.put(EncodeHintType.MARGIN, QUIET_ZONE_MODULES);
        try {
            // Size 0 asks for one pixel per module; scaling here keeps modules exactly square.
            BitMatrix modules = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, hints);
            BitMatrix scaled = new BitMatrix(modules.getWidth() * modulePixels, modules.getHeight() * modulePixels);
            for (int y = 0; y < modules.getHeight(); y++) {
                for (int x = 0; x < modules.getWidth(); x++) {
                    if (modules.get(x, y)) {
                        scaled.setRegion(x * modulePixels, y * modulePixels, modulePixels, modulePixels);
                    }
                }
            }
            return MatrixToImageWriter.toBufferedImage(scaled);
        } catch (WriterException e) {
            throw new IllegalArgumentException("the text does not fit in a QR code (" + text.length() + " characters)", e);
        }
    }
}
