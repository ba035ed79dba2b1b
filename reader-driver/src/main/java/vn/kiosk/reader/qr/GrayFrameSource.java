package vn.kiosk.reader.qr;

import com.google.zxing.LuminanceSource;

/**
 * ZXing's view of a {@link GrayFrame}. Rows are copied one at a time as ZXing asks for them (its
 * contract), never the whole frame unless the frame is a window of a larger buffer and ZXing
 * asks for the full matrix; crops are windows over the same buffer.
 */
final class GrayFrameSource extends LuminanceSource {
    private final GrayFrame frame;

    GrayFrameSource(GrayFrame frame) {
        super(frame.width(), frame.height());
        this.frame = frame;
    }

    @Override
    public byte[] getRow(int y, byte[] row) {
        if (y < 0 || y >= getHeight()) {
            throw new IllegalArgumentException("row " + y + " is outside the frame");
        }
        int width = getWidth();
        byte[] out = row == null || row.length < width ? new byte[width] : row;
        System.arraycopy(frame.luminance(), frame.offset() + y * frame.stride(), out, 0, width);
        return out;
    }

    @Override
    public byte[] getMatrix() {
        int width = getWidth();
        int height = getHeight();
        byte[] buffer = frame.luminance();
        if (frame.offset() == 0 && frame.stride() == width && buffer.length == width * height) {
            return buffer; // ZXing only reads it: no copy for a packed frame
        }
        byte[] matrix = new byte[width * height];
        for (int y = 0; y < height; y++) {
            System.arraycopy(buffer, frame.offset() + y * frame.stride(), matrix, y * width, width);
        }
        return matrix;
    }

    @Override
    public boolean isCropSupported() {
        return true;
    }

    @Override
    public LuminanceSource crop(int left, int top, int width, int height) {
        return new GrayFrameSource(frame.window(left, top, width, height));
    }
}
