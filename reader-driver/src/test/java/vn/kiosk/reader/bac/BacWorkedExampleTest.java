package vn.kiosk.reader.bac;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.kiosk.reader.apdu.ApduChannel;
import vn.kiosk.reader.apdu.CommandApdu;
import vn.kiosk.reader.apdu.ResponseApdu;
import vn.kiosk.reader.crypto.CipherSuite;
import vn.kiosk.reader.sm.SessionKeys;

/**
 * ICAO Doc 9303 Part 11, Appendix D (worked example: Basic Access Control), value for value.
 * The chip side is replayed from the published messages, so only our terminal code is under test.
 */
class BacWorkedExampleTest {
    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    static final MrzKey KEY = new MrzKey("L898902C", "690806", "940623");

    @Test
    void mrzInformationAndKeySeed() {
        assertEquals("L898902C<369080619406236", KEY.mrzInformation());
        assertEquals("239AB9CB282DAF66231DC5A4DF6BFBAE", HEX.formatHex(KEY.bacKeySeed()));
    }

    @Test
    void basicAccessKeys() {
        byte[] seed = KEY.bacKeySeed();
        assertEquals("AB94FDECF2674FDFB9B391F85D7F76F2", HEX.formatHex(CipherSuite.DESEDE.deriveKey(seed, 1)));
        assertEquals("7962D9ECE03D1ACD4C76089DCE131543", HEX.formatHex(CipherSuite.DESEDE.deriveKey(seed, 2)));
    }

    @Test
    void mutualAuthenticationAndSessionKeys() throws Exception {
        ScriptedCard card = new ScriptedCard(
                "4608F919887022129000",
                "46B9342A41396CD7386BF5803104D7CEDC122B9132139BAF2EEDC94EE178534F2F2D235D074D74499000");
        Deque<byte[]> nonces = new ArrayDeque<>(List.of(
                HEX.parseHex("781723860C06C226"), HEX.parseHex("0B795240CB7049B01C19B33E32804F0B")));

        SessionKeys keys = new Bac(length -> nonces.removeFirst()).establish(card, KEY);

        assertEquals("0084000008", HEX.formatHex(card.sent.get(0)));
        assertEquals("0082000028"
                + "72C29C2371CC9BDB65B779B8E8D37B29ECC154AA56A8799FAE2F498F76ED92F2" + "5F1448EEA8AD90A7" + "28",
                HEX.formatHex(card.sent.get(1)));
        assertEquals("979EC13B1CBFE9DCD01AB0FED307EAE5", HEX.formatHex(keys.encKey()));
        assertEquals("F1CB1F1FB5ADF208806B89DC579DC1F8", HEX.formatHex(keys.macKey()));
        assertEquals("887022120C06C226", HEX.formatHex(keys.initialSsc()));
    }

    /** Answers each command with the next published response and records what it was sent. */
    static final class ScriptedCard implements ApduChannel {
        final List<byte[]> sent = new ArrayList<>();
        private final Deque<String> responses;

        ScriptedCard(String... responses) {
            this.responses = new ArrayDeque<>(List.of(responses));
        }

        @Override
        public ResponseApdu send(CommandApdu command) {
            sent.add(command.encode());
            return ResponseApdu.parse(HEX.parseHex(responses.removeFirst()));
        }

        @Override
        public boolean extendedLength() {
            return false;
        }
    }
}
