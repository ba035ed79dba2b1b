package vn.kiosk.reader.lds;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * One facial image of DG2 with what its ISO/IEC 19794-5 header said about it.
 *
 * @param format       the encoding, from the image's own signature when it has one, else from the header
 * @param declaredType the header's image data type code (0 JPEG, 1 JPEG 2000, other values as
 *                     seen), or -1 when the biometric data block was a bare image without a header
 * @param width        pixels, 0 when the header does not say
 * @param height       pixels, 0 when the header does not say
 * @param data         the encoded image
 */
public record FaceImage(ImageFormat format, int declaredType, int width, int height, byte[] data) {

    public FaceImage {
        Objects.requireNonNull(format, "format");
        data = Objects.requireNonNull(data, "data").clone();
        if (width < 0 || width > 0xFFFF || height < 0 || height > 0xFFFF) {
            throw new IllegalArgumentException("width and height must fit in 16 bits");
        }
        if (declaredType < -1 || declaredType > 0xFF) {
            throw new IllegalArgumentException("declared type must be -1 or a byte");
        }
    }

    /** A JPEG as an encoder would describe it. */
    public static FaceImage jpeg(byte[] data, int width, int height) {
        return new FaceImage(ImageFormat.JPEG, ImageFormat.JPEG.isoCode(), width, height, data);
    }

    public static FaceImage jpeg2000(byte[] data, int width, int height) {
        return new FaceImage(ImageFormat.JPEG2000, ImageFormat.JPEG2000.isoCode(), width, height, data);
    }

    @Override
    public byte[] data() {
        return data.clone();
    }

    public int size() {
        return data.length;
    }

    public OptionalInt declaredWidth() {
        return width == 0 ? OptionalInt.empty() : OptionalInt.of(width);
    }

    public OptionalInt declaredHeight() {
        return height == 0 ? OptionalInt.empty() : OptionalInt.of(height);
    }

    /** False when the header named another (or no known) format than the image bytes turned out to be. */
    public boolean formatAsDeclared() {
        return declaredType == format.isoCode();
    }

    /** Lower-case hex SHA-256 of the image, what the CLI's JSON reports. */
    public String sha256() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FaceImage f && f.format == format && f.declaredType == declaredType && f.width == width
                && f.height == height && Arrays.equals(f.data, data);
    }

    @Override
    public int hashCode() {
        return Objects.hash(format, declaredType, width, height, Arrays.hashCode(data));
    }

    /** Size and format only: the image is personal data. */
    @Override
    public String toString() {
        return "FaceImage[" + format + ", " + width + "x" + height + ", " + data.length + " bytes]";
    }
}
