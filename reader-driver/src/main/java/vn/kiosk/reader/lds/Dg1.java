package vn.kiosk.reader.lds;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

import vn.kiosk.reader.error.MalformedDataException;
import vn.kiosk.reader.tlv.DataObject;
import vn.kiosk.reader.tlv.Tlv;

/** DG1 (Doc 9303 Part 10, 4.7.1): {@code '61' { '5F1F' MRZ }}, the MRZ lines run together in ASCII. */
public record Dg1(Mrz mrz) {
    private static final int MRZ_TAG = 0x5F1F;

    public Dg1 {
        Objects.requireNonNull(mrz, "mrz");
    }

    public static Dg1 parse(byte[] file) throws MalformedDataException {
        if (file == null) {
            throw new MalformedDataException("DG1 is missing");
        }
        DataObject dg1 = Tlv.parseOne(file, DataGroup.DG1.tag());
        DataObject mrz = Tlv.find(Tlv.parseAll(dg1.value()), MRZ_TAG)
                .orElseThrow(() -> new MalformedDataException("DG1 holds no MRZ (5F1F)"));
        // ISO 8859-1 maps every byte to one character, so a stray byte fails the MRZ character check
        // instead of being silently replaced.
        String text = new String(mrz.value(), StandardCharsets.ISO_8859_1);
        if (text.contains("\n") || text.contains("\r")) {
            throw new MalformedDataException("DG1's MRZ holds line breaks");
        }
        return new Dg1(Mrz.parse(text));
    }

    /** DG1 for an MRZ given as printed text (lines separated by line breaks, or run together). */
    public static Dg1 fromText(String mrzText) throws MalformedDataException {
        return new Dg1(Mrz.parse(mrzText));
    }

    public byte[] encode() {
        return Tlv.encode(DataGroup.DG1.tag(),
                Tlv.encode(MRZ_TAG, mrz.dg1Text().getBytes(StandardCharsets.US_ASCII)));
    }

    @Override
    public String toString() {
        return "Dg1[" + mrz + "]";
    }
}
