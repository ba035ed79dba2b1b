package vn.kiosk.reader.pace;

import java.util.List;

import vn.kiosk.reader.error.MalformedDataException;
import vn.kiosk.reader.tlv.DataObject;
import vn.kiosk.reader.tlv.Tlv;

/** The {@code 7C} template every GENERAL AUTHENTICATE of PACE carries, in both directions. */
public final class DynamicAuthenticationData {
    public static final int TEMPLATE = 0x7C;

    private DynamicAuthenticationData() {
    }

    /** {@code 7C { tag value }}. */
    public static byte[] wrap(int tag, byte[] value) {
        return Tlv.encode(TEMPLATE, Tlv.encode(tag, value));
    }

    /** {@code 7C 00}: the first step asks for the encrypted nonce with an empty template. */
    public static byte[] empty() {
        return Tlv.encode(TEMPLATE, new byte[0]);
    }

    /** The template's data objects, in order. */
    public static List<DataObject> parse(byte[] data) throws MalformedDataException {
        return Tlv.parseAll(Tlv.parseOne(data, TEMPLATE).value());
    }

    /** The value of the one data object a step expects; anything else in the template is malformed. */
    public static byte[] unwrap(byte[] data, int expectedTag) throws MalformedDataException {
        List<DataObject> objects = parse(data);
        if (objects.size() != 1 || objects.get(0).tag() != expectedTag) {
            throw new MalformedDataException("expected exactly one data object "
                    + Integer.toHexString(expectedTag).toUpperCase() + " in the 7C template");
        }
        return objects.get(0).value();
    }
}
