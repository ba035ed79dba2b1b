package vn.kiosk.reader.pace;

import org.bouncycastle.asn1.x9.ECNamedCurveTable;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.params.ECDomainParameters;

import vn.kiosk.reader.error.UnsupportedProtocolException;

/**
 * The elliptic-curve standardized domain parameters of PACE (Doc 9303 Part 11, 9.5.1, ids 8 to 18),
 * all taken from Bouncy Castle's named-curve tables.
 */
public final class StandardizedDomainParameters {
    public static final int MIN_EC_ID = 8;
    public static final int MAX_EC_ID = 18;

    private StandardizedDomainParameters() {
    }

    public static boolean isSupported(int parameterId) {
        return curveName(parameterId) != null;
    }

    /** The curve's name as Bouncy Castle spells it, or null for ids that are not elliptic curves we know. */
    public static String curveName(int parameterId) {
        return switch (parameterId) {
            case 8 -> "secp192r1";
            case 9 -> "brainpoolP192r1";
            case 10 -> "secp224r1";
            case 11 -> "brainpoolP224r1";
            case 12 -> "secp256r1";
            case 13 -> "brainpoolP256r1";
            case 14 -> "brainpoolP320r1";
            case 15 -> "secp384r1";
            case 16 -> "brainpoolP384r1";
            case 17 -> "brainpoolP512r1";
            case 18 -> "secp521r1";
            default -> null;
        };
    }

    public static ECDomainParameters of(int parameterId) throws UnsupportedProtocolException {
        String name = curveName(parameterId);
        if (name == null) {
            throw new UnsupportedProtocolException("PACE domain parameter id " + parameterId
                    + " is not a supported elliptic curve (ids 8 to 18 are)");
        }
        // Bouncy Castle's custom implementations of the NIST curves are much faster than the generic ones.
        X9ECParameters curve = CustomNamedCurves.getByName(name);
        if (curve == null) {
            curve = ECNamedCurveTable.getByName(name);
        }
        return new ECDomainParameters(curve);
    }
}
