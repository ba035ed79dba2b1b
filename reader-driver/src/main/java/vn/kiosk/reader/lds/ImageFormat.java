package vn.kiosk.reader.lds;

import java.util.Optional;

/** The two image encodings ISO/IEC 19794-5 allows for a facial image in an eMRTD. */
public enum ImageFormat {
    JPEG(0, "jpeg", "image/jpeg"),
    JPEG2000(1, "jpeg2000", "image/jp2");

    private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    /** The JP2 file format's signature box. */
    private static final byte[] JP2_MAGIC = {0x00, 0x00, 0x00, 0x0C, 0x6A, 0x50, 0x20, 0x20};
    /** A bare JPEG 2000 codestream: SOC then SIZ marker. */
    private static final byte[] J2K_MAGIC = {(byte) 0xFF, 0x4F, (byte) 0xFF, 0x51};

    private final int isoCode;
    private final String jsonName;
    private final String mimeType;

    ImageFormat(int isoCode, String jsonName, String mimeType) {
        this.isoCode = isoCode;
        this.jsonName = jsonName;
        this.mimeType = mimeType;
    }

    /** The image data type code of the 19794-5 image information block. */
    public int isoCode() {
        return isoCode;
    }

    /** The name the CLI's JSON uses: "jpeg" or "jpeg2000". */
    public String jsonName() {
        return jsonName;
    }

    public String mimeType() {
        return mimeType;
    }

    public static Optional<ImageFormat> fromIsoCode(int code) {
        for (ImageFormat format : values()) {
            if (format.isoCode == code) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    /** The format the image bytes themselves announce, if they start with a known signature. */
    public static Optional<ImageFormat> sniff(byte[] image) {
        if (startsWith(image, JPEG_MAGIC)) {
            return Optional.of(JPEG);
        }
        if (startsWith(image, JP2_MAGIC) || startsWith(image, J2K_MAGIC)) {
            return Optional.of(JPEG2000);
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
