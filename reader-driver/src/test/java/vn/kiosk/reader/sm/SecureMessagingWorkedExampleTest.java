package vn.kiosk.reader.sm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HexFormat;

import org.junit.jupiter.api.Test;

import vn.kiosk.reader.apdu.CommandApdu;
import vn.kiosk.reader.apdu.ResponseApdu;
import vn.kiosk.reader.crypto.CipherSuite;
import vn.kiosk.reader.error.SecureMessagingException;

/** ICAO Doc 9303 Part 11, Appendix D.4: the protected SELECT and READ BINARY commands, value for value. */
class SecureMessagingWorkedExampleTest {
    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    private static SecureMessaging session() {
        return new SecureMessaging(new SessionKeys(CipherSuite.DESEDE,
                HEX.parseHex("979EC13B1CBFE9DCD01AB0FED307EAE5"),
                HEX.parseHex("F1CB1F1FB5ADF208806B89DC579DC1F8"),
                HEX.parseHex("887022120C06C226")));
    }

    @Test
    void selectAndReadEfCom() throws Exception {
        SecureMessaging sm = session();

        CommandApdu select = sm.wrap(new CommandApdu(0x00, 0xA4, 0x02, 0x0C, HEX.parseHex("011E")));
        assertEquals("0CA4020C158709016375432908C044F68E08BF8B92D635FF24F800", HEX.formatHex(select.encode()));
        ResponseApdu selected = sm.unwrap(ResponseApdu.parse(HEX.parseHex("990290008E08FA855A5D4C50A8ED9000")));
        assertEquals(0x9000, selected.sw());
        assertEquals(0, selected.length());

        CommandApdu readHead = sm.wrap(new CommandApdu(0x00, 0xB0, 0x00, 0x00, 4));
        assertEquals("0CB000000D9701048E08ED6705417E96BA5500", HEX.formatHex(readHead.encode()));
        ResponseApdu head = sm.unwrap(ResponseApdu.parse(HEX.parseHex(
                "8709019FF0EC34F9922651990290008E08AD55CC17140B2DED9000")));
        assertEquals("60145F01", HEX.formatHex(head.data()));

        CommandApdu readRest = sm.wrap(new CommandApdu(0x00, 0xB0, 0x00, 0x04, 0x12));
        assertEquals("0CB000040D9701128E082EA28A70F3C7B53500", HEX.formatHex(readRest.encode()));
        ResponseApdu rest = sm.unwrap(ResponseApdu.parse(HEX.parseHex(
                "871901FB9235F4E4037F2327DCC8964F1F9B8C30F42C8E2FFF224A990290008E08C8B2787EAEA07D749000")));
        assertEquals("04303130365F36063034303030305C026175", HEX.formatHex(rest.data()));
        assertArrayEquals(HEX.parseHex("887022120C06C22C"), sm.currentSsc());
    }

    @Test
    void tamperedResponseMacIsRejectedAndTheSessionStaysDead() throws Exception {
        SecureMessaging sm = session();
        sm.wrap(new CommandApdu(0x00, 0xA4, 0x02, 0x0C, HEX.parseHex("011E")));
        byte[] tampered = HEX.parseHex("990290008E08FA855A5D4C50A8ED9000");
        tampered[tampered.length - 3] ^= 1;
        assertThrows(SecureMessagingException.class, () -> sm.unwrap(ResponseApdu.parse(tampered)));
        assertThrows(SecureMessagingException.class,
                () -> sm.wrap(new CommandApdu(0x00, 0xB0, 0x00, 0x00, 4)));
    }

    @Test
    void replayedResponseFailsBecauseTheCounterMovedOn() throws Exception {
        SecureMessaging sm = session();
        sm.wrap(new CommandApdu(0x00, 0xA4, 0x02, 0x0C, HEX.parseHex("011E")));
        ResponseApdu first = ResponseApdu.parse(HEX.parseHex("990290008E08FA855A5D4C50A8ED9000"));
        sm.unwrap(first);
        sm.wrap(new CommandApdu(0x00, 0xA4, 0x02, 0x0C, HEX.parseHex("011E")));
        assertThrows(SecureMessagingException.class, () -> sm.unwrap(first));
    }

    @Test
    void plainSuccessWithoutMacIsRejected() throws Exception {
        SecureMessaging sm = session();
        sm.wrap(new CommandApdu(0x00, 0xB0, 0x00, 0x00, 4));
        assertThrows(SecureMessagingException.class, () -> sm.unwrap(ResponseApdu.parse(HEX.parseHex("60145F019000"))));
    }

    @Test
    void missingStatusObjectIsRejectedEvenWithAValidMac() throws Exception {
        SecureMessaging sm = session();
        sm.wrap(new CommandApdu(0x00, 0xA4, 0x02, 0x0C, HEX.parseHex("011E")));
        assertThrows(SecureMessagingException.class, () -> sm.unwrap(ResponseApdu.parse(HEX.parseHex("8E08FA855A5D4C50A8ED9000"))));
    }
}
