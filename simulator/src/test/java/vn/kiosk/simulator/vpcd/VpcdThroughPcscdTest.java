package vn.kiosk.simulator.vpcd;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.smartcardio.CardTerminal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.kiosk.reader.apdu.CommandApdu;
import vn.kiosk.reader.error.CardRemovedException;
import vn.kiosk.reader.transport.CardPresence;
import vn.kiosk.reader.transport.SmartcardioTransport;
import vn.kiosk.simulator.testing.EchoCard;
import vn.kiosk.simulator.testing.PcscdExtension;
import vn.kiosk.simulator.testing.PresenceEvents;
import vn.kiosk.simulator.testing.RealPcscd;

/** The whole real stack: VirtualCard, VpcdClient, vpcd, pcscd, libpcsclite, javax.smartcardio, transport. */
@ExtendWith(PcscdExtension.class)
class VpcdThroughPcscdTest {

    private static final Duration REMOVAL_BUDGET = Duration.ofSeconds(1);
    /** pcscd polls vpcd for presence about every 400 ms. */
    private static final long NOTICE_MILLIS = 3000;

    private final ExecutorService background = Executors.newCachedThreadPool();
    private final EchoCard card = new EchoCard();
    private VpcdClient client;
    private CardTerminal terminal;

    @BeforeEach
    void insertCard(RealPcscd pcscd) throws Exception {
        // A card removed by an earlier test may not have been noticed yet.
        pcscd.awaitEmpty(RealPcscd.READER_0, Duration.ofSeconds(3));
        terminal = pcscd.terminal(RealPcscd.READER_0);
        client = new VpcdClient(card);
        client.insert();
        assertTrue(terminal.waitForCardPresent(NOTICE_MILLIS), "pcscd noticed the card");
    }

    @AfterEach
    void removeCard() {
        card.release();
        client.close();
        background.shutdownNow();
    }

    @Test
    void readerSeesTheCardsAtrAndCarriesShortAndExtendedApdus() throws Exception {
        try (SmartcardioTransport transport = SmartcardioTransport.open(terminal)) {
            assertArrayEquals(card.atr(), transport.atr());
            assertTrue(transport.extendedLength());

            byte[] select = new CommandApdu(0x00, 0xA4, 0x04, 0x0C, HexFormat.of().parseHex("A0000002471001")).encode();
            assertEquals("A00000024710019000", HexFormat.of().withUpperCase().formatHex(transport.transmit(select)));

            byte[] data = new byte[1000];
            Arrays.fill(data, (byte) 0xA5);
            byte[] response = transport.transmit(new CommandApdu(0x00, 0xD6, 0x00, 0x00, data, 65536).encode());
            assertEquals(1002, response.length);
            assertArrayEquals(data, Arrays.copyOf(response, 1000));
            assertEquals(0x90, response[1000] & 0xFF);
            assertEquals(2, transport.stats().apdus());
        }
        assertTrue(card.powerOns() >= 1, "pcscd powered the card on through vpcd");
    }

    @Test
    void removalBeforeTheNextTransmitIsCardRemovedWithinASecond() throws Exception {
        try (SmartcardioTransport transport = SmartcardioTransport.open(terminal)) {
            transport.transmit(new byte[] {0x00, (byte) 0xA4, 0x00, 0x00});
            client.remove();
            assertTimeoutPreemptively(REMOVAL_BUDGET, () -> {
                assertThrows(CardRemovedException.class, () -> transport.transmit(new byte[] {0x00, (byte) 0xA4, 0x00, 0x00}));
            });
        }
    }

    @Test
    void removalDuringAPendingTransmitIsCardRemovedWithinASecond() throws Exception {
        try (SmartcardioTransport transport = SmartcardioTransport.open(terminal)) {
            card.holdCommands();
            Future<byte[]> pending = background.submit(() -> transport.transmit(new byte[] {0x00, (byte) 0xB0, 0x00, 0x00, 0x10}));
            assertTrue(card.awaitHeldCommand(2000), "the command reached the card");

            client.remove();

            ExecutionException failure = assertTimeoutPreemptively(REMOVAL_BUDGET,
                    () -> assertThrows(ExecutionException.class, pending::get));
            assertInstanceOf(CardRemovedException.class, failure.getCause());
        }
    }

    @Test
    void presenceEventsFireForRemoveAndInsert() throws Exception {
        PresenceEvents events = new PresenceEvents();
        try (CardPresence presence = CardPresence.watch(terminal, events)) {
            assertEquals("inserted " + RealPcscd.READER_0, events.next(NOTICE_MILLIS), "the card already there");
            client.remove();
            assertEquals("removed " + RealPcscd.READER_0, events.next(NOTICE_MILLIS));
            client.insert();
            assertEquals("inserted " + RealPcscd.READER_0, events.next(NOTICE_MILLIS));
        }
    }

    @Test
    void aReinsertedCardIsANewCardForTheReader() throws Exception {
        SmartcardioTransport old = SmartcardioTransport.open(terminal);
        old.transmit(new byte[] {0x00, (byte) 0xA4, 0x00, 0x00});
        client.remove();
        assertTrue(terminal.waitForCardAbsent(NOTICE_MILLIS));
        int powerOnsBefore = card.powerOns();
        client.insert();
        assertTrue(terminal.waitForCardPresent(NOTICE_MILLIS));

        assertThrows(CardRemovedException.class, () -> old.transmit(new byte[] {0x00, (byte) 0xA4, 0x00, 0x00}));
        old.close();
        try (SmartcardioTransport fresh = SmartcardioTransport.open(terminal)) {
            assertArrayEquals(new byte[] {(byte) 0x90, 0x00}, fresh.transmit(new byte[] {0x00, (byte) 0xA4, 0x00, 0x00}));
        }
        assertTrue(card.powerOns() > powerOnsBefore, "the new insertion powered the card on");
    }
}
