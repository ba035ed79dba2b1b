package vn.kiosk.simulator.qr;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.Kernel;
import java.util.Arrays;
import java.util.Random;

/** Camera-like damage to a rendered QR, each step seeded so the corpus is the same on every run. */
final class Distortions {
    private Distortions() {
    }

    static BufferedImage gray(BufferedImage image) {
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        g.drawImage(image, 0, 0, null);
        g.dispose();
        return out;
    }

    static BufferedImage rotate(BufferedImage image, double degrees) {
        double r = Math.toRadians(degrees);
        int w = image.getWidth();
        int h = image.getHeight();
        int size = (int) Math.ceil(Math.hypot(w, h));
        BufferedImage out = canvas(size, size, 255);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        AffineTransform t = new AffineTransform();
        t.translate(size / 2.0, size / 2.0);
        t.rotate(r);
        t.translate(-w / 2.0, -h / 2.0);
        g.drawImage(image, t, null);
        g.dispose();
        return out;
    }

    /** The QR seen at an angle: its corners moved by up to {@code amount} of its size, sampled back. */
    static BufferedImage perspective(BufferedImage image, double amount, Random random) {
        int w = image.getWidth();
        int h = image.getHeight();
        double[] dst = {0, 0, w, 0, w, h, 0, h};
        for (int i = 0; i < dst.length; i++) {
            dst[i] += (random.nextDouble() * 2 - 1) * amount * (i % 2 == 0 ? w : h);
        }
        // homography from output (dst) to input (src) corners
        double[] m = homography(dst, new double[] {0, 0, w, 0, w, h, 0, h});
        int margin = (int) (amount * Math.max(w, h)) + 4;
        BufferedImage out = canvas(w + 2 * margin, h + 2 * margin, 255);
        byte[] in = pixels(image);
        for (int y = 0; y < out.getHeight(); y++) {
            for (int x = 0; x < out.getWidth(); x++) {
                double px = x - margin;
                double py = y - margin;
                double d = m[6] * px + m[7] * py + 1;
                int sx = (int) Math.round((m[0] * px + m[1] * py + m[2]) / d);
                int sy = (int) Math.round((m[3] * px + m[4] * py + m[5]) / d);
                int v = sx >= 0 && sy >= 0 && sx < w && sy < h ? in[sy * w + sx] & 0xFF : 255;
                out.getRaster().setSample(x, y, 0, v);
            }
        }
        return out;
    }

    static BufferedImage blur(BufferedImage image, int radius) {
        int size = 2 * radius + 1;
        float[] kernel = new float[size * size];
        Arrays.fill(kernel, 1f / kernel.length);
        BufferedImage padded = pad(image, size);
        return new ConvolveOp(new Kernel(size, size, kernel), ConvolveOp.EDGE_NO_OP, null).filter(padded, null);
    }

    static BufferedImage noise(BufferedImage image, double sigma, Random random) {
        BufferedImage out = copy(image);
        for (int y = 0; y < out.getHeight(); y++) {
            for (int x = 0; x < out.getWidth(); x++) {
                int v = out.getRaster().getSample(x, y, 0) + (int) Math.round(random.nextGaussian() * sigma);
                out.getRaster().setSample(x, y, 0, Math.max(0, Math.min(255, v)));
            }
        }
        return out;
    }

    static BufferedImage scale(BufferedImage image, double factor) {
        int w = Math.max(1, (int) Math.round(image.getWidth() * factor));
        int h = Math.max(1, (int) Math.round(image.getHeight() * factor));
        BufferedImage out = canvas(w, h, 255);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.drawImage(image, 0, 0, w, h, null);
        g.dispose();
        return out;
    }

    /** Black becomes {@code dark}, white {@code light}, with a left-to-right shading like uneven light. */
    static BufferedImage lowContrast(BufferedImage image, int dark, int light, int shading) {
        BufferedImage out = copy(image);
        for (int y = 0; y < out.getHeight(); y++) {
            for (int x = 0; x < out.getWidth(); x++) {
                double v = out.getRaster().getSample(x, y, 0) / 255.0;
                int shade = shading * x / out.getWidth();
                out.getRaster().setSample(x, y, 0, Math.max(0, Math.min(255, (int) (dark + v * (light - dark)) + shade)));
            }
        }
        return out;
    }

    /** A 1280x720 frame of clutter (desk, card edges, text-like marks) with the QR somewhere in it. */
    static BufferedImage inFrame(BufferedImage qr, Random random) {
        return inFrame(qr, 1280, 720, random);
    }

