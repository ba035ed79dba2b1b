package vn.kiosk.reader.pace;

import java.io.IOException;
import java.util.Objects;

import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;

import vn.kiosk.reader.crypto.CipherSuite;
import vn.kiosk.reader.error.MalformedDataException;
import vn.kiosk.reader.error.UnsupportedProtocolException;
import vn.kiosk.reader.lds.SecurityInfoOids;
import vn.kiosk.reader.tlv.Tlv;

/**
 * A PACE protocol this code implements: ECDH key agreement with generic mapping, and the
 * cipher suite its OID names (Doc 9303 Part 11, 9.2.3).
 */
public record PaceProtocol(String oid, CipherSuite suite) {

    public PaceProtocol {
        Objects.requireNonNull(oid, "oid");
        Objects.requireNonNull(suite, "suite");
    }

    public static boolean isSupported(String oid) {
        return suiteOf(oid) != null;
    }

    public static PaceProtocol of(String oid) throws UnsupportedProtocolException {
        CipherSuite suite = suiteOf(oid);
        if (suite == null) {
            throw new UnsupportedProtocolException("PACE protocol " + oid
                    + " is not implemented (only ECDH generic mapping is)");
        }
        return new PaceProtocol(oid, suite);
    }

    /** The OID's content bytes, as MSE:Set AT carries them under tag 80. */
    public byte[] oidContent() {
        try {
            return Tlv.parseOne(oidObject(), 0x06).value();
        } catch (MalformedDataException e) {
            throw new IllegalStateException("cannot encode " + oid, e);
        }
    }

    /** The whole DER object {@code 06 L OID}, as the public-key data object carries it. */
    public byte[] oidObject() {
        try {
            return new ASN1ObjectIdentifier(oid).getEncoded(ASN1Encoding.DER);
        } catch (IOException e) {
            // A dotted OID from our own table always encodes.
            throw new IllegalStateException("cannot encode " + oid, e);
        }
    }

    private static CipherSuite suiteOf(String oid) {
        if (oid == null) {
            return null;
        }
        return switch (oid) {
            case SecurityInfoOids.ID_PACE_ECDH_GM_3DES_CBC_CBC -> CipherSuite.DESEDE;
            case SecurityInfoOids.ID_PACE_ECDH_GM_AES_CBC_CMAC_128 -> CipherSuite.AES_128;
            case SecurityInfoOids.ID_PACE_ECDH_GM_AES_CBC_CMAC_192 -> CipherSuite.AES_192;
            case SecurityInfoOids.ID_PACE_ECDH_GM_AES_CBC_CMAC_256 -> CipherSuite.AES_256;
            default -> null;
        };
    }
}
