package vn.kiosk.app.ui;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import java.io.ByteArrayInputStream;
import java.util.Map;
import java.util.Optional;
import javafx.scene.image.Image;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

/** Pictures on screen: the chip's portrait and the receipt's QR code. */
final class Images {
    private Images() {
    }

    /** JavaFX decodes JPEG itself; an image it cannot decode is no image, never an error screen. */
    static Optional<Image> jpeg(byte[] bytes) {
        Image image = new Image(new ByteArrayInputStream(bytes));
        return image.isError() ? Optional.empty() : Optional.of(image);
    }

    static Optional<Image> qr(String payload, int size) {
        try {
            BitMatrix matrix = new QRCodeWriter().encode(payload, BarcodeFormat.QR_CODE, size, size,
                    Map.of(EncodeHintType.CHARACTER_SET, "UTF-8", EncodeHintType.MARGIN, 2));
            WritableImage image = new WritableImage(matrix.getWidth(), matrix.getHeight());
            PixelWriter pixels = image.getPixelWriter();
            for (int y = 0; y < matrix.getHeight(); y++) {
                for (int x = 0; x < matrix.getWidth(); x++) {
                    pixels.setColor(x, y, matrix.get(x, y) ? Color.BLACK : Color.WHITE);
                }
            }
            return Optional.of(image);
        } catch (WriterException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
