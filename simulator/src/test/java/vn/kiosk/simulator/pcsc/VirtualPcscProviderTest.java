package vn.kiosk.simulator.pcsc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.smartcardio.Card;
import javax.smartcardio.CardException;
import javax.smartcardio.CardNotPresentException;
import javax.smartcardio.CardTerminal;
import javax.smartcardio.CardTerminals;
import javax.smartcardio.CommandAPDU;
import javax.smartcardio.TerminalFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.kiosk.reader.apdu.CommandApdu;
import vn.kiosk.reader.error.CardRemovedException;
import vn.kiosk.reader.error.LinkException;
import vn.kiosk.reader.error.ReaderException;
import vn.kiosk.reader.transport.CardPresence;
import vn.kiosk.reader.transport.SmartcardioTransport;
import vn.kiosk.reader.transport.Terminals;
import vn.kiosk.simulator.card.VirtualCard;
import vn.kiosk.simulator.testing.EchoCard;
import vn.kiosk.simulator.testing.PresenceEvents;

class VirtualPcscProviderTest {

    private static final Duration REMOVAL_BUDGET = Duration.ofSeconds(1);

    private final ExecutorService background = Executors.newCachedThreadPool();

    @AfterEach
    void stopBackground() {
        background.shutdownNow();
    }

    private static CardTerminal onlyTerminal(TerminalFactory factory) throws CardException {
        List<CardTerminal> all = factory.terminals().list();
        assertEquals(1, all.size());
        return all.get(0);
    }

    @Test
    void oneLineGivesAFactoryWithTheCardInIt() throws Exception {
        EchoCard card = new EchoCard();
        TerminalFactory factory = VirtualReaders.withCard(card).terminalFactory();

        assertEquals(VirtualPcscProvider.TYPE, factory.getType());
        CardTerminal terminal = onlyTerminal(factory);
        assertEquals(VirtualReaders.DEFAULT_READER_NAME, terminal.getName());
        assertTrue(terminal.isCardPresent());
        assertEquals(1, card.powerOns(), "inserting a card powers it on");
    }

    @Test
    void transportSeesTheCardsAtrAndEchoesShortAndExtendedApdus() throws Exception {
        EchoCard card = new EchoCard();
        CardTerminal terminal = VirtualReaders.withCard(card).firstTerminal();
        List<Long> traced = new java.util.concurrent.CopyOnWriteArrayList<>();

        try (SmartcardioTransport transport = SmartcardioTransport.open(terminal, (c, r, nanos) -> traced.add(nanos))) {
            assertArrayEquals(card.atr(), transport.atr());
            assertTrue(transport.extendedLength(), "the ATR advertises extended length");
            assertEquals("T=1", transport.protocol());

            byte[] shortApdu = new CommandApdu(0x00, 0xA4, 0x04, 0x0C, HexFormat.of().parseHex("A0000002471001")).encode();
            assertEquals("A00000024710019000", HexFormat.of().withUpperCase().formatHex(transport.transmit(shortApdu)));

            byte[] data = new byte[1000];
            Arrays.fill(data, (byte) 0x5A);
            byte[] extended = new CommandApdu(0x00, 0xD6, 0x00, 0x00, data, 65536).encode();
            byte[] response = transport.transmit(extended);
            assertEquals(1002, response.length);
            assertArrayEquals(data, Arrays.copyOf(response, 1000));

            assertEquals(2, transport.stats().apdus());
            assertEquals(shortApdu.length + extended.length, transport.stats().bytesOut());
            assertEquals(9 + 1002, transport.stats().bytesIn());
            assertEquals(2, traced.size());
        }
    }

    @Test
    void removalBeforeTheNextTransmitIsCardRemoved() throws Exception {
        VirtualReaders readers = VirtualReaders.withCard(new EchoCard());
        try (SmartcardioTransport transport = SmartcardioTransport.open(readers.firstTerminal())) {
            transport.transmit(new byte[] {0x00, (byte) 0xA4, 0x00, 0x00});
            readers.first().remove();

            assertTimeoutPreemptively(REMOVAL_BUDGET, () -> {
                assertThrows(CardRemovedException.class, () -> transport.transmit(new byte[] {0x00, (byte) 0xB0, 0x00, 0x00, 0x01}));
                // The JDK then says IllegalStateException("Card has been removed"): still a removal.
                assertThrows(CardRemovedException.class, () -> transport.transmit(new byte[] {0x00, (byte) 0xB0, 0x00, 0x00, 0x01}));
            });
        }
    }

