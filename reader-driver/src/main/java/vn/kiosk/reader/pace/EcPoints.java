package vn.kiosk.reader.pace;

import org.bouncycastle.math.ec.ECCurve;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.util.BigIntegers;

import vn.kiosk.reader.error.MalformedDataException;

/**
 * Fixed-length encodings of curve points and field elements. Every value is padded to the
 * field size with leading zeros: a brainpoolP256r1 implementation that dropped them failed
 * about one PACE run in 150.
 */
public final class EcPoints {
    private EcPoints() {
    }

    /** Bytes per field element: 32 for a 256-bit curve, 66 for secp521r1. */
    public static int fieldLength(ECCurve curve) {
        return (curve.getFieldSize() + 7) / 8;
    }

    /** The uncompressed encoding 04 || X || Y, each coordinate of field length. */
    public static byte[] encode(ECPoint point) {
        ECPoint normal = point.normalize();
        int length = fieldLength(point.getCurve());
        byte[] out = new byte[1 + 2 * length];
        out[0] = 0x04;
        System.arraycopy(BigIntegers.asUnsignedByteArray(length, normal.getAffineXCoord().toBigInteger()), 0,
                out, 1, length);
        System.arraycopy(BigIntegers.asUnsignedByteArray(length, normal.getAffineYCoord().toBigInteger()), 0,
                out, 1 + length, length);
        return out;
    }

    /** The x-coordinate of field length: PACE's and chip authentication's shared secret. */
    public static byte[] xCoordinate(ECPoint point) {
        return BigIntegers.asUnsignedByteArray(fieldLength(point.getCurve()),
                point.normalize().getAffineXCoord().toBigInteger());
    }

    /**
     * Decodes a peer's public point: uncompressed, exactly field length, on the curve, not the
     * identity. Anything else could leak the private key (invalid-curve attacks) and is rejected.
     */
    public static ECPoint decode(ECCurve curve, byte[] encoded) throws MalformedDataException {
        int length = fieldLength(curve);
        if (encoded == null || encoded.length != 1 + 2 * length || encoded[0] != 0x04) {
            throw new MalformedDataException("public point is not an uncompressed point of this curve");
        }
        ECPoint point;
        try {
            point = curve.decodePoint(encoded);
        } catch (RuntimeException e) {
            throw new MalformedDataException("public point is not on the curve", e);
        }
        if (point.isInfinity() || !point.isValid()) {
            throw new MalformedDataException("public point is the identity or not in the group");
        }
        return point.normalize();
    }
}
