package vn.kiosk.reader.crypto;

import java.util.Arrays;
import java.util.Optional;

/** ISO/IEC 9797-1 padding method 2 (ISO/IEC 7816-4): 0x80, then zeros to the block boundary. */
public final class Padding {
    private Padding() {
    }

    public static byte[] pad(byte[] data, int blockSize) {
        byte[] out = Arrays.copyOf(data, (data.length / blockSize + 1) * blockSize);
        out[data.length] = (byte) 0x80;
        return out;
    }

    /** Empty when the padding is not well-formed, which a caller must treat as tampering. */
    public static Optional<byte[]> unpad(byte[] data) {
        int i = data.length - 1;
        while (i >= 0 && data[i] == 0) {
            i--;
        }
        if (i < 0 || data[i] != (byte) 0x80) {
            return Optional.empty();
        }
        return Optional.of(Arrays.copyOf(data, i));
    }
}