    @Test
    void removalDuringAPendingTransmitIsCardRemovedAtOnce() throws Exception {
        EchoCard card = new EchoCard();
        VirtualReaders readers = VirtualReaders.withCard(card);
        try (SmartcardioTransport transport = SmartcardioTransport.open(readers.firstTerminal())) {
            card.holdCommands();
            Future<byte[]> pending = background.submit(() -> transport.transmit(new byte[] {0x00, (byte) 0xB0, 0x00, 0x00, 0x10}));
            assertTrue(card.awaitHeldCommand(2000), "the command reached the card");

            readers.first().remove();

            Exception failure = assertTimeoutPreemptively(REMOVAL_BUDGET,
                    () -> assertThrows(java.util.concurrent.ExecutionException.class, pending::get));
            assertInstanceOf(CardRemovedException.class, failure.getCause());
        } finally {
            card.release();
        }
    }

    @Test
    void reinsertedCardNeedsANewConnectionAndIsPoweredOnAgain() throws Exception {
        EchoCard card = new EchoCard();
        VirtualReaders readers = VirtualReaders.withCard(card);
        CardTerminal terminal = readers.firstTerminal();
        SmartcardioTransport old = SmartcardioTransport.open(terminal);

        readers.first().remove();
        readers.first().insert(card);

        assertEquals(2, card.powerOns());
        assertThrows(CardRemovedException.class, () -> old.transmit(new byte[] {0x00, (byte) 0xA4, 0x00, 0x00}));
        try (SmartcardioTransport fresh = SmartcardioTransport.open(terminal)) {
            assertArrayEquals(new byte[] {(byte) 0x90, 0x00}, fresh.transmit(new byte[] {0x00, (byte) 0xA4, 0x00, 0x00}));
        }
        assertEquals(3, card.powerOns(), "closing the transport resets the card");
        old.close();
    }

    @Test
    void connectingToAnEmptyReaderIsCardRemoved() {
        VirtualReaders readers = VirtualReaders.named("Empty reader");
        CardTerminal terminal = readers.firstTerminal();

        assertThrows(CardNotPresentException.class, () -> terminal.connect("*"));
        ReaderException e = assertThrows(ReaderException.class, () -> SmartcardioTransport.open(terminal));
        assertInstanceOf(CardRemovedException.class, e);
    }

    @Test
    void closedTransportRefusesToTransmit() throws Exception {
        SmartcardioTransport transport = SmartcardioTransport.open(VirtualReaders.withCard(new EchoCard()).firstTerminal());
        transport.close();
        transport.close(); // idempotent
        assertThrows(LinkException.class, () -> transport.transmit(new byte[] {0x00, (byte) 0xA4, 0x00, 0x00}));
    }

    @Test
    void waitsHonourTheirTimeouts() throws Exception {
        VirtualReaders readers = VirtualReaders.named("A");
        CardTerminal terminal = readers.firstTerminal();

        long start = System.nanoTime();
        assertFalse(terminal.waitForCardPresent(100));
        assertTrue(System.nanoTime() - start >= 90_000_000L);
        assertTrue(terminal.waitForCardAbsent(100), "already absent: returns at once");

        background.submit(() -> {
            Thread.sleep(100);
            readers.first().insert(new EchoCard());
            return null;
        });
        assertTrue(terminal.waitForCardPresent(5000));
    }

    @Test
    void cardTerminalsReportInsertionsAndRemovalsLikeTheJdk() throws Exception {
        VirtualReaders readers = VirtualReaders.named("A", "B");
        CardTerminals terminals = readers.terminalFactory().terminals();
        assertEquals(List.of("A", "B"), terminals.list().stream().map(CardTerminal::getName).toList());

        assertFalse(terminals.waitForChange(50), "first call only records the state, then times out");
        readers.reader("B").insert(new EchoCard());
        assertTrue(terminals.waitForChange(1000));
        assertEquals(List.of("B"), names(terminals.list(CardTerminals.State.CARD_INSERTION)));
        assertEquals(List.of("A"), names(terminals.list(CardTerminals.State.CARD_ABSENT)));

        readers.reader("B").remove();
        assertTrue(terminals.waitForChange(1000));
        assertEquals(List.of("B"), names(terminals.list(CardTerminals.State.CARD_REMOVAL)));
        assertEquals(List.of(), names(terminals.list(CardTerminals.State.CARD_PRESENT)));
    }

    private static List<String> names(List<CardTerminal> terminals) {
        return terminals.stream().map(CardTerminal::getName).toList();
    }

    @Test
    void presenceEventsFireForInsertAndRemove() throws Exception {
        VirtualReaders readers = VirtualReaders.named("A");
        PresenceEvents events = new PresenceEvents();
        CardPresence presence = CardPresence.watch(readers.firstTerminal(), events);
        try {
            readers.first().insert(new EchoCard());
            assertEquals("inserted A", events.next(2000));
            readers.first().remove();
            assertEquals("removed A", events.next(2000));
        } finally {
            presence.close();
        }
        assertFalse(presence.isRunning(), "close() leaves no thread behind");
        readers.first().insert(new EchoCard());
        assertNull(events.next(300), "no events after close()");
    }

