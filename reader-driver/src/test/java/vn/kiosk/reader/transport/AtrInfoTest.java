package vn.kiosk.reader.transport;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class AtrInfoTest {

    private static byte[] hex(String s) {
        return HexFormat.of().parseHex(s.replace(" ", ""));
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', textBlock = """
            # contactless eID through a PC/SC reader (German nPA): 3B 8n 80 01, capabilities F7 41 E0
            3B 8A 80 01 80 31 F8 73 F7 41 E0 82 90 00 75       | true  | nPA-style contactless ATR, category 80
            # USB token with T=1 interface bytes TA1 TB1 TC1 TD1 TD2 TA3 TB3 before the historical bytes
            3B FD 13 00 00 81 31 FE 15 80 73 C0 21 C0 57 59 75 62 69 4B 65 79 40 | true | YubiKey 5 NFC, several interface-byte groups
            # category 00: objects, then the mandatory status indicator; capabilities 80 01 40
            3B 8A 80 01 00 31 C0 73 80 01 40 00 90 00 6A       | true  | category 00 with status indicator
            # capabilities present, but the third byte does not set b7
            3B 8A 80 01 80 31 F8 73 F7 41 80 82 90 00 15       | false | capabilities without extended length
            # only two software-function bytes: nothing said about extended length
            3B 89 80 01 80 31 F8 72 F7 41 82 90 00 24          | false | two-byte capabilities
            # contactless type B passport: historical bytes are ATQB data, not compact-TLV
            3B 88 80 01 00 00 00 00 33 81 81 00 3A             | false | type B passport
            # proprietary historical bytes (category 4A = 'J')
            3B F8 13 00 00 81 31 FE 45 4A 43 4F 50 76 32 34 31 B7 | false | JCOP v2.4.1 contact card
            # T=0 card without interface bytes or TCK
            3B 02 14 50                                        | false | short T=0 ATR
            # inverse convention TS
            3F 8A 80 01 80 31 F8 73 F7 41 E0 82 90 00 75       | true  | inverse-convention TS
            """)
    void readsExtendedLengthFromTheCardCapabilities(String atr, boolean extended, String what) {
        assertEquals(extended, AtrInfo.parse(hex(atr)).extendedLength(), what);
    }

    @Test
    void findsTheHistoricalBytesBehindTheInterfaceBytes() {
        AtrInfo info = AtrInfo.parse(hex("3B FD 13 00 00 81 31 FE 15 80 73 C0 21 C0 57 59 75 62 69 4B 65 79 40"));
        assertArrayEquals(hex("80 73 C0 21 C0 57 59 75 62 69 4B 65 79"), info.historicalBytes());
        assertArrayEquals(hex("3B FD 13 00 00 81 31 FE 15 80 73 C0 21 C0 57 59 75 62 69 4B 65 79 40"), info.atr());
    }

    @Test
    void aCapabilitiesObjectAfterOtherObjectsIsFound() {
        // pre-issuing data (6x) and card service data (3x) before the capabilities (7x)
        assertTrue(AtrInfo.parse(hex("3B 8C 80 01 80 64 01 02 03 04 31 C0 73 00 00 40")).extendedLength());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "",                                               // nothing
            "3B",                                             // no T0
            "3B 8A 80 01 80 31",                              // historical bytes cut short
            "3B F0 13 00",                                    // interface bytes cut short
            "3B 8A 80 01 80 31 F8 7F F7 41 E0 82 90 00 75",   // TLV length runs past the end
            "3B 82 80 01 00 90",                              // category 00 shorter than its status
            "12 8A 80 01 80 31 F8 73 F7 41 E0 82 90 00 75",   // not an ATR at all (bad TS)
            "3B 80 80 01 00"                                  // no historical bytes
    })
    void garbageMeansNoExtendedLengthAndNoException(String atr) {
        AtrInfo info = AtrInfo.parse(hex(atr));
        assertFalse(info.extendedLength());
    }

    @Test
    void nullAndRandomBytesNeverThrow() {
        assertFalse(AtrInfo.parse(null).extendedLength());
        Random random = new Random(7);
        for (int i = 0; i < 10_000; i++) {
            byte[] atr = new byte[random.nextInt(34)];
            random.nextBytes(atr);
            if (atr.length > 0 && random.nextBoolean()) {
                atr[0] = 0x3B;
            }
            AtrInfo.parse(atr); // must not throw
        }
    }

    @Test
    void isAValueWithDefensiveCopies() {
        byte[] atr = hex("3B 8A 80 01 80 31 F8 73 F7 41 E0 82 90 00 75");
        AtrInfo info = AtrInfo.parse(atr);
        atr[5] = 0;
        assertEquals(AtrInfo.parse(hex("3B 8A 80 01 80 31 F8 73 F7 41 E0 82 90 00 75")), info);
        info.atr()[0] = 0;
        assertEquals((byte) 0x3B, info.atr()[0]);
        assertTrue(info.toString().contains("3B8A8001"));
    }
}
