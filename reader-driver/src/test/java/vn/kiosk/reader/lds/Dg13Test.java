package vn.kiosk.reader.lds;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.ASN1Set;
import org.bouncycastle.asn1.ASN1TaggedObject;
import org.junit.jupiter.api.Test;

import vn.kiosk.reader.error.MalformedDataException;

class Dg13Test {
    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    private static final String RESIDENCE = "Số 12, Ngõ 34 Đường Nguyễn Trãi, Phường Thượng Đình, Quận Thanh Xuân, Hà Nội";

    // ---- a hand TLV writer: tag, length (short, 81 xx or 82 xx xx, as X.690 says), value ----

    private static byte[] tlv(int tag, byte[]... values) {
        ByteArrayOutputStream value = new ByteArrayOutputStream();
        for (byte[] v : values) {
            value.writeBytes(v);
        }
        int n = value.size();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(tag);
        if (n < 0x80) {
            out.write(n);
        } else if (n < 0x100) {
            out.write(0x81);
            out.write(n);
        } else {
            out.write(0x82);
            out.write(n >> 8);
            out.write(n & 0xFF);
        }
        out.writeBytes(value.toByteArray());
        return out.toByteArray();
    }

    private static byte[] printable(String s) {
        return tlv(0x13, s.getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] utf8(String s) {
        return tlv(0x0C, s.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] number(int n) {
        return new byte[] {0x02, 0x01, (byte) n};
    }

    private static byte[] field(int n, byte[]... values) {
        byte[][] all = new byte[values.length + 1][];
        all[0] = number(n);
        System.arraycopy(values, 0, all, 1, values.length);
        return tlv(0x30, all);
    }

    /** '6D' { SEQUENCE { INTEGER 1, OID 1.0.10646.1.0.8, SET { fields } } }, per CCCD.md. */
    private static byte[] dg13(byte[]... fields) {
        return tlv(0x6D, tlv(0x30, number(1), HEX.parseHex("060628D316010008"), tlv(0x31, fields)));
    }

    /** The sixteen fields of a synthetic citizen, in card order. */
    private static List<byte[]> citizenFields(String residence, byte[] spouse) {
        return new ArrayList<>(List.of(
                field(1, printable("079123456789")),
                field(2, utf8("Nguyễn Thị Minh Khai")),
                field(3, printable("07/03/1995")),
                field(4, utf8("Nữ")),
                field(5, utf8("Việt Nam")),
                field(6, utf8("Kinh")),
                field(7, utf8("Không")),
                field(8, utf8("Phường Bến Nghé, Quận 1, Thành phố Hồ Chí Minh")),
                field(9, utf8(residence)),
                field(10, utf8("Nốt ruồi C:2cm dưới sau đuôi mắt trái")),
                field(11, printable("15/08/2021")),
                field(12, utf8("07/03/2035")),
                field(13, tlv(0x30, utf8("Nguyễn Văn Bình")), tlv(0x30, utf8("Trần Thị Cúc"))),
                field(14, spouse),
                field(15, printable("")),
                field(16, printable("0A1B2C3D4E5F6G7H"))));
    }

    private static Dg13 citizen(String residence, String spouse) {
        return Dg13.builder()
                .idNumber("079123456789")
                .fullName("Nguyễn Thị Minh Khai")
                .dateOfBirth(LocalDate.of(1995, 3, 7))
                .sex("Nữ")
                .nationality("Việt Nam")
                .ethnicity("Kinh")
                .religion("Không")
                .placeOfOrigin("Phường Bến Nghé, Quận 1, Thành phố Hồ Chí Minh")
                .placeOfResidence(residence)
                .identifyingFeatures("Nốt ruồi C:2cm dưới sau đuôi mắt trái")
                .issueDate("15/08/2021")
                .expiryDate("07/03/2035")
                .parents("Nguyễn Văn Bình", "Trần Thị Cúc")
                .spouseName(spouse)
                .oldIdNumber("")
                .field16("0A1B2C3D4E5F6G7H")
                .build();
    }

    private static byte[] handAssembled(String residence) {
        return dg13(citizenFields(residence, tlv(0x30)).toArray(byte[][]::new));
    }

    @Test
    void parsesAHandAssembledDg13() throws Exception {
        byte[] file = handAssembled(RESIDENCE);
        assertEquals(0x82, file[1] & 0xFF, "a real-sized DG13 is over 256 bytes");
        Dg13 dg13 = Dg13.parse(file);
        assertEquals(1, dg13.version());
        assertEquals("079123456789", dg13.idNumber());
        assertEquals("Nguyễn Thị Minh Khai", dg13.fullName());
        assertEquals("07/03/1995", dg13.dateOfBirth());
        assertEquals(Optional.of(LocalDate.of(1995, 3, 7)), dg13.dateOfBirthAsDate());
        assertEquals("Nữ", dg13.sex());
        assertEquals(Optional.of("F"), dg13.sexCode());
        assertEquals("Việt Nam", dg13.nationality());
        assertEquals("Kinh", dg13.ethnicity());
        assertEquals("Không", dg13.religion());
        assertEquals("Phường Bến Nghé, Quận 1, Thành phố Hồ Chí Minh", dg13.placeOfOrigin());
        assertEquals(RESIDENCE, dg13.placeOfResidence());
        assertEquals("Nốt ruồi C:2cm dưới sau đuôi mắt trái", dg13.identifyingFeatures());
        assertEquals("15/08/2021", dg13.issueDate());
        assertEquals(Optional.of(LocalDate.of(2021, 8, 15)), dg13.issueDateAsDate());
        assertEquals(Optional.of(LocalDate.of(2035, 3, 7)), dg13.expiryDateAsDate());
        assertEquals(List.of("Nguyễn Văn Bình", "Trần Thị Cúc"), dg13.parentNames());
        assertEquals(Optional.of("Nguyễn Văn Bình"), dg13.fatherName());
        assertEquals(Optional.of("Trần Thị Cúc"), dg13.motherName());
        assertEquals("", dg13.spouseName());
        assertEquals("", dg13.oldIdNumber());
        assertEquals("0A1B2C3D4E5F6G7H", dg13.field16());
        assertTrue(dg13.unknownFields().isEmpty());
        assertEquals(citizen(RESIDENCE, ""), dg13);
    }

    @Test
    void encodesExactlyTheHandAssembledBytes() {
        assertEquals(HEX.formatHex(handAssembled(RESIDENCE)), HEX.formatHex(citizen(RESIDENCE, "").encode()));
    }

    @Test
    void longAddressOf300Utf8BytesUsesLongFormLengthsBothWays() throws Exception {
        StringBuilder address = new StringBuilder();
        while (address.toString().getBytes(StandardCharsets.UTF_8).length < 300) {
            address.append("Đường Lê Thánh Tông, ");
        }
        String residence = address.toString();
        while (residence.getBytes(StandardCharsets.UTF_8).length > 300) {
            residence = residence.substring(0, residence.length() - 1);
        }
        while (residence.getBytes(StandardCharsets.UTF_8).length < 300) {
            residence = residence + "a";
        }
        assertEquals(300, residence.getBytes(StandardCharsets.UTF_8).length);

        byte[] file = handAssembled(residence);
        String hex = HEX.formatHex(file);
        assertTrue(hex.contains("0C82012C"), "the address is a UTF8String of length 82 01 2C");
        assertEquals(residence, Dg13.parse(file).placeOfResidence());
        assertArrayEquals(file, citizen(residence, "").encode());

        String mid = "Thôn Đông Bắc, xã Tây Nam, huyện Trung Tâm, tỉnh Miền Núi, Việt Nam; địa chỉ này dài hơn một trăm hai mươi tám byte";
        assertTrue(mid.getBytes(StandardCharsets.UTF_8).length > 128 && mid.getBytes(StandardCharsets.UTF_8).length < 256);
        byte[] midFile = handAssembled(mid);
        assertTrue(HEX.formatHex(midFile).contains("0C81"), "81 xx form");
        assertEquals(mid, Dg13.parse(midFile).placeOfResidence());
        assertArrayEquals(midFile, citizen(mid, "").encode());
    }

    @Test
    void unknownFieldsAreKeptAndWrittenBack() throws Exception {
        List<byte[]> fields = citizenFields(RESIDENCE, tlv(0x30));
        byte[] extraValue = concat(utf8("Thẻ căn cước"), HEX.parseHex("020105"));
        fields.add(field(17, extraValue));
        fields.add(field(20));
        byte[] file = dg13(fields.toArray(byte[][]::new));
        Dg13 dg13 = Dg13.parse(file);
        assertEquals(List.of(17, 20), List.copyOf(dg13.unknownFields().keySet()));
        assertArrayEquals(extraValue, dg13.unknownFields().get(17).encoded());
        assertArrayEquals(new byte[0], dg13.unknownFields().get(20).encoded());
        assertEquals("Nguyễn Thị Minh Khai", dg13.fullName());
        assertArrayEquals(file, dg13.encode(), "unknown fields go back where their number puts them");
    }

    @Test
    void tolerantReadingOfLayoutVariants() throws Exception {
        // Fields out of order, parents as one SEQUENCE of two strings, field 15 without a value, a
        // spouse present, fields 10 and 16 missing, and another OID.
        byte[] file = tlv(0x6D, tlv(0x30, number(1), HEX.parseHex("0603551D0E"), tlv(0x31,
                field(2, utf8("Lê Văn Tám")),
                field(1, printable("001099012345")),
                field(13, tlv(0x30, utf8("Lê Văn Một"), utf8("Phạm Thị Hai"))),
                field(14, tlv(0x30, utf8("Hoàng Thị Ba"))),
                field(15),
                field(4, utf8("Nam")),
                field(12, utf8("Không thời hạn")))));
        Dg13 dg13 = Dg13.parse(file);
        assertEquals("001099012345", dg13.idNumber());
        assertEquals("Lê Văn Tám", dg13.fullName());
        assertEquals(Optional.of("M"), dg13.sexCode());
        assertEquals(List.of("Lê Văn Một", "Phạm Thị Hai"), dg13.parentNames());
        assertEquals("Hoàng Thị Ba", dg13.spouseName());
        assertEquals("", dg13.oldIdNumber());
        assertEquals("", dg13.identifyingFeatures());
        assertEquals("Không thời hạn", dg13.expiryDate());
        assertEquals(Optional.empty(), dg13.expiryDateAsDate());
        assertEquals(Optional.empty(), dg13.dateOfBirthAsDate());
        assertEquals(Optional.of("Phạm Thị Hai"), dg13.motherName());
    }

    @Test
    void decomposedVietnameseSexIsStillRecognised() throws Exception {
        assertEquals(Optional.of("F"), Dg13.builder().sex("Nu\u031B\u0303").build().sexCode());
        assertEquals(Optional.empty(), Dg13.builder().sex("X").build().sexCode());
    }

    @Test
    void encoderKeepsFieldOrderWhereDerWouldSort() throws Exception {
        byte[] encoded = citizen(RESIDENCE, "Phạm Văn Chồng").encode();
        ASN1Primitive outer = ASN1Primitive.fromByteArray(encoded);
        ASN1Sequence body = ASN1Sequence.getInstance(((ASN1TaggedObject) outer).getBaseObject());
        ASN1Set set = (ASN1Set) body.getObjectAt(2);
        List<Integer> order = new ArrayList<>();
        for (ASN1Encodable f : set) {
            order.add(ASN1Integer.getInstance(ASN1Sequence.getInstance(f).getObjectAt(0)).intValueExact());
        }
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16), order);
        assertEquals("Phạm Văn Chồng", Dg13.parse(encoded).spouseName());
    }

