package vn.kiosk.reader.lds;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;

import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.DLSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.kiosk.reader.error.MalformedDataException;

class CardAccessTest {
    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    private static final TerminalAuthenticationInfo TA = new TerminalAuthenticationInfo(1);
    private static final ChipAuthenticationInfo CA =
            new ChipAuthenticationInfo(SecurityInfoOids.ID_CA_ECDH_AES_CBC_CMAC_128, 1);
    private static final PaceInfo PACE = new PaceInfo(SecurityInfoOids.ID_PACE_ECDH_GM_AES_CBC_CMAC_128, 2, 13);

    /** The three SecurityInfos, hand-assembled from the ASN.1 of Doc 9303 Part 11, 9.2. */
    private static final String TA_HEX = "300D" + "060804007F0007020202" + "020101";
    private static final String CA_HEX = "300F" + "060A04007F00070202030202" + "020101";
    private static final String PACE_HEX = "3012" + "060A04007F00070202040202" + "020102" + "02010D";

    @Test
    void cccdFactoryHasTheThreeRealInfos() throws Exception {
        CardAccess cccd = CardAccess.cccd();
        assertEquals(List.of(PACE), cccd.paceInfos());
        assertEquals(List.of(CA), cccd.chipAuthenticationInfos());
        assertEquals(List.of(TA), cccd.terminalAuthenticationInfos());
        assertEquals(OptionalInt.of(13), cccd.paceInfos().get(0).parameterId());

        byte[] encoded = cccd.encode();
        assertEquals(cccd.infos().size(), CardAccess.parse(encoded).infos().size());
        assertEquals(new java.util.HashSet<>(cccd.infos()), new java.util.HashSet<>(CardAccess.parse(encoded).infos()));
    }

    @Test
    void encodingIsTheSpecifiedStructure() {
        String hex = HEX.formatHex(CardAccess.cccd().encode());
        // A DER SET OF sorts its members by encoding; every member must be there, byte for byte.
        assertTrue(hex.startsWith("31"));
        assertTrue(hex.contains(TA_HEX), hex);
        assertTrue(hex.contains(CA_HEX), hex);
        assertTrue(hex.contains(PACE_HEX), hex);
        assertEquals(2 + (TA_HEX.length() + CA_HEX.length() + PACE_HEX.length()) / 2, hex.length() / 2);
    }

    @Test
    void entriesInAnyOrder() throws Exception {
        String[][] orders = {
            {TA_HEX, CA_HEX, PACE_HEX}, {PACE_HEX, CA_HEX, TA_HEX}, {CA_HEX, PACE_HEX, TA_HEX},
            {PACE_HEX, TA_HEX, CA_HEX}, {CA_HEX, TA_HEX, PACE_HEX}, {TA_HEX, PACE_HEX, CA_HEX},
        };
        for (String[] order : orders) {
            CardAccess parsed = CardAccess.parse(set(order));
            assertEquals(List.of(PACE), parsed.paceInfos());
            assertEquals(List.of(CA), parsed.chipAuthenticationInfos());
            assertEquals(List.of(TA), parsed.terminalAuthenticationInfos());
            assertEquals(3, parsed.infos().size());
        }
    }

    @Test
    void optionalFieldsRoundTrip() throws Exception {
        List<SecurityInfo> infos = List.of(
                new ChipAuthenticationInfo(SecurityInfoOids.ID_CA_ECDH_AES_CBC_CMAC_128, 1, Optional.of(BigInteger.valueOf(7))),
                new PaceInfo(SecurityInfoOids.ID_PACE_ECDH_GM_3DES_CBC_CBC, 2, OptionalInt.empty()),
                new TerminalAuthenticationInfo(2, Optional.of(
                        new TerminalAuthenticationInfo.FileId(0x011C, OptionalInt.of(0x1C)))),
                new ActiveAuthenticationInfo(1, Optional.of("0.4.0.127.0.7.1.1.4.1.3")));
        CardAccess parsed = CardAccess.parse(new CardAccess(infos).encode());
        assertEquals(new java.util.HashSet<>(infos), new java.util.HashSet<>(parsed.infos()));
    }

