package vn.kiosk.reader.qr;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

/** Image files and {@link BufferedImage}s as grayscale frames (a copy: an image is not a camera buffer). */
public final class ImageFrames {
    private ImageFrames() {
    }

    /** Rec. 601 luma, with transparent pixels taken as white (a PNG's background is paper). */
    public static GrayFrame of(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        int[] argb = image.getRGB(0, 0, width, height, null, 0, width);
        byte[] luma = new byte[width * height];
        for (int i = 0; i < argb.length; i++) {
            int p = argb[i];
            int alpha = p >>> 24;
            int r = (p >> 16) & 0xFF;
            int g = (p >> 8) & 0xFF;
            int b = p & 0xFF;
            int y = (299 * r + 587 * g + 114 * b) / 1000;
            luma[i] = (byte) ((y * alpha + 255 * (255 - alpha)) / 255);
        }
        return GrayFrame.packed(luma, width, height);
    }

    /** Reads PNG, JPEG, GIF, BMP (and TIFF, WBMP); fails with a message naming the file. */
    public static GrayFrame read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException("no such image file: " + file);
        }
        BufferedImage image = ImageIO.read(file.toFile());
        if (image == null) {
            throw new IOException(file + " is not an image this reader knows (PNG, JPEG, GIF, BMP, TIFF)");
        }
        return of(image);
    }
}
