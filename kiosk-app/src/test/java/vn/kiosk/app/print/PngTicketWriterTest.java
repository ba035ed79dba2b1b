package vn.kiosk.app.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.imageio.ImageIO;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PngTicketWriterTest {

    @TempDir
    Path dir;

    @Test
    void rendersAReceiptSizedImage() throws Exception {
        PngTicketWriter writer = new PngTicketWriter(dir, PdfTicketWriterTest.CLOCK, TicketFonts.SYSTEM_FONT_DIRECTORIES);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(
                writer.renderPng(VietnameseTicketOverTcpTest.clinicTicket())));
        // 80 mm at 203 dpi
        assertEquals(639, image.getWidth(), 2);
        assertTrue(image.getHeight() > image.getWidth(), "taller than wide: " + image.getHeight());
        assertTrue(hasDarkPixels(image), "something is drawn");
        assertEquals(VietnameseTicketOverTcpTest.QR, decodeQr(image), "the QR code scans");

        PrintResult.Printed printed = assertInstanceOf(PrintResult.Printed.class,
                writer.print(VietnameseTicketOverTcpTest.clinicTicket()));
        Path file = dir.resolve("20250314-093012-345_A012.png");
        assertEquals("png " + file, printed.where());
        assertTrue(ImageIO.read(Files.newInputStream(file)) != null);
    }

    private static String decodeQr(BufferedImage image) throws Exception {
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
        return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.CHARACTER_SET, "UTF-8")).getText();
    }

    private static boolean hasDarkPixels(BufferedImage image) {
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                if ((image.getRGB(x, y) & 0xFF) < 64) {
                    return true;
                }
            }
        }
        return false;
    }
}
