package vn.kiosk.reader.lds;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1TaggedObject;
import org.bouncycastle.asn1.BERTags;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERTaggedObject;

import vn.kiosk.reader.error.MalformedDataException;

/**
 * EF.COM's data objects through Bouncy Castle, despite its one non-canonical tag. Doc 9303 tags the
 * LDS version '5F01': tag number 1 of the application class written in the two-byte
 * (high-tag-number) form, which X.690 reserves for numbers of 31 and up, so BC refuses it ("corrupted
 * stream - high tag number &lt; 31 found") wherever it meets it, including while parsing the '60'
 * around it. So:
 * <ul>
 * <li>the '60' wrapper is read as if primitive ([APPLICATION 0] with the constructed bit cleared): BC
 * checks its length and hands over its content unparsed;</li>
 * <li>each object inside is read by BC on its own, and a leading '5F 01' is presented to BC as
 * '41', the same tag ([APPLICATION 1]) in the one-byte form it accepts.</li>
 * </ul>
 * Lengths and values are always BC's reading; only those tag bytes are recognised here.
 */
final class EfComTlv {
    static final int LDS_VERSION_TAG_NUMBER = 1;
    private static final byte[] LDS_VERSION_TAG = {0x5F, 0x01};
    private static final int LDS_VERSION_CANONICAL_TAG = BERTags.APPLICATION | LDS_VERSION_TAG_NUMBER;

    private EfComTlv() {
    }

    /** The content of the '60' object that must make up the whole file. */
    static byte[] content(byte[] file) throws MalformedDataException {
        if (file == null || file.length == 0 || (file[0] & 0xFF) != LdsFile.COM.tag()) {
            throw new MalformedDataException("EF.COM does not start with tag 60");
        }
        byte[] primitive = file.clone();
        primitive[0] &= (byte) ~BERTags.CONSTRUCTED;
        ASN1Primitive wrapper = Asn1Fields.parseOne(primitive, "EF.COM");
        if (!(wrapper instanceof ASN1TaggedObject tagged)) {
            throw new MalformedDataException("EF.COM is not a tagged data object");
        }
        try {
            return octets(tagged);
        } catch (RuntimeException e) {
            throw new MalformedDataException("EF.COM content is unreadable", e);
        }
    }

    /** The data objects of that content, in order, each an application-class tagged object. */
    static List<ASN1TaggedObject> objects(byte[] content) throws IOException {
        List<ASN1TaggedObject> objects = new ArrayList<>();
        int position = 0;
        while (position < content.length) {
            boolean ldsVersion = content.length - position >= 2 && content[position] == LDS_VERSION_TAG[0]
                    && content[position + 1] == LDS_VERSION_TAG[1];
            int skipped = ldsVersion ? 1 : 0;
            byte[] rest = Arrays.copyOfRange(content, position + skipped, content.length);
            if (ldsVersion) {
                rest[0] = (byte) LDS_VERSION_CANONICAL_TAG;
            }
            ByteArrayInputStream source = new ByteArrayInputStream(rest);
            try (ASN1InputStream in = new ASN1InputStream(source, rest.length)) {
                if (!(in.readObject() instanceof ASN1TaggedObject object)) {
                    throw new IOException("EF.COM holds something other than a tagged data object");
                }
                objects.add(object);
            }
            position += skipped + rest.length - source.available();
        }
        return objects;
    }

    /** The value of a primitive data object. */
    static byte[] octets(ASN1TaggedObject object) {
        return ASN1OctetString.getInstance(object.getBaseUniversal(false, BERTags.OCTET_STRING)).getOctets();
    }

    /** '5F01' L value: BC would write the tag in its one-byte form, so the two bytes are written here. */
    static byte[] ldsVersionObject(byte[] value) {
        byte[] canonical = primitive(LDS_VERSION_TAG_NUMBER, value);
        byte[] object = new byte[canonical.length + 1];
        object[0] = LDS_VERSION_TAG[0];
        object[1] = LDS_VERSION_TAG[1];
        System.arraycopy(canonical, 1, object, 2, canonical.length - 1);
        return object;
    }

    /** '60' L content, the length written by BC for a primitive object, then the constructed bit set. */
    static byte[] comFile(byte[] content) {
        byte[] file = primitive(0, content);
        file[0] |= BERTags.CONSTRUCTED;
        return file;
    }

    private static byte[] primitive(int applicationTagNumber, byte[] value) {
        try {
            return new DERTaggedObject(false, BERTags.APPLICATION, applicationTagNumber, new DEROctetString(value))
                    .getEncoded(ASN1Encoding.DER);
        } catch (IOException e) {
            throw new IllegalStateException("cannot encode a primitive data object", e);
        }
    }
}
