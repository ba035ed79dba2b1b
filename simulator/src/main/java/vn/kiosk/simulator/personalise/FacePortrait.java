package vn.kiosk.simulator.personalise;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * A synthetic, clearly artificial face drawn for a seed, as a JFIF JPEG the size of a real
 * card's DG2 portrait (ICAO token-frame proportions, 15-20 KB).
 */
public final class FacePortrait {
    public static final int WIDTH = 480;
    public static final int HEIGHT = 640;

    private FacePortrait() {
    }

    public static byte[] jpeg(long seed) {
        Random random = new Random(seed);
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(new Color(235, 240, 248));
            g.fillRect(0, 0, WIDTH, HEIGHT);
            Color skin = new Color(200 + random.nextInt(40), 160 + random.nextInt(40), 120 + random.nextInt(40));
            g.setColor(new Color(30 + random.nextInt(40), 50 + random.nextInt(40), 90 + random.nextInt(60)));
            g.fillRoundRect(60, 470, 360, 260, 120, 120);                 // shoulders
            g.setColor(skin);
            g.fillRect(200, 400, 80, 90);                                  // neck
            g.fill(new Ellipse2D.Double(130, 130, 220, 290));              // face
            g.setColor(new Color(20 + random.nextInt(30), 15 + random.nextInt(20), 10 + random.nextInt(20)));
            g.fillArc(120, 100, 240, 180, 0, 180);                         // hair
            g.setColor(Color.WHITE);
            g.fill(new Ellipse2D.Double(180, 250, 44, 24));
            g.fill(new Ellipse2D.Double(256, 250, 44, 24));
            g.setColor(new Color(40, 30, 20));
            g.fill(new Ellipse2D.Double(194, 252, 18, 20));
            g.fill(new Ellipse2D.Double(270, 252, 18, 20));
            g.setStroke(new BasicStroke(4));
            g.setColor(skin.darker());
            g.drawLine(240, 280, 232, 330);
            g.drawLine(232, 330, 248, 332);
            g.setColor(new Color(160, 70, 70));
            g.drawArc(205, 340, 70, 30 + random.nextInt(10), 200, 140);    // mouth
            for (int i = 0; i < 4000; i++) {                               // sensor noise, so JPEG sizes are realistic
                int x = random.nextInt(WIDTH);
                int y = random.nextInt(HEIGHT);
                int rgb = image.getRGB(x, y);
                int d = random.nextInt(21) - 10;
                image.setRGB(x, y, new Color(clamp(((rgb >> 16) & 0xFF) + d), clamp(((rgb >> 8) & 0xFF) + d),
                        clamp((rgb & 0xFF) + d)).getRGB());
            }
        } finally {
            g.dispose();
        }
        return encode(image, 0.75f);
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }

    private static byte[] encode(BufferedImage image, float quality) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException("JPEG encoding failed in memory", e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
