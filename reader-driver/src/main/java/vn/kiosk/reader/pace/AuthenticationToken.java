package vn.kiosk.reader.pace;

import org.bouncycastle.math.ec.ECPoint;

import vn.kiosk.reader.crypto.Padding;
import vn.kiosk.reader.tlv.Tlv;

/**
 * PACE's authentication token (Doc 9303 Part 11, 4.4.3.4 and 9.4.5): the MAC, under KS_mac, of
 * the public-key data object {@code 7F49 { 06 OID, 86 uncompressed point }} holding the OTHER
 * party's ephemeral key.
 */
public final class AuthenticationToken {
    private AuthenticationToken() {
    }

    public static byte[] compute(PaceProtocol protocol, byte[] macKey, ECPoint othersEphemeralKey) {
        return compute(protocol, macKey, EcPoints.encode(othersEphemeralKey));
    }

    /** The same over an already encoded uncompressed point. */
    public static byte[] compute(PaceProtocol protocol, byte[] macKey, byte[] othersEncodedKey) {
        byte[] data = publicKeyData(protocol, othersEncodedKey);
        // The 3DES retail MAC takes padded input; AES-CMAC pads internally.
        return protocol.suite().mac(macKey, protocol.suite().isAes() ? data : Padding.pad(data, 8));
    }

    /** The public-key data object the token is computed over. */
    public static byte[] publicKeyData(PaceProtocol protocol, ECPoint point) {
        return publicKeyData(protocol, EcPoints.encode(point));
    }

    public static byte[] publicKeyData(PaceProtocol protocol, byte[] encodedPoint) {
        return Tlv.encode(0x7F49, Tlv.concat(protocol.oidObject(), Tlv.encode(0x86, encodedPoint)));
    }
}
