package vn.kiosk.reader.tlv;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.DERTaggedObject;

import vn.kiosk.reader.error.MalformedDataException;

/**
 * BER-TLV data objects of ISO/IEC 7816-4 (secure messaging, PACE's dynamic authentication data,
 * the LDS templates). Bouncy Castle's ASN.1 streams do the decoding and encoding; this class
 * only keeps the raw bytes of each object, which MAC checks need.
 */
public final class Tlv {
    private Tlv() {
    }

    /** Encodes a data object; for a constructed tag the value must be a series of encoded objects. */
    public static byte[] encode(int tag, byte[] value) {
        int first = firstTagByte(tag);
        int tagClass = first & 0xC0;
        int tagNo = tagNumber(tag);
        try {
            if ((first & 0x20) == 0) {
                return new DERTaggedObject(false, tagClass, tagNo, new DEROctetString(value))
                        .getEncoded(ASN1Encoding.DER);
            }
            ASN1EncodableVector children = new ASN1EncodableVector();
            try (ASN1InputStream in = new ASN1InputStream(value)) {
                for (ASN1Primitive child; (child = in.readObject()) != null; ) {
                    children.add(child);
                }
            }
            return new DERTaggedObject(false, tagClass, tagNo, new DERSequence(children))
                    .getEncoded(ASN1Encoding.DER);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot encode data object " + Integer.toHexString(tag), e);
        }
    }

    public static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    /** Every data object in a series, in order. Rejects trailing garbage and truncated objects. */
    public static List<DataObject> parseAll(byte[] bytes) throws MalformedDataException {
        List<DataObject> objects = new ArrayList<>();
        ByteArrayInputStream source = new ByteArrayInputStream(bytes);
        try (ASN1InputStream in = new ASN1InputStream(source, bytes.length)) {
            int start = 0;
            while (in.readObject() != null) {
                int end = bytes.length - source.available();
                byte[] encoded = java.util.Arrays.copyOfRange(bytes, start, end);
                objects.add(toDataObject(encoded));
                start = end;
            }
            if (start != bytes.length) {
                throw new MalformedDataException("trailing bytes after the last data object");
            }
        } catch (IOException | RuntimeException e) {
            throw new MalformedDataException("malformed BER-TLV: " + e.getMessage(), e);
        }
        return objects;
    }

    /** Exactly one data object, with the expected tag. */
    public static DataObject parseOne(byte[] bytes, int expectedTag) throws MalformedDataException {
        List<DataObject> all = parseAll(bytes);
        if (all.size() != 1 || all.get(0).tag() != expectedTag) {
            throw new MalformedDataException("expected one data object tagged " + Integer.toHexString(expectedTag));
        }
        return all.get(0);
    }

    /** The first child with this tag, if any. */
    public static Optional<DataObject> find(List<DataObject> objects, int tag) {
        return objects.stream().filter(o -> o.tag() == tag).findFirst();
    }

    private static DataObject toDataObject(byte[] encoded) {
        int i = 1;
        int tag = encoded[0] & 0xFF;
        if ((tag & 0x1F) == 0x1F) {
            do {
                tag = (tag << 8) | (encoded[i] & 0xFF);
            } while ((encoded[i++] & 0x80) != 0);
        }
        int lengthByte = encoded[i] & 0xFF;
        int headerLength = i + 1 + (lengthByte < 0x80 ? 0 : lengthByte & 0x7F);
        return new DataObject(tag, java.util.Arrays.copyOfRange(encoded, headerLength, encoded.length), encoded);
    }

    private static int firstTagByte(int tag) {
        int first = tag;
        while (first > 0xFF) {
            first >>>= 8;
        }
        return first;
    }

    private static int tagNumber(int tag) {
        if (tag <= 0xFF) {
            int number = tag & 0x1F;
            if (number == 0x1F) {
                throw new IllegalArgumentException("incomplete tag " + Integer.toHexString(tag));
            }
            return number;
        }
        int number = 0;
        for (int shift = (Integer.SIZE - Integer.numberOfLeadingZeros(tag) - 1) / 8 * 8 - 8; shift >= 0; shift -= 8) {
            number = (number << 7) | ((tag >>> shift) & 0x7F);
        }
        return number;
    }
}