    @Test
    void roundTripsPartialAndEmptyCitizens() throws Exception {
        for (Dg13 dg13 : List.of(Dg13.builder().build(), citizen(RESIDENCE, "Vợ Chồng"),
                Dg13.builder().parentNames(List.of("", "Chỉ có mẹ")).version(2).build())) {
            assertEquals(dg13, Dg13.parse(dg13.encode()));
        }
        Dg13 onlyMother = Dg13.builder().parentNames(List.of("", "Chỉ có mẹ")).build();
        assertEquals(Optional.empty(), Dg13.parse(onlyMother.encode()).fatherName());
        assertEquals(Optional.of("Chỉ có mẹ"), Dg13.parse(onlyMother.encode()).motherName());
    }

    @Test
    void encoderRefusesWhatCannotBeAPrintableString() {
        assertThrows(IllegalArgumentException.class, () -> Dg13.builder().idNumber("0791234567é9").build().encode());
        assertThrows(IllegalArgumentException.class, () -> Dg13.builder().unknownField(5, new EncodedValue(new byte[0])).build());
    }

    @Test
    void rejectsWrongStructures() {
        List<byte[]> bad = List.of(
                new byte[0],
                HEX.parseHex("6D00"),
                tlv(0x6E, tlv(0x30, number(1), HEX.parseHex("060628D316010008"), tlv(0x31))),
                tlv(0x6D, tlv(0x30, number(1), HEX.parseHex("060628D316010008"))),
                tlv(0x6D, tlv(0x30, number(1), HEX.parseHex("060628D316010008"), tlv(0x30))),
                tlv(0x6D, tlv(0x30, number(1), HEX.parseHex("060628D316010008"), tlv(0x31)), tlv(0x30)),
                dg13(field(1, printable("1")), field(1, printable("2"))),
                dg13(field(2, number(7))),
                dg13(field(2, utf8("a"), utf8("b"))),
                dg13(field(13, number(7))),
                dg13(field(2, HEX.parseHex("0302003F"))),
                dg13(field(2, HEX.parseHex("0C02C328"))),
                dg13(tlv(0x30)),
                dg13(field(13, tlv(0x30, tlv(0x30, tlv(0x30, tlv(0x30, tlv(0x30, tlv(0x30, utf8("x")))))))))
        );
        for (byte[] file : bad) {
            assertThrows(MalformedDataException.class, () -> Dg13.parse(file), HEX.formatHex(file));
        }
        assertThrows(MalformedDataException.class, () -> Dg13.parse(null));
    }

