package vn.kiosk.reader.lds;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import vn.kiosk.reader.error.MalformedDataException;

/**
 * The ISO/IEC 19794-5:2005 facial record a DG2 biometric data block holds. It is a fixed binary
 * layout, not ASN.1, all numbers big-endian:
 *
 * <pre>
 * facial record header (14): "FAC\0", version "010\0", record length (4, whole record), number of faces (2)
 * per face, facial record data:
 *   facial information (20): block length (4, this face's data), feature point count (2), gender,
 *     eye colour, hair colour, feature mask (3), expression (2), pose angles (3), their uncertainties (3)
 *   feature points (8 each): type, code, x (2), y (2), reserved (2)
 *   image information (12): face image type, image data type, width (2), height (2), colour space,
 *     source type, device type (2), quality (2)
 *   image data: block length - 20 - 8 * feature points - 12 bytes
 * </pre>
 */
final class FacialRecord {
    private static final int FORMAT_IDENTIFIER = 0x46414300; // "FAC\0"
    private static final int VERSION_010 = 0x30313000; // "010\0"
    static final int HEADER_LENGTH = 14;
    private static final int FACIAL_INFORMATION_LENGTH = 20;
    private static final int FEATURE_POINT_LENGTH = 8;
    private static final int IMAGE_INFORMATION_LENGTH = 12;

    private static final int FACE_IMAGE_TYPE_FULL_FRONTAL = 1;
    private static final int COLOUR_SPACE_RGB24 = 1;
    private static final int SOURCE_TYPE_STATIC_PHOTO_DIGITAL_CAMERA = 2;

    private FacialRecord() {
    }

    /** Every facial image in one biometric data block. */
    static List<FaceImage> parse(byte[] block) throws MalformedDataException {
        ByteBuffer in = ByteBuffer.wrap(block);
        try {
            if (block.length < 4 || in.getInt(0) != FORMAT_IDENTIFIER) {
                return List.of(bareImage(block));
            }
            in.position(4);
            if (in.getInt() != VERSION_010) {
                throw new MalformedDataException("facial record is not ISO/IEC 19794-5 version 010");
            }
            long recordLength = Integer.toUnsignedLong(in.getInt());
            if (recordLength > block.length) {
                throw new MalformedDataException("facial record is shorter than its header says");
            }
            int faces = Short.toUnsignedInt(in.getShort());
            if (faces == 0) {
                throw new MalformedDataException("facial record holds no face");
            }
            List<FaceImage> images = new ArrayList<>(Math.min(faces, 4));
            for (int i = 0; i < faces; i++) {
                images.add(face(in));
            }
            return List.copyOf(images);
        } catch (BufferUnderflowException | IllegalArgumentException e) {
            throw new MalformedDataException("facial record is truncated", e);
        }
    }

    private static FaceImage face(ByteBuffer in) throws MalformedDataException {
        int start = in.position();
        long blockLength = Integer.toUnsignedLong(in.getInt());
        int featurePoints = Short.toUnsignedInt(in.getShort());
        long imageLength = blockLength - FACIAL_INFORMATION_LENGTH - (long) FEATURE_POINT_LENGTH * featurePoints
                - IMAGE_INFORMATION_LENGTH;
        if (imageLength <= 0 || blockLength > in.limit() - start) {
            throw new MalformedDataException("facial record data block length is inconsistent");
        }
        in.position(start + FACIAL_INFORMATION_LENGTH + FEATURE_POINT_LENGTH * featurePoints);
        in.get(); // face image type
        int imageDataType = Byte.toUnsignedInt(in.get());
        int width = Short.toUnsignedInt(in.getShort());
        int height = Short.toUnsignedInt(in.getShort());
        in.position(in.position() + 6); // colour space, source type, device type, quality
        byte[] image = new byte[(int) imageLength];
        in.get(image);
        ImageFormat format = ImageFormat.sniff(image)
                .or(() -> ImageFormat.fromIsoCode(imageDataType))
                .orElseThrow(() -> new MalformedDataException("facial image is neither JPEG nor JPEG 2000"));
        return new FaceImage(format, imageDataType, width, height, image);
    }

    /** Some chips store the image without the 19794-5 wrapping; accept it only if it says what it is. */
    private static FaceImage bareImage(byte[] block) throws MalformedDataException {
        ImageFormat format = ImageFormat.sniff(block).orElseThrow(
                () -> new MalformedDataException("biometric data block is not an ISO/IEC 19794-5 facial record"));
        return new FaceImage(format, -1, 0, 0, block);
    }

    /** One facial record holding this image, every descriptive field "unspecified" but the ones we know. */
    static byte[] encode(FaceImage face) {
        byte[] image = face.data();
        long blockLength = (long) FACIAL_INFORMATION_LENGTH + IMAGE_INFORMATION_LENGTH + image.length;
        long recordLength = HEADER_LENGTH + blockLength;
        if (recordLength > 0xFFFFFFFFL || recordLength > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("image too large for a facial record");
        }
        ByteBuffer out = ByteBuffer.allocate((int) recordLength);
        out.putInt(FORMAT_IDENTIFIER).putInt(VERSION_010).putInt((int) recordLength).putShort((short) 1);
        out.putInt((int) blockLength)
                .putShort((short) 0) // feature points
                .put((byte) 0) // gender unspecified
                .put((byte) 0) // eye colour unspecified
                .put((byte) 0) // hair colour unspecified
                .put(new byte[3]) // feature mask: none specified
                .putShort((short) 0) // expression unspecified
                .put(new byte[3]) // pose angles unspecified
                .put(new byte[3]); // their uncertainties
        out.put((byte) FACE_IMAGE_TYPE_FULL_FRONTAL)
                .put((byte) face.format().isoCode())
                .putShort((short) face.width())
                .putShort((short) face.height())
                .put((byte) COLOUR_SPACE_RGB24)
                .put((byte) SOURCE_TYPE_STATIC_PHOTO_DIGITAL_CAMERA)
                .putShort((short) 0) // device type unspecified
                .putShort((short) 0); // quality unspecified
        out.put(image);
        return Arrays.copyOf(out.array(), out.position());
    }
}