    @Test
    void unknownInfosAreKeptNotRejected() throws Exception {
        ASN1EncodableVector fields = new ASN1EncodableVector();
        fields.add(new ASN1ObjectIdentifier("1.2.840.113549.99.1"));
        fields.add(new ASN1Integer(42));
        String unknown = HEX.formatHex(new DERSequence(fields).getEncoded(ASN1Encoding.DER));
        // A PACE mapping we do not implement is still a PACEInfo, not an unknown info.
        String integratedMapping = "3012" + "060A04007F00070202040402" + "020102" + "02010D";

        CardAccess parsed = CardAccess.parse(set(unknown, PACE_HEX, integratedMapping, TA_HEX));

        List<UnknownSecurityInfo> unknowns = parsed.ofType(UnknownSecurityInfo.class);
        assertEquals(1, unknowns.size());
        assertEquals("1.2.840.113549.99.1", unknowns.get(0).protocol());
        assertEquals(unknown, HEX.formatHex(unknowns.get(0).encoded()));
        assertEquals(2, parsed.paceInfos().size());
        assertTrue(HEX.formatHex(parsed.encode()).contains(unknown), "re-encoding keeps the unknown info");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "",                                   // empty file
        "00",                                 // not ASN.1
        "3100" + "00",                        // trailing byte
        "31143012060A04007F0007020204020202010202",   // truncated
        "31FF",                               // length beyond the data
        "3184FFFFFFFF3000",                   // absurd length
        "3014" + "3012060A04007F0007020204020202010202010D", // SEQUENCE, not SET
        "3103020101",                         // SET of an INTEGER
        "3104" + "30020500",                  // SecurityInfo of one field
        "3106" + "300405000500",              // SecurityInfo without an OID
        "310E" + "300C060A04007F00070202040202",               // PACEInfo without version
        "3115" + "3013060A04007F000702020402020401020202010D", // PACEInfo version is an OCTET STRING
        "3117" + "3015060A04007F00070202040202020102020100020100", // PACEInfo with too many fields
        "3111" + "300F060A04007F000702020402020201FF",         // negative version
        "3114" + "3012060804007F0007020202020101" + "30030401FF", // TA FileID fid of one byte
        "3114" + "3012060A04007F00070202030202020101040102",  // CA keyId is an OCTET STRING
    })
    void malformedInputIsRejected(String hex) {
        assertThrows(MalformedDataException.class, () -> CardAccess.parse(HEX.parseHex(hex)));
    }

    @Test
    void nullIsMalformed() {
        assertThrows(MalformedDataException.class, () -> CardAccess.parse(null));
    }

    @Test
    void everyTruncationAndBitFlipIsMalformedOrParses() {
        byte[] good = CardAccess.cccd().encode();
        for (int length = 0; length < good.length; length++) {
            byte[] truncated = Arrays.copyOf(good, length);
            assertThrows(MalformedDataException.class, () -> CardAccess.parse(truncated), "truncated to " + length);
        }
        for (int i = 0; i < good.length; i++) {
            for (int bit = 0; bit < 8; bit++) {
                byte[] flipped = good.clone();
                flipped[i] ^= (byte) (1 << bit);
                parseOrMalformed(flipped);
            }
        }
        Random random = new Random(9303);
        for (int i = 0; i < 2000; i++) {
            byte[] garbage = new byte[random.nextInt(64)];
            random.nextBytes(garbage);
            if (garbage.length > 0 && random.nextBoolean()) {
                garbage[0] = 0x31;
            }
            parseOrMalformed(garbage);
        }
    }

    @Test
    void secretsFreeToStringAndImmutability() {
        byte[] bytes = {0x30, 0x03, 0x06, 0x01, 0x2A};
        UnknownSecurityInfo info = new UnknownSecurityInfo("1.2", bytes);
        bytes[0] = 0;
        assertEquals(0x30, info.encoded()[0]);
        assertFalse(info.toString().contains("06"));
        assertThrows(IllegalArgumentException.class, () -> new PaceInfo("1.2.3", 2, 13));
    }

    private static void parseOrMalformed(byte[] bytes) {
        try {
            CardAccess parsed = CardAccess.parse(bytes);
            assertArrayEquals(parsed.encode(), new CardAccess(parsed.infos()).encode());
        } catch (MalformedDataException expected) {
            // fine: malformed input must fail only this way
        } catch (RuntimeException e) {
            fail("raw exception for " + HEX.formatHex(bytes), e);
        }
    }

    /** A SET OF in exactly the given order (BER allows any order; DER would sort it). */
    private static byte[] set(String... members) throws Exception {
        ASN1EncodableVector vector = new ASN1EncodableVector();
        for (String member : members) {
            vector.add(org.bouncycastle.asn1.ASN1Primitive.fromByteArray(HEX.parseHex(member)));
        }
        byte[] encoded = new DLSet(vector).getEncoded(ASN1Encoding.DL);
        List<String> seen = new ArrayList<>();
        for (String member : members) {
            seen.add(member);
        }
        assertTrue(HEX.formatHex(encoded).contains(String.join("", seen)), "order kept");
        return encoded;
    }
}
