package vn.kiosk.reader.lds;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;

/**
 * The hash algorithms Doc 9303 Part 12 allows for the data-group hashes of EF.SOD. Anything else a
 * security object names is unknown to us and its hashes cannot be checked.
 */
public enum LdsDigestAlgorithm {
    SHA1("1.3.14.3.2.26", "SHA-1", 20),
    SHA224("2.16.840.1.101.3.4.2.4", "SHA-224", 28),
    SHA256("2.16.840.1.101.3.4.2.1", "SHA-256", 32),
    SHA384("2.16.840.1.101.3.4.2.2", "SHA-384", 48),
    SHA512("2.16.840.1.101.3.4.2.3", "SHA-512", 64);

    private final String oid;
    private final String jcaName;
    private final int length;

    LdsDigestAlgorithm(String oid, String jcaName, int length) {
        this.oid = oid;
        this.jcaName = jcaName;
        this.length = length;
    }

    public String oid() {
        return oid;
    }

    /** The JCA standard name, e.g. {@code SHA-256}. */
    public String jcaName() {
        return jcaName;
    }

    /** Output length in bytes. */
    public int length() {
        return length;
    }

    public byte[] digest(byte[] data) {
        try {
            return MessageDigest.getInstance(jcaName).digest(data);
        } catch (NoSuchAlgorithmException e) {
            // Every Java SE runtime must provide these digests.
            throw new IllegalStateException(jcaName + " is missing from this Java runtime", e);
        }
    }

    public static Optional<LdsDigestAlgorithm> fromOid(String oid) {
        for (LdsDigestAlgorithm algorithm : values()) {
            if (algorithm.oid.equals(oid)) {
                return Optional.of(algorithm);
            }
        }
        return Optional.empty();
    }
}
