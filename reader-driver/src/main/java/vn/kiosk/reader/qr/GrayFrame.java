package vn.kiosk.reader.qr;

/**
 * A grayscale image in the caller's buffer: one byte of luminance per pixel, rows {@code stride}
 * bytes apart starting at {@code offset}. A camera's Y plane (NV21, YUV420) is already this, so a
 * frame is decoded where it lies, without a copy.
 */
public record GrayFrame(byte[] luminance, int offset, int width, int height, int stride) {

    public GrayFrame {
        if (luminance == null || width <= 0 || height <= 0 || stride < width || offset < 0) {
            throw new IllegalArgumentException("a frame needs a buffer, a positive size and a stride of at least its width");
        }
        if ((long) offset + (long) stride * (height - 1) + width > luminance.length) {
            throw new IllegalArgumentException("the buffer is smaller than the frame it is said to hold");
        }
    }

    /** A tightly packed frame: {@code width * height} bytes from the start of the buffer. */
    public static GrayFrame packed(byte[] luminance, int width, int height) {
        return new GrayFrame(luminance, 0, width, height, width);
    }

    /** The same buffer, seen through a window of it. */
    GrayFrame window(int left, int top, int windowWidth, int windowHeight) {
        return new GrayFrame(luminance, offset + top * stride + left, windowWidth, windowHeight, stride);
    }
}
