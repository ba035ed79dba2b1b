package vn.kiosk.reader.lds;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.bouncycastle.asn1.ASN1Integer;

import vn.kiosk.reader.error.MalformedDataException;
import vn.kiosk.reader.tlv.DataObject;
import vn.kiosk.reader.tlv.Tlv;

/**
 * DG2, the encoded face (Doc 9303 Part 10, 4.7.2): a biometric information group template of
 * ISO/IEC 7816-11 around ISO/IEC 19794-5 facial records.
 *
 * <pre>
 * '75' { '7F61' { '02' number of instances,
 *                 '7F60' { 'A1' biometric header template { '80' ... '88' },
 *                          '5F2E' biometric data block (or '7F2E' when it is itself a template) } ... } }
 * </pre>
 *
 * @param faces every facial image, in the order the file holds them (a CCCD has one)
 */
public record Dg2(List<FaceImage> faces) {
    private static final int GROUP_TEMPLATE = 0x7F61;
    private static final int INSTANCE_COUNT = 0x02;
    private static final int INFORMATION_TEMPLATE = 0x7F60;
    private static final int HEADER_TEMPLATE = 0xA1;
    private static final int DATA_BLOCK = 0x5F2E;
    private static final int DATA_BLOCK_TEMPLATE = 0x7F2E;

    /**
     * The biometric header template DG2 carries (Doc 9303 Part 10, 4.7.2.1): ICAO header version 1.1,
     * biometric type "facial features", no subtype, format owner ISO/IEC JTC 1/SC 37 (0101), format
     * type face image (0008).
     */
    private static final byte[] HEADER_ELEMENTS = Tlv.concat(
            Tlv.encode(0x80, new byte[] {0x01, 0x01}),
            Tlv.encode(0x81, new byte[] {0x02}),
            Tlv.encode(0x82, new byte[] {0x00}),
            Tlv.encode(0x87, new byte[] {0x01, 0x01}),
            Tlv.encode(0x88, new byte[] {0x00, 0x08}));

    public Dg2 {
        faces = List.copyOf(Objects.requireNonNull(faces, "faces"));
        if (faces.isEmpty()) {
            throw new IllegalArgumentException("DG2 holds at least one face");
        }
    }

    /** DG2 with one JPEG face, as a CCCD is personalised. */
    public static Dg2 ofJpeg(byte[] jpeg, int width, int height) {
        return new Dg2(List.of(FaceImage.jpeg(jpeg, width, height)));
    }

    /** The first (on a CCCD the only) face. */
    public FaceImage face() {
        return faces.get(0);
    }

    public static Dg2 parse(byte[] file) throws MalformedDataException {
        if (file == null) {
            throw new MalformedDataException("DG2 is missing");
        }
        DataObject dg2 = Tlv.parseOne(file, DataGroup.DG2.tag());
        DataObject group = required(Tlv.parseAll(dg2.value()), GROUP_TEMPLATE, "biometric information group template");
        List<DataObject> children = Tlv.parseAll(group.value());
        int count = count(required(children, INSTANCE_COUNT, "number of biometric instances"));
        List<DataObject> templates = children.stream().filter(c -> c.tag() == INFORMATION_TEMPLATE).toList();
        if (count == 0 || count != templates.size()) {
            throw new MalformedDataException("DG2 announces " + count + " biometric templates and holds "
                    + templates.size());
        }
        List<FaceImage> faces = new ArrayList<>();
        for (DataObject template : templates) {
            faces.addAll(FacialRecord.parse(dataBlock(Tlv.parseAll(template.value()))));
        }
        return new Dg2(faces);
    }

    /** The file as a chip stores it: one biometric information template per face. */
    public byte[] encode() {
        ByteArrayOutputStream group = new ByteArrayOutputStream();
        group.writeBytes(Asn1Fields.der(new ASN1Integer(faces.size())));
        for (FaceImage face : faces) {
            group.writeBytes(Tlv.encode(INFORMATION_TEMPLATE, Tlv.concat(
                    Tlv.encode(HEADER_TEMPLATE, HEADER_ELEMENTS),
                    Tlv.encode(DATA_BLOCK, FacialRecord.encode(face)))));
        }
        return Tlv.encode(DataGroup.DG2.tag(), Tlv.encode(GROUP_TEMPLATE, group.toByteArray()));
    }

    /**
     * The biometric data block. '5F2E' holds the record itself; a '7F2E' template (ISO/IEC 7816-11)
     * wraps it in data objects, and the record is the value of its first primitive one.
     */
    private static byte[] dataBlock(List<DataObject> template) throws MalformedDataException {
        Optional<DataObject> plain = Tlv.find(template, DATA_BLOCK);
        if (plain.isPresent()) {
            return plain.get().value();
        }
        DataObject wrapped = required(template, DATA_BLOCK_TEMPLATE, "biometric data block");
        return Tlv.parseAll(wrapped.value()).stream().filter(o -> !o.isConstructed()).findFirst()
                .orElseThrow(() -> new MalformedDataException("biometric data block template holds no data"))
                .value();
    }

    private static DataObject required(List<DataObject> objects, int tag, String what) throws MalformedDataException {
        return Tlv.find(objects, tag).orElseThrow(() -> new MalformedDataException("DG2 lacks its " + what));
    }

    private static int count(DataObject count) throws MalformedDataException {
        byte[] value = count.value();
        if (value.length == 0 || value.length > 2) {
            throw new MalformedDataException("DG2 instance count is not a small number");
        }
        return new BigInteger(1, value).intValue();
    }

    @Override
    public String toString() {
        return "Dg2" + faces;
    }
}
