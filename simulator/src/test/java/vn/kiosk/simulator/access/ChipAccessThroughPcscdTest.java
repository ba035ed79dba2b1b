package vn.kiosk.simulator.access;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import javax.smartcardio.CardTerminal;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.kiosk.reader.access.AccessKey;
import vn.kiosk.reader.access.AccessProtocol;
import vn.kiosk.reader.access.ChipAccess;
import vn.kiosk.reader.access.FileReader;
import vn.kiosk.reader.access.OpenedChip;
import vn.kiosk.reader.error.CardRemovedException;
import vn.kiosk.reader.error.WrongPasswordException;
import vn.kiosk.reader.lds.SecurityInfoOids;
import vn.kiosk.reader.transport.SmartcardioTransport;
import vn.kiosk.simulator.card.ForwardingCard;
import vn.kiosk.simulator.card.VirtualCard;
import vn.kiosk.simulator.chip.ChipContent;
import vn.kiosk.simulator.chip.ElementaryFiles;
import vn.kiosk.simulator.chip.VirtualChip;
import vn.kiosk.simulator.citizen.Citizen;
import vn.kiosk.simulator.personalise.CardProfile;
import vn.kiosk.simulator.personalise.CitizenMrz;
import vn.kiosk.simulator.testing.PcscdExtension;
import vn.kiosk.simulator.testing.RealPcscd;
import vn.kiosk.simulator.testing.TestCards;
import vn.kiosk.simulator.vpcd.VpcdClient;

/**
 * The virtual chip in the real PC/SC stack (vpcd -> pcscd -> libpcsclite -> javax.smartcardio),
 * read by the reader's channel code: PACE with AES and 3DES, BAC, short and extended APDUs, and a
 * card pulled in the middle of a read.
 */
@ExtendWith(PcscdExtension.class)
class ChipAccessThroughPcscdTest {
    private static final Citizen CITIZEN = TestCards.citizen(11);
    private static final long NOTICE_MILLIS = 3000;

    private final ExecutorService background = Executors.newCachedThreadPool();
    private VpcdClient client;

    @AfterEach
    void pullCard() {
        if (client != null) {
            client.close();
        }
        background.shutdownNow();
    }

    @ParameterizedTest(name = "{0} with {1}, extended length {2}")
    @CsvSource({
        "cccd-2021, CAN, true",
        "cccd-2021, CAN, false",
        "cccd-2021, MRZ, true",
        "pace-3des, CAN, false",
        "bac-only, MRZ, true",
        "bac-only, MRZ, false",
    })
    void opensAndReads(String variant, String key, boolean extended, RealPcscd pcscd) throws Exception {
        ChipContent content = content(variant).withExtendedLength(extended);
        CardTerminal terminal = insert(new VirtualChip(content, new SecureRandom()), pcscd);
        try (SmartcardioTransport transport = SmartcardioTransport.open(terminal)) {
            assertEquals(extended, transport.extendedLength(), "the ATR tells the reader about extended length");
            OpenedChip opened = new ChipAccess(new SecureRandom()).open(transport, transport.extendedLength(),
                    key.equals("CAN") ? AccessKey.can(CITIZEN.can()) : AccessKey.mrz(CitizenMrz.keyOf(CITIZEN)));
            assertEquals(variant.equals("bac-only") ? AccessProtocol.BAC : AccessProtocol.PACE, opened.protocol());

            FileReader reader = new FileReader(opened.channel());
            assertArrayEquals(content.files().get(ElementaryFiles.dataGroup(1)), reader.readBySfi(1));
            assertArrayEquals(content.files().get(ElementaryFiles.dataGroup(TestCards.LARGE_FILE_SFI)),
                    reader.readBySfi(TestCards.LARGE_FILE_SFI));
        }
    }

    @Test
    void aWrongCanFailsTypedAndTheCardStillOpensWithTheRightOne(RealPcscd pcscd) throws Exception {
        CardTerminal terminal = insert(new VirtualChip(content("cccd-2021"), new SecureRandom()), pcscd);
        String wrong = String.format("%06d", (Integer.parseInt(CITIZEN.can()) + 500_001) % 1_000_000);
        try (SmartcardioTransport transport = SmartcardioTransport.open(terminal)) {
            ChipAccess access = new ChipAccess(new SecureRandom());
            assertThrows(WrongPasswordException.class, () -> access.open(transport, true, AccessKey.can(wrong)));
            OpenedChip opened = access.open(transport, true, AccessKey.can(CITIZEN.can()));
            assertArrayEquals(content("cccd-2021").files().get(ElementaryFiles.dataGroup(1)),
                    new FileReader(opened.channel()).readBySfi(1));
        }
    }

    @Test
    void pullingTheCardMidReadIsCardRemovedWithinASecond(RealPcscd pcscd) throws Exception {
        ChipContent content = content("cccd-2021").withExtendedLength(false);
        StallingCard card = new StallingCard(new VirtualChip(content, new SecureRandom()));
        CardTerminal terminal = insert(card, pcscd);
        try (SmartcardioTransport transport = SmartcardioTransport.open(terminal)) {
            OpenedChip opened = new ChipAccess(new SecureRandom()).open(transport, false, AccessKey.can(CITIZEN.can()));
            card.stallAfter(3);
            Future<byte[]> read = background.submit(() -> new FileReader(opened.channel()).readBySfi(TestCards.LARGE_FILE_SFI));
            assertTrue(card.stalled.await(5, java.util.concurrent.TimeUnit.SECONDS), "the read got under way");

            client.remove();

            ExecutionException failure = assertTimeoutPreemptively(Duration.ofSeconds(1),
                    () -> assertThrows(ExecutionException.class, read::get));
            assertInstanceOf(CardRemovedException.class, failure.getCause());
        } finally {
            card.release.countDown();
        }
    }

    private CardTerminal insert(VirtualCard card, RealPcscd pcscd) throws Exception {
        pcscd.awaitEmpty(RealPcscd.READER_0, Duration.ofSeconds(3));
        CardTerminal terminal = pcscd.terminal(RealPcscd.READER_0);
        client = new VpcdClient(card);
        client.insert();
        assertTrue(terminal.waitForCardPresent(NOTICE_MILLIS), "pcscd noticed the card");
        return terminal;
    }

    private static ChipContent content(String variant) {
        return switch (variant) {
            case "pace-3des" -> TestCards.withPace(TestCards.card(CITIZEN, CardProfile.CCCD_2021),
                    SecurityInfoOids.ID_PACE_ECDH_GM_3DES_CBC_CBC, 12);
            default -> TestCards.card(CITIZEN, CardProfile.fromCliName(variant));
        };
    }

    /** Answers normally, then from a chosen command on holds the answer until released: a card going out of the field. */
    static final class StallingCard extends ForwardingCard {
        private final AtomicInteger remaining = new AtomicInteger(Integer.MAX_VALUE);
        final CountDownLatch stalled = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);

        StallingCard(VirtualCard inner) {
            super(inner);
        }

        void stallAfter(int commands) {
            remaining.set(commands);
        }

        @Override
        public byte[] process(byte[] command) {
            if (remaining.getAndDecrement() <= 0) {
                stalled.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return super.process(command);
        }
    }
}