    @Test
    void hostileInputsOnlyEverGiveMalformedData() {
        byte[] valid = handAssembled(RESIDENCE);
        DataGroupFuzz.everyTruncationIsMalformed(valid, Dg13::parse);
        DataGroupFuzz.hostileInputsOnlyMalformed(valid, Dg13::parse, 13);
        DataGroupFuzz.deepNestingIsMalformed(0x6D, Dg13::parse);
    }

    @Test
    void toStringHidesPersonalData() throws Exception {
        String text = Dg13.parse(handAssembled(RESIDENCE)).toString();
        for (String secret : List.of("079123456789", "Nguyễn", "1995", "Kinh", "Hà Nội")) {
            assertFalse(text.contains(secret), text);
        }
        assertFalse(new EncodedValue(HEX.parseHex("0C0141")).toString().contains("41"));
    }

    @Test
    void unknownFieldMapIsReadOnlyAndCopied() {
        Dg13 dg13 = Dg13.builder().unknownField(40, new EncodedValue(HEX.parseHex("0500"))).build();
        Map<Integer, EncodedValue> map = dg13.unknownFields();
        assertThrows(UnsupportedOperationException.class, () -> map.put(41, new EncodedValue(new byte[0])));
        byte[] bytes = map.get(40).encoded();
        bytes[0] = 0;
        assertEquals("0500", HEX.formatHex(dg13.unknownFields().get(40).encoded()));
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
