package vn.kiosk.reader.lds;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

import org.jmrtd.lds.icao.COMFile;
import org.junit.jupiter.api.Test;

import vn.kiosk.reader.error.MalformedDataException;

class EfComTest {
    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    /** A CCCD's EF.COM, assembled by hand from Doc 9303 Part 10, 4.6.1. */
    private static final String CCCD_COM = "6018"
            + "5F0104" + "30313037" // "0107"
            + "5F3606" + "303430303030" // "040000"
            + "5C06" + "6175636D6E6F";

    @Test
    void parsesTheHandAssembledFile() throws Exception {
        EfCom com = EfCom.parse(HEX.parseHex(CCCD_COM));
        assertEquals("0107", com.ldsVersion());
        assertEquals("040000", com.unicodeVersion());
        assertEquals(List.of(0x61, 0x75, 0x63, 0x6D, 0x6E, 0x6F), com.tags());
        assertEquals(List.of(DataGroup.DG1, DataGroup.DG2, DataGroup.DG3, DataGroup.DG13, DataGroup.DG14,
                DataGroup.DG15), com.dataGroups());
        assertTrue(com.lists(DataGroup.DG13));
        assertFalse(com.lists(DataGroup.DG11));
    }

    @Test
    void encodesExactlyThatFile() {
        assertEquals(CCCD_COM, HEX.formatHex(EfCom.cccd().encode()));
    }

    @Test
    void roundTripsALongTagListWithLongFormLength() throws Exception {
        List<Integer> tags = new java.util.ArrayList<>();
        for (int i = 0; i < 130; i++) {
            tags.add(0x61 + (i % 16));
        }
        EfCom com = new EfCom("0108", "060100", tags);
        byte[] encoded = com.encode();
        assertEquals(0x81, encoded[1] & 0xFF, "outer length must be long form");
        assertEquals(com, EfCom.parse(encoded));
    }

    @Test
    void keepsUnknownTagsAndIgnoresExtraObjectsInAnyOrder() throws Exception {
        String file = "6018" + "5C03" + "617562" + "5F3606" + "303430303030" + "5301AA" + "5F0104" + "30313037";
        EfCom com = EfCom.parse(HEX.parseHex(file));
        assertEquals(List.of(0x61, 0x75, 0x62), com.tags());
        assertEquals(List.of(DataGroup.DG1, DataGroup.DG2), com.dataGroups());
    }

    @Test
    void rejectsMissingOrRepeatedParts() {
        assertThrows(MalformedDataException.class, () -> EfCom.parse(HEX.parseHex("6010" + "5F3606" + "303430303030" + "5C06" + "6175636D6E6F")));
        assertThrows(MalformedDataException.class, () -> EfCom.parse(HEX.parseHex(
                "601F" + "5F0104" + "30313037" + "5F0104" + "30313037" + "5F3606" + "303430303030" + "5C06" + "6175636D6E6F")));
        assertThrows(MalformedDataException.class, () -> EfCom.parse(HEX.parseHex("6108" + "5F0104" + "30313037")));
        assertThrows(MalformedDataException.class, () -> EfCom.parse(HEX.parseHex(CCCD_COM + "00")));
        assertThrows(MalformedDataException.class, () -> EfCom.parse(HEX.parseHex("6018" + "5F0104" + "30314137"
                + "5F3606" + "303430303030" + "5C06" + "6175636D6E6F")));
        assertThrows(MalformedDataException.class, () -> EfCom.parse(null));
        assertThrows(MalformedDataException.class, () -> EfCom.parse(new byte[0]));
    }

    @Test
    void hostileInputsOnlyEverGiveMalformedData() {
        byte[] valid = HEX.parseHex(CCCD_COM);
        DataGroupFuzz.everyTruncationIsMalformed(valid, EfCom::parse);
        DataGroupFuzz.hostileInputsOnlyMalformed(valid, EfCom::parse, 60);
        DataGroupFuzz.deepNestingIsMalformed(0x60, EfCom::parse);
    }

    @Test
    void jmrtdReadsOurEfCom() throws Exception {
        COMFile jmrtd = new COMFile(new ByteArrayInputStream(EfCom.cccd().encode()));
        assertEquals("1.7", jmrtd.getLDSVersion());
        assertEquals("4.0.0", jmrtd.getUnicodeVersion());
        assertArrayEquals(new int[] {0x61, 0x75, 0x63, 0x6D, 0x6E, 0x6F}, jmrtd.getTagList());
    }

    @Test
    void weReadJmrtdsEfCom() throws Exception {
        COMFile jmrtd = new COMFile("1.7", "4.0.0", new int[] {0x61, 0x75, 0x6D, 0x6E, 0x6F});
        byte[] encoded = jmrtd.getEncoded();
        EfCom ours = EfCom.parse(encoded);
        assertEquals("0107", ours.ldsVersion());
        assertEquals("040000", ours.unicodeVersion());
        assertEquals(List.of(0x61, 0x75, 0x6D, 0x6E, 0x6F), ours.tags());
        assertArrayEquals(encoded, ours.encode(), "both implementations write the same bytes");
    }

    @Test
    void rejectsBadValuesOnConstruction() {
        assertThrows(IllegalArgumentException.class, () -> new EfCom("1.7", "040000", List.of()));
        assertThrows(IllegalArgumentException.class, () -> new EfCom("0107", "040000", Arrays.asList(0x61, 0)));
    }
}
