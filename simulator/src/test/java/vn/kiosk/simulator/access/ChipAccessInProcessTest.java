package vn.kiosk.simulator.access;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import javax.smartcardio.CardTerminal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import vn.kiosk.reader.access.AccessKey;
import vn.kiosk.reader.access.AccessProtocol;
import vn.kiosk.reader.access.ChipAccess;
import vn.kiosk.reader.access.FileReader;
import vn.kiosk.reader.access.OpenedChip;
import vn.kiosk.reader.error.SecureMessagingException;
import vn.kiosk.reader.error.UnsupportedProtocolException;
import vn.kiosk.reader.error.WrongPasswordException;
import vn.kiosk.reader.lds.SecurityInfoOids;
import vn.kiosk.reader.transport.SmartcardioTransport;
import vn.kiosk.simulator.card.ForwardingCard;
import vn.kiosk.simulator.card.VirtualCard;
import vn.kiosk.simulator.chip.ChipContent;
import vn.kiosk.simulator.chip.ElementaryFiles;
import vn.kiosk.simulator.chip.VirtualChip;
import vn.kiosk.simulator.citizen.Citizen;
import vn.kiosk.simulator.pcsc.VirtualReaders;
import vn.kiosk.simulator.personalise.CardProfile;
import vn.kiosk.simulator.personalise.CitizenMrz;
import vn.kiosk.simulator.testing.TestCards;

/**
 * The reader's channel code against the virtual chip through the in-process javax.smartcardio
 * provider: every PACE cipher suite and BAC, CAN and MRZ, short and extended reads.
 */
class ChipAccessInProcessTest {
    private static final Citizen CITIZEN = TestCards.citizen(7);

