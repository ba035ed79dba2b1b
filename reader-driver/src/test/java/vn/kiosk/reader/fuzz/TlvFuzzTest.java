package vn.kiosk.reader.fuzz;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.List;

import com.code_intelligence.jazzer.junit.FuzzTest;

import vn.kiosk.reader.error.MalformedDataException;
import vn.kiosk.reader.tlv.DataObject;
import vn.kiosk.reader.tlv.Tlv;

/** BER-TLV ({@link Tlv}): the layer every LDS file and every secure-messaging response goes through first. */
class TlvFuzzTest {

    /** A series of data objects: parsed whole or refused as malformed, and what parses covers the input exactly. */
    @FuzzTest(maxDuration = "30s")
    void parseAll(byte[] input) {
        List<DataObject> objects;
        try {
            objects = Tlv.parseAll(input);
        } catch (MalformedDataException expected) {
            return;
        }
        ByteArrayOutputStream joined = new ByteArrayOutputStream();
        for (DataObject object : objects) {
            byte[] encoded = object.encoded();
            byte[] value = object.value();
            assertTrue(value.length <= encoded.length, "a value longer than its object");
            assertArrayEquals(value, Arrays.copyOfRange(encoded, encoded.length - value.length, encoded.length),
                    "the value is not the end of the object's encoding");
            object.tagHex();
            object.isConstructed();
            joined.writeBytes(encoded);
            if (object.isConstructed()) {
                nested(object.value(), 0);
            }
        }
        assertArrayEquals(input, joined.toByteArray(), "the objects do not add up to the input");
    }

    /** Constructed objects are parsed again by the LDS readers; a few levels down is what they do. */
    private static void nested(byte[] value, int depth) {
        if (depth > 4) {
            return;
        }
        try {
            for (DataObject child : Tlv.parseAll(value)) {
                if (child.isConstructed()) {
                    nested(child.value(), depth + 1);
                }
            }
        } catch (MalformedDataException expected) {
            // a constructed object's content need not be a series of objects as far as Tlv knows
        }
    }
}
