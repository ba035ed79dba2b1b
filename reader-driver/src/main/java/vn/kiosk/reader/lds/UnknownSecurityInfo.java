package vn.kiosk.reader.lds;

import java.util.Arrays;
import java.util.Objects;

import org.bouncycastle.asn1.ASN1Sequence;

/**
 * A SecurityInfo whose protocol this code does not know, kept byte for byte so that nothing the
 * chip advertised is lost (and so a re-encoded file still carries it).
 *
 * @param encoded the DER SecurityInfo SEQUENCE
 */
public record UnknownSecurityInfo(String protocol, byte[] encoded) implements SecurityInfo {

    public UnknownSecurityInfo {
        Objects.requireNonNull(protocol, "protocol");
        encoded = encoded.clone();
    }

    @Override
    public byte[] encoded() {
        return encoded.clone();
    }

    @Override
    public ASN1Sequence toAsn1() {
        // The bytes came from a parsed SEQUENCE (or a caller who built one), so they parse again.
        return ASN1Sequence.getInstance(encoded);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UnknownSecurityInfo u && u.protocol.equals(protocol) && Arrays.equals(u.encoded, encoded);
    }

    @Override
    public int hashCode() {
        return 31 * protocol.hashCode() + Arrays.hashCode(encoded);
    }

    @Override
    public String toString() {
        return "UnknownSecurityInfo[" + protocol + ", " + encoded.length + " bytes]";
    }
}