    /** A bright reflection (a ceiling light on a laminated card or a phone screen) washing out a patch. */
    static BufferedImage glare(BufferedImage image, Random random) {
        BufferedImage out = copy(image);
        double cx = out.getWidth() * (0.3 + random.nextDouble() * 0.4);
        double cy = out.getHeight() * (0.3 + random.nextDouble() * 0.4);
        double radius = Math.min(out.getWidth(), out.getHeight()) * (0.12 + random.nextDouble() * 0.1);
        for (int y = 0; y < out.getHeight(); y++) {
            for (int x = 0; x < out.getWidth(); x++) {
                double d = Math.hypot(x - cx, y - cy) / radius;
                double light = d < 1 ? 1 - d * d : 0;
                int v = out.getRaster().getSample(x, y, 0);
                out.getRaster().setSample(x, y, 0, (int) Math.min(255, v + light * 200));
            }
        }
        return out;
    }

    /** A phone screen filmed by a camera: the pixel grid beats with the sensor's into fine stripes. */
    static BufferedImage moire(BufferedImage image, Random random) {
        BufferedImage out = copy(image);
        double fx = 0.9 + random.nextDouble() * 0.6;
        double fy = 0.7 + random.nextDouble() * 0.6;
        for (int y = 0; y < out.getHeight(); y++) {
            for (int x = 0; x < out.getWidth(); x++) {
                double wave = Math.sin(x * fx + y * fy) * Math.sin(x * 0.05 + y * 0.03);
                int v = out.getRaster().getSample(x, y, 0);
                out.getRaster().setSample(x, y, 0, Math.max(0, Math.min(255, (int) (v * 0.75 + 32 + wave * 40))));
            }
        }
        return out;
    }

    static BufferedImage inFrame(BufferedImage qr, int width, int height, Random random) {
        BufferedImage frame = canvas(width, height, 90 + random.nextInt(60));
        Graphics2D g = frame.createGraphics();
        for (int i = 0; i < 60; i++) {
            int v = random.nextInt(256);
            g.setColor(new Color(v, v, v));
            if (random.nextBoolean()) {
                g.fillRect(random.nextInt(width), random.nextInt(height), 5 + random.nextInt(120), 2 + random.nextInt(40));
            } else {
                g.drawString("CĂN CƯỚC CÔNG DÂN 0123456789", random.nextInt(width), random.nextInt(height));
            }
        }
        int x = random.nextInt(Math.max(1, width - qr.getWidth()));
        int y = random.nextInt(Math.max(1, height - qr.getHeight()));
        g.drawImage(qr, x, y, null);
        g.dispose();
        return frame;
    }

    private static BufferedImage canvas(int w, int h, int value) {
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        g.setColor(new Color(value, value, value));
        g.fillRect(0, 0, w, h);
        g.dispose();
        return out;
    }

    private static BufferedImage pad(BufferedImage image, int by) {
        BufferedImage out = canvas(image.getWidth() + 2 * by, image.getHeight() + 2 * by, 255);
        Graphics2D g = out.createGraphics();
        g.drawImage(image, by, by, null);
        g.dispose();
        return out;
    }

    private static BufferedImage copy(BufferedImage image) {
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        out.setData(image.getData());
        return out;
    }

    private static byte[] pixels(BufferedImage gray) {
        byte[] out = new byte[gray.getWidth() * gray.getHeight()];
        gray.getRaster().getDataElements(0, 0, gray.getWidth(), gray.getHeight(), out);
        return out;
    }

    /** The 3x3 projective map (h33 = 1) taking the four points {@code from} onto {@code to}. */
    private static double[] homography(double[] from, double[] to) {
        double[][] a = new double[8][9];
        for (int i = 0; i < 4; i++) {
            double x = from[2 * i];
            double y = from[2 * i + 1];
            double u = to[2 * i];
            double v = to[2 * i + 1];
            a[2 * i] = new double[] {x, y, 1, 0, 0, 0, -u * x, -u * y, u};
            a[2 * i + 1] = new double[] {0, 0, 0, x, y, 1, -v * x, -v * y, v};
        }
        for (int col = 0; col < 8; col++) {
            int pivot = col;
            for (int r = col + 1; r < 8; r++) {
                if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) {
                    pivot = r;
                }
            }
            double[] tmp = a[col];
            a[col] = a[pivot];
            a[pivot] = tmp;
            for (int r = 0; r < 8; r++) {
                if (r != col) {
                    double f = a[r][col] / a[col][col];
                    for (int c = col; c < 9; c++) {
                        a[r][c] -= f * a[col][c];
                    }
                }
            }
        }
        double[] h = new double[8];
        for (int i = 0; i < 8; i++) {
            h[i] = a[i][8] / a[i][i];
        }
        return h;
    }
}
