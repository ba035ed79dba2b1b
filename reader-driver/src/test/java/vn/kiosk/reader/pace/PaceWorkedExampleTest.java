package vn.kiosk.reader.pace;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;

import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.math.ec.ECPoint;
import org.junit.jupiter.api.Test;

import vn.kiosk.reader.apdu.ApduChannel;
import vn.kiosk.reader.apdu.CommandApdu;
import vn.kiosk.reader.apdu.ResponseApdu;
import vn.kiosk.reader.bac.MrzKey;
import vn.kiosk.reader.crypto.CipherSuite;
import vn.kiosk.reader.error.WrongPasswordException;
import vn.kiosk.reader.lds.CardAccess;
import vn.kiosk.reader.lds.PaceInfo;
import vn.kiosk.reader.lds.SecurityInfoOids;
import vn.kiosk.reader.sm.SessionKeys;

/**
 * ICAO Doc 9303 Part 11, Appendix G.1 ("Worked example: PACE – ECDH generic mapping":
 * brainpoolP256r1, id-PACE-ECDH-GM-AES-CBC-CMAC-128, MRZ T22000129 / 640812 / 101031), value for
 * value. The chip's messages are replayed from the example, so only our terminal code is under test.
 */
class PaceWorkedExampleTest {
    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    static final MrzKey MRZ = new MrzKey("T22000129", "640812", "101031");
    static final PaceInfo INFO = new PaceInfo(SecurityInfoOids.ID_PACE_ECDH_GM_AES_CBC_CMAC_128, 2, 13);
    /** EF.CardAccess of the example: one PACEInfo. */
    static final String CARD_ACCESS = "31143012060A04007F0007020204020202010202010D";

    static final String K = "7E2D2A41C74EA0B38CD36F863939BFA8E9032AAD";
    static final String K_PI = "89DED1B26624EC1E634C1989302849DD";
    static final String ENCRYPTED_NONCE = "95A3A016522EE98D01E76CB6B98B42C3";
    static final String NONCE = "3F00C4D39D153F2B2A214A078D899B22";
    static final String SK_MAP_IFD = "7F4EF07B9EA82FD78AD689B38D0BC78CF21F249D953BC46F4C6E19259C010F99";
    static final String PK_MAP_IFD = "04"
            + "7ACF3EFC982EC45565A4B155129EFBC74650DCBFA6362D896FC70262E0C2CC5E"
            + "544552DCB6725218799115B55C9BAA6D9F6BC3A9618E70C25AF71777A9C4922D";
    static final String SK_MAP_IC = "498FF49756F2DC1587840041839A85982BE7761D14715FB091EFA7BCE9058560";
    static final String PK_MAP_IC = "04"
            + "824FBA91C9CBE26BEF53A0EBE7342A3BF178CEA9F45DE0B70AA601651FBA3F57"
            + "30D8C879AAA9C9F73991E61B58F4D52EB87A0A0C709A49DC63719363CCD13C54";
    static final String H = "04"
            + "60332EF2450B5D247EF6D3868397D398852ED6E8CAF6FFEEF6BF85CA57057FD5"
            + "0840CA7415BAF3E43BD414D35AA4608B93A2CAF3A4E3EA4E82C9C13D03EB7181";
    static final String MAPPED_G = "04"
            + "8CED63C91426D4F0EB1435E7CB1D74A46723A0AF21C89634F65A9AE87A9265E2"
            + "8C879506743F8611AC33645C5B985C80B5F09A0B83407C1B6A4D857AE76FE522";
    static final String SK_IFD = "A73FB703AC1436A18E0CFA5ABB3F7BEC7A070E7A6788486BEE230C4A22762595";
    static final String PK_IFD = "04"
            + "2DB7A64C0355044EC9DF190514C625CBA2CEA48754887122F3A5EF0D5EDD301C"
            + "3556F3B3B186DF10B857B58F6A7EB80F20BA5DC7BE1D43D9BF850149FBB36462";
    static final String SK_IC = "107CF58696EF6155053340FD633392BA81909DF7B9706F226F32086C7AFF974A";
    static final String PK_IC = "04"
            + "9E880F842905B8B3181F7AF7CAA9F0EFB743847F44A306D2D28C1D9EC65DF6DB"
            + "7764B22277A2EDDC3C265A9F018F9CB852E111B768B326904B59A0193776F094";
    static final String SHARED_SECRET = "28768D20701247DAE81804C9E780EDE582A9996DB4A315020B2733197DB84925";
    static final String KS_ENC = "F5F0E35C0D7161EE6724EE513A0D9A7F";
    static final String KS_MAC = "FE251C7858B356B24514B3BD5F4297D1";
    static final String T_IFD_INPUT = "7F494F060A04007F00070202040202864104"
            + "9E880F842905B8B3181F7AF7CAA9F0EFB743847F44A306D2D28C1D9EC65DF6DB"
            + "7764B22277A2EDDC3C265A9F018F9CB852E111B768B326904B59A0193776F094";
    static final String T_IFD = "C2B0BD78D94BA866";
    static final String T_IC = "3ABB9674BCE93C08";

