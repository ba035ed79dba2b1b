package vn.kiosk.reader.lds;

import java.io.IOException;
import java.math.BigInteger;

import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;

import vn.kiosk.reader.error.MalformedDataException;

/**
 * Typed reads of ASN.1 fields that turn every Bouncy Castle complaint into a
 * {@link MalformedDataException}, so card bytes can never raise anything else.
 */
final class Asn1Fields {
    private Asn1Fields() {
    }

    /** Exactly one DER/BER object, no trailing bytes. */
    static ASN1Primitive parseOne(byte[] bytes, String what) throws MalformedDataException {
        if (bytes == null || bytes.length == 0) {
            throw new MalformedDataException(what + " is empty");
        }
        try (ASN1InputStream in = new ASN1InputStream(bytes)) {
            ASN1Primitive object = in.readObject();
            if (object == null) {
                throw new MalformedDataException(what + " holds no ASN.1 object");
            }
            if (in.readObject() != null) {
                throw new MalformedDataException("trailing bytes after " + what);
            }
            return object;
        } catch (IOException | RuntimeException e) {
            throw new MalformedDataException(what + " is not valid ASN.1: " + e.getMessage(), e);
        }
    }

    static ASN1Sequence sequence(ASN1Encodable element, String what) throws MalformedDataException {
        if (element instanceof ASN1Sequence sequence) {
            return sequence;
        }
        throw new MalformedDataException(what + " is not a SEQUENCE");
    }

    static String oid(ASN1Encodable element, String what) throws MalformedDataException {
        if (element instanceof ASN1ObjectIdentifier oid) {
            return oid.getId();
        }
        throw new MalformedDataException(what + " is not an OBJECT IDENTIFIER");
    }

    static BigInteger integer(ASN1Encodable element, String what) throws MalformedDataException {
        if (element instanceof ASN1Integer integer) {
            return integer.getValue();
        }
        throw new MalformedDataException(what + " is not an INTEGER");
    }

    /** A version number or parameter id: non-negative and small. */
    static int smallInt(ASN1Encodable element, String what) throws MalformedDataException {
        BigInteger value = integer(element, what);
        if (value.signum() < 0 || value.bitLength() > 31) {
            throw new MalformedDataException(what + " is out of range");
        }
        return value.intValue();
    }

    static void requireSize(ASN1Sequence sequence, int min, int max, String what) throws MalformedDataException {
        if (sequence.size() < min || sequence.size() > max) {
            throw new MalformedDataException(what + " has " + sequence.size() + " fields, expected "
                    + (min == max ? String.valueOf(min) : min + " to " + max));
        }
    }

    static byte[] der(ASN1Encodable element) {
        try {
            return element.toASN1Primitive().getEncoded(ASN1Encoding.DER);
        } catch (IOException e) {
            // Only objects we decoded or built ourselves reach here; they always encode.
            throw new IllegalStateException("cannot DER-encode " + element.getClass().getSimpleName(), e);
        }
    }
}
