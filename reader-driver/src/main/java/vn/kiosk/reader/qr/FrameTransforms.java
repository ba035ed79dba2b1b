package vn.kiosk.reader.qr;

/**
 * The frame copies the harder decoding attempts need. Only those attempts pay for a copy; the
 * cheap path reads the caller's buffer directly.
 */
final class FrameTransforms {
    private FrameTransforms() {
    }

    /**
     * Half the size, each pixel the mean of a 2x2 block: averages away sensor noise, moiré and
     * JPEG blocks, and makes a large blurred QR look sharp.
     */
    static GrayFrame halve(GrayFrame frame) {
        int width = frame.width() / 2;
        int height = frame.height() / 2;
        byte[] in = frame.luminance();
        byte[] out = new byte[Math.max(1, width * height)];
        for (int y = 0; y < height; y++) {
            int row0 = frame.offset() + 2 * y * frame.stride();
            int row1 = row0 + frame.stride();
            for (int x = 0; x < width; x++) {
                int sum = (in[row0 + 2 * x] & 0xFF) + (in[row0 + 2 * x + 1] & 0xFF)
                        + (in[row1 + 2 * x] & 0xFF) + (in[row1 + 2 * x + 1] & 0xFF);
                out[y * width + x] = (byte) (sum >> 2);
            }
        }
        return GrayFrame.packed(out, Math.max(1, width), Math.max(1, height));
    }

    /** Twice the size, bilinear: gives ZXing's binarizer more than one pixel per module. */
    static GrayFrame doubled(GrayFrame frame) {
        int width = frame.width() * 2;
        int height = frame.height() * 2;
        byte[] out = new byte[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                out[y * width + x] = (byte) bilinear(frame, (x - 0.5) / 2.0, (y - 0.5) / 2.0);
            }
        }
        return GrayFrame.packed(out, width, height);
    }

    /**
     * The frame turned by {@code degrees} about its centre, in a canvas large enough to hold it,
     * the corners filled with white (quiet zone, not a false edge).
     */
    static GrayFrame rotated(GrayFrame frame, double degrees) {
        double radians = Math.toRadians(degrees);
        double cos = Math.cos(radians);
        double sin = Math.sin(radians);
        int width = (int) Math.ceil(Math.abs(frame.width() * cos) + Math.abs(frame.height() * sin));
        int height = (int) Math.ceil(Math.abs(frame.width() * sin) + Math.abs(frame.height() * cos));
        double cx = frame.width() / 2.0;
        double cy = frame.height() / 2.0;
        byte[] out = new byte[width * height];
        for (int y = 0; y < height; y++) {
            double dy = y - height / 2.0;
            for (int x = 0; x < width; x++) {
                double dx = x - width / 2.0;
                double sx = cx + dx * cos + dy * sin;
                double sy = cy - dx * sin + dy * cos;
                out[y * width + x] = (byte) (sx < 0 || sy < 0 || sx > frame.width() - 1 || sy > frame.height() - 1
                        ? 255 : bilinear(frame, sx, sy));
            }
        }
        return GrayFrame.packed(out, width, height);
    }

    /**
     * The frame seen as if the camera were tilted the other way: {@code edge} (0 top, 1 right,
     * 2 bottom, 3 left) is pulled in by {@code amount} of its length at both ends. A QR held at an
     * angle is a trapezoid whose far edge is short; ZXing's detector copes with little of that, so
     * stretching the short edge back gives it a nearly square code. ZXing's own PerspectiveTransform
     * maps each output pixel to its source.
     */
    static GrayFrame keystone(GrayFrame frame, int edge, float amount) {
        float w = frame.width();
        float h = frame.height();
        float[] pulled = {0, 0, w, 0, w, h, 0, h};
        int a = edge;
        int b = (edge + 1) % 4;
        // Move the edge's two corners toward each other along the edge.
        float dx = (pulled[2 * b] - pulled[2 * a]) * amount;
        float dy = (pulled[2 * b + 1] - pulled[2 * a + 1]) * amount;
        pulled[2 * a] += dx;
        pulled[2 * a + 1] += dy;
        pulled[2 * b] -= dx;
        pulled[2 * b + 1] -= dy;
        // Output corners are the full frame; the source is the trapezoid.
        com.google.zxing.common.PerspectiveTransform toSource = com.google.zxing.common.PerspectiveTransform
                .quadrilateralToQuadrilateral(0, 0, w, 0, w, h, 0, h,
                        pulled[0], pulled[1], pulled[2], pulled[3], pulled[4], pulled[5], pulled[6], pulled[7]);
        int width = frame.width();
        int height = frame.height();
        byte[] out = new byte[width * height];
        float[] point = new float[2];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                point[0] = x + 0.5f;
                point[1] = y + 0.5f;
                toSource.transformPoints(point);
                float sx = point[0] - 0.5f;
                float sy = point[1] - 0.5f;
                out[y * width + x] = (byte) (sx < 0 || sy < 0 || sx > width - 1 || sy > height - 1
                        ? 255 : bilinear(frame, sx, sy));
            }
        }
        return GrayFrame.packed(out, width, height);
    }

    private static int bilinear(GrayFrame frame, double x, double y) {
        double cx = Math.max(0, Math.min(frame.width() - 1, x));
        double cy = Math.max(0, Math.min(frame.height() - 1, y));
        int x0 = (int) cx;
        int y0 = (int) cy;
        int x1 = Math.min(frame.width() - 1, x0 + 1);
        int y1 = Math.min(frame.height() - 1, y0 + 1);
        double fx = cx - x0;
        double fy = cy - y0;
        double top = at(frame, x0, y0) * (1 - fx) + at(frame, x1, y0) * fx;
        double bottom = at(frame, x0, y1) * (1 - fx) + at(frame, x1, y1) * fx;
        return (int) Math.round(top * (1 - fy) + bottom * fy);
    }

    private static int at(GrayFrame frame, int x, int y) {
        return frame.luminance()[frame.offset() + y * frame.stride() + x] & 0xFF;
    }
}