    /** The published MSE:Set AT has no parameter id; ours adds 84 01 0D, which the CCCD requires. */
    static final String PUBLISHED_MSE_SET_AT = "0022C1A40F800A04007F00070202040202830101";
    static final String OUR_MSE_SET_AT = "0022C1A412800A04007F0007020204020283010184010D";

    /** The published GENERAL AUTHENTICATE commands and the chip's answers. */
    static final String[][] GENERAL_AUTHENTICATE = {
        {"10860000027C0000", "7C128010" + ENCRYPTED_NONCE + "9000"},
        {"10860000457C438141" + PK_MAP_IFD + "00", "7C438241" + PK_MAP_IC + "9000"},
        {"10860000457C438341" + PK_IFD + "00", "7C438441" + PK_IC + "9000"},
        {"008600000C7C0A8508" + T_IFD + "00", "7C0A8608" + T_IC + "9000"},
    };

    private static final ECDomainParameters BP256 = domain();

    private static ECDomainParameters domain() {
        try {
            return StandardizedDomainParameters.of(13);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static ECPoint point(String hex) throws Exception {
        return EcPoints.decode(BP256.getCurve(), HEX.parseHex(hex));
    }

    @Test
    void passwordAndNonce() {
        assertEquals("T22000129364081251010318", MRZ.mrzInformation());
        PacePassword password = PacePassword.mrz(MRZ);
        assertEquals(PacePassword.REFERENCE_MRZ, password.reference());
        assertEquals(K, HEX.formatHex(password.key()));
        byte[] piKey = CipherSuite.AES_128.deriveKey(password.key(), CipherSuite.KDF_PACE);
        assertEquals(K_PI, HEX.formatHex(piKey));
        assertEquals(NONCE, HEX.formatHex(CipherSuite.AES_128.decrypt(piKey, new byte[16], HEX.parseHex(ENCRYPTED_NONCE))));
    }

    @Test
    void mappingAndKeyAgreement() throws Exception {
        EcKeyPair mapIfd = EcKeyPair.of(BP256, new BigInteger(SK_MAP_IFD, 16));
        EcKeyPair mapIc = EcKeyPair.of(BP256, new BigInteger(SK_MAP_IC, 16));
        assertEquals(PK_MAP_IFD, HEX.formatHex(EcPoints.encode(mapIfd.publicKey())));
        assertEquals(PK_MAP_IC, HEX.formatHex(EcPoints.encode(mapIc.publicKey())));

        ECPoint h = GenericMapping.agree(mapIfd.privateKey(), point(PK_MAP_IC));
        assertEquals(H, HEX.formatHex(EcPoints.encode(h)));
        assertEquals(H, HEX.formatHex(EcPoints.encode(GenericMapping.agree(mapIc.privateKey(), point(PK_MAP_IFD)))));

        ECDomainParameters mapped = GenericMapping.map(BP256, HEX.parseHex(NONCE), h);
        assertEquals(MAPPED_G, HEX.formatHex(EcPoints.encode(mapped.getG())));

        EcKeyPair ifd = EcKeyPair.of(mapped, new BigInteger(SK_IFD, 16));
        EcKeyPair ic = EcKeyPair.of(mapped, new BigInteger(SK_IC, 16));
        assertEquals(PK_IFD, HEX.formatHex(EcPoints.encode(ifd.publicKey())));
        assertEquals(PK_IC, HEX.formatHex(EcPoints.encode(ic.publicKey())));

        byte[] secret = EcPoints.xCoordinate(GenericMapping.agree(ifd.privateKey(), point(PK_IC)));
        assertEquals(SHARED_SECRET, HEX.formatHex(secret));
        assertEquals(SHARED_SECRET, HEX.formatHex(EcPoints.xCoordinate(GenericMapping.agree(ic.privateKey(), point(PK_IFD)))));
    }

    @Test
    void sessionKeysAndTokens() throws Exception {
        SessionKeys keys = SessionKeys.derive(CipherSuite.AES_128, HEX.parseHex(SHARED_SECRET));
        assertEquals(KS_ENC, HEX.formatHex(keys.encKey()));
        assertEquals(KS_MAC, HEX.formatHex(keys.macKey()));
        PaceProtocol protocol = PaceProtocol.of(INFO.protocol());
        assertEquals(T_IFD_INPUT, HEX.formatHex(AuthenticationToken.publicKeyData(protocol, point(PK_IC))));
        assertEquals(T_IFD, HEX.formatHex(AuthenticationToken.compute(protocol, keys.macKey(), point(PK_IC))));
        assertEquals(T_IC, HEX.formatHex(AuthenticationToken.compute(protocol, keys.macKey(), point(PK_IFD))));
    }

    @Test
    void cardAccessOfTheExample() throws Exception {
        CardAccess cardAccess = CardAccess.parse(HEX.parseHex(CARD_ACCESS));
        assertEquals(List.of(INFO), cardAccess.paceInfos());
        assertEquals(CARD_ACCESS, HEX.formatHex(cardAccess.encode()));
    }

    @Test
    void terminalReproducesTheTranscript() throws Exception {
        ScriptedCard card = ScriptedCard.workedExample();

        SessionKeys keys = new Pace(publishedTerminalKeys()).run(card, INFO, PacePassword.mrz(MRZ));

        assertEquals(OUR_MSE_SET_AT, HEX.formatHex(card.sent.get(0)));
        // Apart from tag 84, our MSE:Set AT is the published one.
        assertEquals(PUBLISHED_MSE_SET_AT.substring(10), HEX.formatHex(card.sent.get(0)).substring(10, 10 + 30));
        for (int i = 0; i < GENERAL_AUTHENTICATE.length; i++) {
            assertEquals(GENERAL_AUTHENTICATE[i][0], HEX.formatHex(card.sent.get(i + 1)), "GENERAL AUTHENTICATE " + (i + 1));
        }
        assertEquals(5, card.sent.size());
        assertEquals(CipherSuite.AES_128, keys.suite());
        assertEquals(KS_ENC, HEX.formatHex(keys.encKey()));
        assertEquals(KS_MAC, HEX.formatHex(keys.macKey()));
        assertArrayEquals(new byte[16], keys.initialSsc());
    }

    @Test
    void wrongChipTokenIsAWrongPassword() {
        ScriptedCard card = ScriptedCard.workedExample();
        card.responses.set(4, "7C0A8608" + "3ABB9674BCE93C09" + "9000");
        WrongPasswordException e = assertThrows(WrongPasswordException.class,
                () -> new Pace(publishedTerminalKeys()).run(card, INFO, PacePassword.mrz(MRZ)));
        assertEquals(0, e.statusWord());
    }

    @Test
    void chipRefusingOurTokenIsAWrongPassword() {
        ScriptedCard card = ScriptedCard.workedExample();
        card.responses.set(4, "63C2");
        WrongPasswordException e = assertThrows(WrongPasswordException.class,
                () -> new Pace(publishedTerminalKeys()).run(card, INFO, PacePassword.mrz(MRZ)));
        assertEquals(0x63C2, e.statusWord());
        assertEquals(2, e.retriesLeft());
    }

    static EphemeralKeySource publishedTerminalKeys() {
        Deque<BigInteger> published = new ArrayDeque<>(List.of(new BigInteger(SK_MAP_IFD, 16), new BigInteger(SK_IFD, 16)));
        return domain -> EcKeyPair.of(domain, published.removeFirst());
    }

    /** Replays canned responses in order and records every command sent. */
    static final class ScriptedCard implements ApduChannel {
        final List<String> responses;
        final List<byte[]> sent = new ArrayList<>();

        ScriptedCard(List<String> responses) {
            this.responses = new ArrayList<>(responses);
        }

        static ScriptedCard workedExample() {
            List<String> responses = new ArrayList<>();
            responses.add("9000");
            for (String[] exchange : GENERAL_AUTHENTICATE) {
                responses.add(exchange[1]);
            }
            return new ScriptedCard(responses);
        }

        @Override
        public ResponseApdu send(CommandApdu command) {
            sent.add(command.encode());
            return ResponseApdu.parse(HEX.parseHex(responses.get(sent.size() - 1)));
        }

        @Override
        public boolean extendedLength() {
            return false;
        }
    }
}
