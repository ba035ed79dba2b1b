package vn.kiosk.reader.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import javax.smartcardio.CardException;
import org.junit.jupiter.api.Test;
import vn.kiosk.reader.error.CardRemovedException;
import vn.kiosk.reader.error.LinkException;
import vn.kiosk.reader.error.ReaderException;

class PcscFailuresTest {

    private final FakeTerminal terminal = new FakeTerminal();
    private final PcscFailures failures = new PcscFailures(terminal, Duration.ofMillis(10));

    /** The shape the JDK produces: CardException(PCSCException) whose message is the code. */
    private static CardException jdk(String code) {
        return new CardException(new Exception(code) {
            @Override
            public String toString() {
                return "sun.security.smartcardio.PCSCException: " + code;
            }
        });
    }

    @Test
    void findsTheCodeAnywhereInTheCauseChain() {
        assertEquals("SCARD_W_REMOVED_CARD", PcscFailures.codeOf(jdk("SCARD_W_REMOVED_CARD")));
        assertEquals("SCARD_E_NO_SERVICE",
                PcscFailures.codeOf(new RuntimeException("wrapper", new CardException("list() failed", jdk("SCARD_E_NO_SERVICE")))));
        assertNull(PcscFailures.codeOf(new CardException("no code here")));
    }

    @Test
    void cardGoneCodesAreRemovalsEvenWhileTheSlotStillLooksFull() {
        for (String code : new String[] {"SCARD_W_REMOVED_CARD", "SCARD_E_NO_SMARTCARD", "SCARD_W_RESET_CARD",
                "SCARD_E_READER_UNAVAILABLE"}) {
            assertInstanceOf(CardRemovedException.class, failures.map("transmit", jdk(code)), code);
        }
    }

    @Test
    void serviceGoneSaysToCheckPcscd() {
        ReaderException e = failures.map("transmit", jdk("SCARD_E_NO_SERVICE"));
        assertInstanceOf(LinkException.class, e);
        assertTrue(e.getMessage().contains("pcscd"), e.getMessage());
    }

    @Test
    void anUnclearFailureIsDecidedByWhetherTheCardIsStillThere() {
        assertInstanceOf(LinkException.class, failures.map("transmit", jdk("SCARD_E_NOT_TRANSACTED")));
        terminal.present = false;
        assertInstanceOf(CardRemovedException.class, failures.map("transmit", jdk("SCARD_E_NOT_TRANSACTED")));
    }
}