    @Test
    void presenceOverAllTerminalsReportsCardsAlreadyThereAndLaterOnes() throws Exception {
        VirtualReaders readers = VirtualReaders.named("A", "B");
        readers.reader("A").insert(new EchoCard());
        PresenceEvents events = new PresenceEvents();
        try (CardPresence presence = CardPresence.watchAll(readers.terminalFactory(), events)) {
            assertEquals("inserted A", events.next(2000));
            readers.reader("B").insert(new EchoCard());
            assertEquals("inserted B", events.next(2000));
            readers.reader("A").remove();
            assertEquals("removed A", events.next(2000));
        }
    }

    @Test
    void presenceStopsPromptly() {
        VirtualReaders readers = VirtualReaders.named("A");
        CardPresence presence = CardPresence.watchAll(readers.terminalFactory(), new PresenceEvents());
        assertTimeoutPreemptively(Duration.ofSeconds(1), presence::close);
        assertFalse(presence.isRunning());
    }

    @Test
    void waitForCardFindsTheFirstReaderWithACardOrTimesOut() throws Exception {
        VirtualReaders readers = VirtualReaders.named("Left", "Right");
        TerminalFactory factory = readers.terminalFactory();

        assertTrue(Terminals.waitForCard(factory, null, Duration.ofMillis(100)).isEmpty());

        background.submit(() -> {
            Thread.sleep(100);
            readers.reader("Right").insert(new EchoCard());
            return null;
        });
        assertEquals("Right", Terminals.waitForCard(factory, null, Duration.ofSeconds(5)).orElseThrow().getName());
        assertEquals("Right", Terminals.waitForCard(factory, "righ", Duration.ofSeconds(1)).orElseThrow().getName());
        assertTrue(Terminals.waitForCard(factory, "Left", Duration.ofMillis(50)).isEmpty());
        LinkException unknown = assertThrows(LinkException.class, () -> Terminals.waitForCard(factory, "Middle", Duration.ofMillis(50)));
        assertTrue(unknown.getMessage().contains("\"Left\""), unknown.getMessage());
    }

    @Test
    void responseChainingIsFollowedLikeTheJdkDoes() throws Exception {
        // A card that answers 61 03 first and gives the data to GET RESPONSE, as T=0-era cards do.
        VirtualCard chaining = new VirtualCard() {
            @Override
            public byte[] atr() {
                return EchoCard.EXTENDED_ATR.clone();
            }

            @Override
            public void powerOn() {
            }

            @Override
            public byte[] process(byte[] command) {
                return (command[1] & 0xFF) == 0xC0
                        ? new byte[] {1, 2, 3, (byte) 0x90, 0x00}
                        : new byte[] {0x61, 0x03};
            }
        };
        try (SmartcardioTransport transport = SmartcardioTransport.open(VirtualReaders.withCard(chaining).firstTerminal())) {
            assertArrayEquals(new byte[] {1, 2, 3, (byte) 0x90, 0x00}, transport.transmit(new byte[] {0x00, (byte) 0xB0, 0x00, 0x00, 0x00}));
        }
    }

    @Test
    void jdkChannelRulesApply() throws Exception {
        Card card = VirtualReaders.withCard(new EchoCard()).firstTerminal().connect("*");
        assertSame(card, card.getBasicChannel().getCard());
        assertThrows(IllegalArgumentException.class,
                () -> card.getBasicChannel().transmit(new CommandAPDU(0x00, 0x70, 0x00, 0x00, 1)));
        assertThrows(CardException.class, () -> card.transmitControlCommand(1, new byte[0]));
        card.disconnect(false);
        assertThrows(IllegalStateException.class, card::getBasicChannel);
    }

    @Test
    void theFactoryInsistsOnItsReaders() {
        NoSuchAlgorithmException e = assertThrows(NoSuchAlgorithmException.class,
                () -> TerminalFactory.getInstance(VirtualPcscProvider.TYPE, "not readers", new VirtualPcscProvider()));
        assertTrue(e.getMessage().contains("VirtualReaders"), e.getMessage());
    }

    @Test
    void aReaderHoldsOneCardAtATime() {
        VirtualReaders readers = VirtualReaders.withCard(new EchoCard());
        assertThrows(IllegalStateException.class, () -> readers.first().insert(new EchoCard()));
        assertTrue(readers.first().remove());
        assertFalse(readers.first().remove());
        assertThrows(IllegalArgumentException.class, () -> VirtualReaders.named("X", "X"));
    }
}