    static Stream<Arguments> channels() {
        List<Arguments> cases = new ArrayList<>();
        String[][] pace = {
            {SecurityInfoOids.ID_PACE_ECDH_GM_AES_CBC_CMAC_128, "13"},
            {SecurityInfoOids.ID_PACE_ECDH_GM_3DES_CBC_CBC, "12"},
            {SecurityInfoOids.ID_PACE_ECDH_GM_AES_CBC_CMAC_192, "15"},
            {SecurityInfoOids.ID_PACE_ECDH_GM_AES_CBC_CMAC_256, "17"},
            {SecurityInfoOids.ID_PACE_ECDH_GM_AES_CBC_CMAC_256, "18"},
        };
        for (boolean extended : new boolean[] {true, false}) {
            for (String[] p : pace) {
                for (boolean useCan : new boolean[] {true, false}) {
                    cases.add(Arguments.of("PACE " + TestCards.describe(p[0]) + " param " + p[1] + (useCan ? " CAN" : " MRZ"),
                            TestCards.withPace(TestCards.card(CITIZEN, CardProfile.CCCD_2021), p[0], Integer.parseInt(p[1]))
                                    .withExtendedLength(extended),
                            useCan, AccessProtocol.PACE));
                }
            }
            cases.add(Arguments.of("BAC 3DES MRZ", TestCards.card(CITIZEN, CardProfile.BAC_ONLY).withExtendedLength(extended),
                    false, AccessProtocol.BAC));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}, extended={1}")
    @MethodSource("channels")
    void opensTheChannelAndReadsFiles(String name, ChipContent content, boolean useCan, AccessProtocol expected)
            throws Exception {
        VirtualChip chip = new VirtualChip(content, new SecureRandom());
        List<byte[]> commands = new ArrayList<>();
        try (SmartcardioTransport transport = SmartcardioTransport.open(terminalWith(chip),
                (command, response, nanos) -> commands.add(command))) {
            OpenedChip opened = new ChipAccess(new SecureRandom()).open(transport, transport.extendedLength(), key(useCan));
            assertEquals(expected, opened.protocol());
            assertEquals(content.extendedLength(), opened.channel().extendedLength());

            FileReader reader = new FileReader(opened.channel());
            assertArrayEquals(content.files().get(ElementaryFiles.dataGroup(1)), reader.readBySfi(1));
            int before = commands.size();
            byte[] large = content.files().get(ElementaryFiles.dataGroup(TestCards.LARGE_FILE_SFI));
            assertArrayEquals(large, reader.readBySfi(TestCards.LARGE_FILE_SFI));
            int reads = commands.size() - before;
            int block = content.extendedLength() ? FileReader.EXTENDED_BLOCK : FileReader.SHORT_BLOCK;
            int expectedReads = (large.length + block - 1) / block;
            assertEquals(expectedReads, reads, "READ BINARY commands for a " + large.length + "-byte file");
        }
    }

    @Test
    void wrongCanIsAWrongPasswordAndTheRightOneStillWorks() throws Exception {
        VirtualChip chip = new VirtualChip(TestCards.card(CITIZEN, CardProfile.CCCD_2021), new SecureRandom());
        CardTerminal terminal = terminalWith(chip);
        String wrong = String.format("%06d", (Integer.parseInt(CITIZEN.can()) + 1) % 1_000_000);
        try (SmartcardioTransport transport = SmartcardioTransport.open(terminal)) {
            ChipAccess access = new ChipAccess(new SecureRandom());
            assertThrows(WrongPasswordException.class,
                    () -> access.open(transport, transport.extendedLength(), AccessKey.can(wrong)));
            OpenedChip opened = access.open(transport, transport.extendedLength(), AccessKey.can(CITIZEN.can()));
            assertEquals(AccessProtocol.PACE, opened.protocol());
            new FileReader(opened.channel()).readBySfi(1);
        }
    }

    @Test
    void wrongMrzIsAWrongPasswordOnBacAndTheRightOneStillWorks() throws Exception {
        VirtualChip chip = new VirtualChip(TestCards.card(CITIZEN, CardProfile.BAC_ONLY), new SecureRandom());
        var right = CitizenMrz.keyOf(CITIZEN);
        var wrong = new vn.kiosk.reader.bac.MrzKey(right.documentNumber(), right.dateOfBirth(), "301231");
        try (SmartcardioTransport transport = SmartcardioTransport.open(terminalWith(chip))) {
            ChipAccess access = new ChipAccess(new SecureRandom());
            assertThrows(WrongPasswordException.class,
                    () -> access.open(transport, transport.extendedLength(), AccessKey.mrz(wrong)));
            OpenedChip opened = access.open(transport, transport.extendedLength(), AccessKey.mrz(right));
            assertEquals(AccessProtocol.BAC, opened.protocol());
        }
    }

    @Test
    void aBacOnlyCardCannotBeOpenedWithTheCan() throws Exception {
        VirtualChip chip = new VirtualChip(TestCards.card(CITIZEN, CardProfile.BAC_ONLY), new SecureRandom());
        try (SmartcardioTransport transport = SmartcardioTransport.open(terminalWith(chip))) {
            assertThrows(UnsupportedProtocolException.class, () -> new ChipAccess(new SecureRandom())
                    .open(transport, transport.extendedLength(), AccessKey.can(CITIZEN.can())));
        }
    }

    @Test
    void aTamperedResponseMacIsRejected() throws Exception {
        VirtualChip chip = new VirtualChip(TestCards.card(CITIZEN, CardProfile.CCCD_2021), new SecureRandom());
        TamperingCard tampering = new TamperingCard(chip);
        try (SmartcardioTransport transport = SmartcardioTransport.open(terminalWith(tampering))) {
            OpenedChip opened = new ChipAccess(new SecureRandom())
                    .open(transport, transport.extendedLength(), AccessKey.can(CITIZEN.can()));
            tampering.tamperNext = true;
            assertThrows(SecureMessagingException.class, () -> new FileReader(opened.channel()).readBySfi(1));
            assertTrue(tampering.tampered, "a response was altered on its way");
        }
    }

    private static AccessKey key(boolean useCan) {
        return useCan ? AccessKey.can(CITIZEN.can()) : AccessKey.mrz(CitizenMrz.keyOf(CITIZEN));
    }

    private static CardTerminal terminalWith(VirtualCard card) {
        return VirtualReaders.withCard(card).firstTerminal();
    }

    /** Flips one bit of the MAC in the next response, as a man in the middle would. */
    static final class TamperingCard extends ForwardingCard {
        volatile boolean tamperNext;
        volatile boolean tampered;

        TamperingCard(VirtualCard inner) {
            super(inner);
        }

        @Override
        public byte[] process(byte[] command) {
            byte[] response = super.process(command);
            if (tamperNext && response.length > 10) {
                tamperNext = false;
                tampered = true;
                response[response.length - 3] ^= 0x01;
            }
            return response;
        }
    }
}
