package vn.kiosk.simulator.chip.pace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.bouncycastle.crypto.params.ECDomainParameters;
import org.junit.jupiter.api.Test;

import vn.kiosk.reader.apdu.CommandApdu;
import vn.kiosk.reader.apdu.ResponseApdu;
import vn.kiosk.reader.bac.MrzKey;
import vn.kiosk.reader.lds.PaceInfo;
import vn.kiosk.reader.lds.SecurityInfoOids;
import vn.kiosk.reader.pace.EcKeyPair;
import vn.kiosk.reader.pace.PacePassword;
import vn.kiosk.reader.sm.SessionKeys;

/**
 * ICAO Doc 9303 Part 11, Appendix G.1 from the chip's side: given the example's nonce and the
 * chip's private keys, the simulated chip answers the published terminal commands with the
 * published responses, byte for byte.
 */
class PaceChipWorkedExampleTest {
    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    private static final String NONCE = "3F00C4D39D153F2B2A214A078D899B22";
    private static final String SK_MAP_IC = "498FF49756F2DC1587840041839A85982BE7761D14715FB091EFA7BCE9058560";
    private static final String SK_IC = "107CF58696EF6155053340FD633392BA81909DF7B9706F226F32086C7AFF974A";
    private static final String PK_MAP_IFD = "04"
            + "7ACF3EFC982EC45565A4B155129EFBC74650DCBFA6362D896FC70262E0C2CC5E"
            + "544552DCB6725218799115B55C9BAA6D9F6BC3A9618E70C25AF71777A9C4922D";
    private static final String PK_MAP_IC = "04"
            + "824FBA91C9CBE26BEF53A0EBE7342A3BF178CEA9F45DE0B70AA601651FBA3F57"
            + "30D8C879AAA9C9F73991E61B58F4D52EB87A0A0C709A49DC63719363CCD13C54";
    private static final String PK_IFD = "04"
            + "2DB7A64C0355044EC9DF190514C625CBA2CEA48754887122F3A5EF0D5EDD301C"
            + "3556F3B3B186DF10B857B58F6A7EB80F20BA5DC7BE1D43D9BF850149FBB36462";
    private static final String PK_IC = "04"
            + "9E880F842905B8B3181F7AF7CAA9F0EFB743847F44A306D2D28C1D9EC65DF6DB"
            + "7764B22277A2EDDC3C265A9F018F9CB852E111B768B326904B59A0193776F094";

    private static final String[][] TRANSCRIPT = {
        {"10860000027C0000", "7C128010" + "95A3A016522EE98D01E76CB6B98B42C3" + "9000"},
        {"10860000457C438141" + PK_MAP_IFD + "00", "7C438241" + PK_MAP_IC + "9000"},
        {"10860000457C438341" + PK_IFD + "00", "7C438441" + PK_IC + "9000"},
        {"008600000C7C0A8508" + "C2B0BD78D94BA866" + "00", "7C0A8608" + "3ABB9674BCE93C08" + "9000"},
    };

    @Test
    void chipReproducesThePublishedResponses() {
        MrzKey mrz = new MrzKey("T22000129", "640812", "101031");
        PaceInfo info = new PaceInfo(SecurityInfoOids.ID_PACE_ECDH_GM_AES_CBC_CMAC_128, 2, 13);
        ChipPace chip = new ChipPace(List.of(info), Map.of(PacePassword.REFERENCE_MRZ, mrz.passwordHash()),
                publishedChipRandomness());

        // The published MSE:Set AT has no tag 84, which a CCCD (and so the simulator) refuses.
        assertEquals(0x6A88, chip.mseSetAt(command("0022C1A40F800A04007F00070202040202830101")).sw());
        assertEquals(0x9000, chip.mseSetAt(command("0022C1A412800A04007F0007020204020283010184010D")).sw());
        for (String[] exchange : TRANSCRIPT) {
            ResponseApdu response = chip.generalAuthenticate(command(exchange[0]));
            assertEquals(exchange[1], HEX.formatHex(response.encode()));
        }
        SessionKeys keys = chip.established().orElseThrow();
        assertEquals("F5F0E35C0D7161EE6724EE513A0D9A7F", HEX.formatHex(keys.encKey()));
        assertEquals("FE251C7858B356B24514B3BD5F4297D1", HEX.formatHex(keys.macKey()));
    }

    private static ChipRandomness publishedChipRandomness() {
        Deque<BigInteger> keys = new ArrayDeque<>(List.of(new BigInteger(SK_MAP_IC, 16), new BigInteger(SK_IC, 16)));
        return new ChipRandomness() {
            @Override
            public byte[] nonce(int length) {
                assertEquals(16, length);
                return HEX.parseHex(NONCE);
            }

            @Override
            public EcKeyPair keyPair(ECDomainParameters domain) {
                return EcKeyPair.of(domain, keys.removeFirst());
            }
        };
    }

    private static CommandApdu command(String hex) {
        return CommandApdu.parse(HEX.parseHex(hex));
    }
}
