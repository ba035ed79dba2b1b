package vn.kiosk.reader.lds;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Optional;

import org.jmrtd.lds.icao.DG1File;
import org.jmrtd.lds.icao.MRZInfo;
import org.junit.jupiter.api.Test;

import vn.kiosk.reader.error.MalformedDataException;

class Dg1Test {
    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    /** '61' 5D { '5F1F' 5A (90) MRZ }, assembled by hand. */
    private static byte[] handAssembled(String mrzText) {
        byte[] mrz = mrzText.replace("\n", "").getBytes(StandardCharsets.US_ASCII);
        return concat(HEX.parseHex("615D5F1F5A"), mrz);
    }

    private static byte[] concat(byte[] header, byte[] value) {
        byte[] out = new byte[header.length + value.length];
        System.arraycopy(header, 0, out, 0, header.length);
        System.arraycopy(value, 0, out, header.length, value.length);
        return out;
    }

    @Test
    void parsesAHandAssembledCccdDg1() throws Exception {
        Dg1 dg1 = Dg1.parse(handAssembled(Td1MrzTest.CCCD));
        assertEquals(Optional.of("079123456789"), dg1.mrz().idNumber());
        assertEquals(Td1MrzTest.CCCD, dg1.mrz().text());
    }

    @Test
    void encodesExactlyTheHandAssembledBytes() throws Exception {
        assertArrayEquals(handAssembled(Td1MrzTest.CCCD), Dg1.fromText(Td1MrzTest.CCCD).encode());
        assertArrayEquals(handAssembled(Td1MrzTest.SPECIMEN), Dg1.fromText(Td1MrzTest.SPECIMEN).encode());
    }

    @Test
    void roundTripsTd3() throws Exception {
        Dg1 dg1 = Dg1.fromText("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10");
        byte[] encoded = dg1.encode();
        assertEquals("615B5F1F58", HEX.formatHex(encoded, 0, 5));
        assertEquals(dg1, Dg1.parse(encoded));
    }

    @Test
    void rejectsWrongStructure() {
        assertThrows(MalformedDataException.class, () -> Dg1.parse(null));
        assertThrows(MalformedDataException.class, () -> Dg1.parse(new byte[0]));
        byte[] good = handAssembled(Td1MrzTest.CCCD);
        byte[] wrongTag = good.clone();
        wrongTag[0] = 0x62;
        assertThrows(MalformedDataException.class, () -> Dg1.parse(wrongTag));
        byte[] lowerCase = handAssembled(Td1MrzTest.CCCD.toLowerCase());
        assertThrows(MalformedDataException.class, () -> Dg1.parse(lowerCase));
        assertThrows(MalformedDataException.class, () -> Dg1.parse(HEX.parseHex("61035301AA")));
        byte[] nonAscii = good.clone();
        nonAscii[20] = (byte) 0xC9;
        assertThrows(MalformedDataException.class, () -> Dg1.parse(nonAscii));
    }

    @Test
    void hostileInputsOnlyEverGiveMalformedData() {
        byte[] valid = handAssembled(Td1MrzTest.CCCD);
        DataGroupFuzz.everyTruncationIsMalformed(valid, Dg1::parse);
        DataGroupFuzz.hostileInputsOnlyMalformed(valid, Dg1::parse, 1);
        DataGroupFuzz.deepNestingIsMalformed(0x61, Dg1::parse);
    }

    @Test
    void jmrtdReadsOurDg1() throws Exception {
        byte[] ours = Dg1.fromText(Td1MrzTest.CCCD).encode();
        MRZInfo info = new DG1File(new ByteArrayInputStream(ours)).getMRZInfo();
        assertEquals("ID", info.getDocumentCode());
        assertEquals("VNM", info.getIssuingState());
        assertEquals("123456789", info.getDocumentNumber());
        assertEquals("950307", info.getDateOfBirth());
        assertEquals("350307", info.getDateOfExpiry());
        assertEquals("NGUYEN", info.getPrimaryIdentifier());
        assertEquals("079123456789<<7", info.getOptionalData1());
        assertEquals(Td1MrzTest.CCCD.replace("\n", ""), info.toString().replace("\n", ""));
    }

    @Test
    void weReadJmrtdsDg1() throws Exception {
        byte[] theirs = new DG1File(new MRZInfo(Td1MrzTest.SPECIMEN.replace("\n", ""))).getEncoded();
        Dg1 ours = Dg1.parse(theirs);
        assertEquals(Td1MrzTest.SPECIMEN, ours.mrz().text());
        assertArrayEquals(theirs, ours.encode(), "both implementations write the same bytes");
    }

    @Test
    void toStringHidesPersonalData() throws Exception {
        assertFalse(Dg1.fromText(Td1MrzTest.CCCD).toString().contains("NGUYEN"));
    }
}
