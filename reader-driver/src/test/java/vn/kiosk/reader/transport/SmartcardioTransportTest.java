package vn.kiosk.reader.transport;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javax.smartcardio.CardException;
import org.junit.jupiter.api.Test;
import vn.kiosk.reader.error.CardRemovedException;
import vn.kiosk.reader.error.LinkException;
import vn.kiosk.reader.error.ReaderException;

class SmartcardioTransportTest {

    private static final byte[] SELECT = {0x00, (byte) 0xA4, 0x00, 0x0C};

    private final FakeTerminal terminal = new FakeTerminal();

    @Test
    void countsAndTracesEveryExchange() throws Exception {
        terminal.responder = command -> new byte[] {1, 2, 3, (byte) 0x90, 0x00};
        List<String> trace = new ArrayList<>();
        try (SmartcardioTransport transport = SmartcardioTransport.open(terminal,
                (command, response, nanos) -> trace.add(command.length + "->" + response.length + (nanos >= 0 ? "" : "!")))) {
            assertArrayEquals(new byte[] {1, 2, 3, (byte) 0x90, 0x00}, transport.transmit(SELECT));
            transport.transmit(SELECT);

            assertEquals(List.of("4->5", "4->5"), trace);
            TransportStats stats = transport.stats();
            assertEquals(2, stats.apdus());
            assertEquals(8, stats.bytesOut());
            assertEquals(10, stats.bytesIn());
            assertTrue(stats.nanos() >= 0);
            assertEquals("Fake Reader 0", transport.terminalName());
        }
        assertTrue(terminal.disconnectedWithReset, "close resets the card so no session survives");
    }

    @Test
    void extendedLengthNeedsTheAtrAndAProtocolThatCarriesIt() throws Exception {
        try (SmartcardioTransport transport = SmartcardioTransport.open(terminal)) {
            assertTrue(transport.extendedLength());
        }
        terminal.protocol = "T=0";
        try (SmartcardioTransport transport = SmartcardioTransport.open(terminal)) {
            assertFalse(transport.extendedLength(), "the JDK refuses extended APDUs over T=0");
        }
        terminal.protocol = "T=1";
        terminal.atr = java.util.HexFormat.of().parseHex("3B8880010000000033818100 3A".replace(" ", ""));
        try (SmartcardioTransport transport = SmartcardioTransport.open(terminal)) {
            assertFalse(transport.extendedLength());
        }
    }

    @Test
    void aFaultyTraceDoesNotBreakTheExchange() throws Exception {
        try (SmartcardioTransport transport = SmartcardioTransport.open(terminal, (c, r, n) -> {
            throw new IllegalStateException("bug in the trace");
        })) {
            assertArrayEquals(new byte[] {(byte) 0x90, 0x00}, transport.transmit(SELECT));
        }
    }

    @Test
    void removedCardCodesAreCardRemoved() throws Exception {
        try (SmartcardioTransport transport = SmartcardioTransport.open(terminal)) {
            terminal.responder = command -> {
                throw new CardException(new Exception("SCARD_W_REMOVED_CARD"));
            };
            assertThrows(CardRemovedException.class, () -> transport.transmit(SELECT));
            terminal.responder = command -> {
                throw new IllegalStateException("Card has been removed");
            };
            assertThrows(CardRemovedException.class, () -> transport.transmit(SELECT));
        }
    }

    @Test
    void anEmptyAnswerIsARemovalWhenTheSlotEmptiesAndALinkFailureOtherwise() throws Exception {
        try (SmartcardioTransport transport = SmartcardioTransport.open(terminal)) {
            terminal.responder = command -> new byte[0];
            ReaderException stillThere = assertThrows(ReaderException.class, () -> transport.transmit(SELECT));
            assertInstanceOf(LinkException.class, stillThere);

            terminal.present = false;
            assertThrows(CardRemovedException.class, () -> transport.transmit(SELECT));
            assertEquals(0, transport.stats().apdus(), "failed exchanges are not counted");
        }
    }

    @Test
    void otherFailuresAreLinkExceptionsNamingTheCode() throws Exception {
        try (SmartcardioTransport transport = SmartcardioTransport.open(terminal)) {
            terminal.responder = command -> {
                throw new CardException(new Exception("SCARD_F_COMM_ERROR"));
            };
            LinkException e = assertThrows(LinkException.class, () -> transport.transmit(SELECT));
            assertTrue(e.getMessage().contains("SCARD_F_COMM_ERROR"), e.getMessage());

            terminal.responder = command -> {
                throw new IllegalArgumentException("Manage channel command not allowed");
            };
            assertThrows(LinkException.class, () -> transport.transmit(SELECT));
        }
    }

    @Test
    void noCardMeansCardRemovedAtConnectAndClosedMeansLinkException() throws Exception {
        terminal.present = false;
        assertThrows(CardRemovedException.class, () -> SmartcardioTransport.open(terminal));

        terminal.present = true;
        SmartcardioTransport transport = SmartcardioTransport.open(terminal);
        transport.close();
        assertThrows(LinkException.class, () -> transport.transmit(SELECT));
    }
}
