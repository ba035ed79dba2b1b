package vn.kiosk.reader.lds;

import java.util.Arrays;
import java.util.Objects;

/**
 * ASN.1 encoding kept as bytes, for data this code does not interpret but must not lose (DG13 fields
 * with numbers it does not know). Compared by content; never printed, it may be personal data.
 *
 * @param encoded one or more complete ASN.1 objects, concatenated
 */
public record EncodedValue(byte[] encoded) {

    public EncodedValue {
        encoded = Objects.requireNonNull(encoded, "encoded").clone();
    }

    @Override
    public byte[] encoded() {
        return encoded.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EncodedValue v && Arrays.equals(v.encoded, encoded);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(encoded);
    }

    @Override
    public String toString() {
        return "EncodedValue[" + encoded.length + " bytes]";
    }
}
