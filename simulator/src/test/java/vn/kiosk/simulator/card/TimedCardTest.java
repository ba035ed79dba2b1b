package vn.kiosk.simulator.card;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;

import org.jmrtd.PACEKeySpec;
import org.jmrtd.PassportService;
import org.jmrtd.lds.PACEInfo;
import org.junit.jupiter.api.Test;

import vn.kiosk.reader.access.AccessKey;
import vn.kiosk.reader.access.ChipAccess;
import vn.kiosk.reader.lds.SecurityInfoOids;
import vn.kiosk.reader.read.IdCardReader;
import vn.kiosk.reader.read.ReadOptions;
import vn.kiosk.reader.verify.TrustStore;
import vn.kiosk.simulator.chip.ChipContent;
import vn.kiosk.simulator.chip.VirtualChip;
import vn.kiosk.simulator.chip.aa.ChipCardService;
import vn.kiosk.simulator.citizen.Citizen;
import vn.kiosk.simulator.link.ChipOperation;
import vn.kiosk.simulator.link.LinkModel;
import vn.kiosk.simulator.pcsc.VirtualReaders;
import vn.kiosk.simulator.personalise.CardProfile;
import vn.kiosk.simulator.testing.TestCards;

/** A timed card tells the chip's work from real sessions' APDUs, ours and JMRTD's, with nothing from the chip. */
class TimedCardTest {
    private static final Citizen CITIZEN = TestCards.citizen(11);
    private static final List<ChipOperation> PACE = List.of(ChipOperation.PACE_SET_AT, ChipOperation.PACE_NONCE,
            ChipOperation.PACE_MAP, ChipOperation.PACE_KEY_AGREEMENT, ChipOperation.PACE_TOKEN);

    @Test
    void ourPaceStepsAreToldApart() throws Exception {
        Recorder card = new Recorder(new VirtualChip(TestCards.card(CITIZEN, CardProfile.CCCD_2021), new SecureRandom()));
        card.powerOn();
        new ChipAccess(new SecureRandom()).open(card::process, true, AccessKey.can(CITIZEN.can()));

        List<ChipOperation> expected = new ArrayList<>();
        expected.add(ChipOperation.READ_BINARY);
        expected.addAll(PACE);
        expected.add(ChipOperation.SELECT);
        assertEquals(expected, card.operations);
    }

    @Test
    void jmrtdsPaceStepsAreToldApartToo() throws Exception {
        Recorder card = new Recorder(new VirtualChip(TestCards.card(CITIZEN, CardProfile.CCCD_2021), new SecureRandom()));
        PassportService passport = new PassportService(new ChipCardService(card), PassportService.NORMAL_MAX_TRANCEIVE_LENGTH,
                PassportService.DEFAULT_MAX_BLOCKSIZE, false, true);
        passport.open();
        passport.doPACE(PACEKeySpec.createCANKey(CITIZEN.can()), SecurityInfoOids.ID_PACE_ECDH_GM_AES_CBC_CMAC_128,
                PACEInfo.toParameterSpec(13), BigInteger.valueOf(13));
        passport.sendSelectApplet(true);

        List<ChipOperation> expected = new ArrayList<>(PACE);
        expected.add(ChipOperation.SELECT);
        assertEquals(expected, card.operations);
    }

    @Test
    void chipAndActiveAuthenticationOfAFullRead() throws Exception {
        for (CardProfile profile : List.of(CardProfile.CCCD_2021, CardProfile.CAN_CUOC_2024)) {
            ChipContent content = TestCards.card(CITIZEN, profile);
            Recorder card = new Recorder(new VirtualChip(content, new SecureRandom()));
            TrustStore trust = TrustStore.of(List.of(TestCards.PKI.csca().certificate()), List.of(TestCards.PKI.crl()));
            new IdCardReader(new SecureRandom()).read(VirtualReaders.withCard(card).firstTerminal(),
                    AccessKey.can(CITIZEN.can()), ReadOptions.of(trust), event -> { });

            assertTrue(card.operations.containsAll(List.of(ChipOperation.CA_SET_AT, ChipOperation.CA_KEY_AGREEMENT)),
                    card.operations::toString);
            ChipOperation aa = profile == CardProfile.CCCD_2021 ? ChipOperation.AA_RSA : ChipOperation.AA_ECDSA;
            assertEquals(1, card.operations.stream().filter(aa::equals).count(), card.operations::toString);
            assertTrue(card.operations.stream().noneMatch(ChipOperation.OTHER::equals), card.operations::toString);
        }
    }

    @Test
    void theWaitCoversTheChipsOwnTime() {
        long[] now = {1_000};
        long[] waitedUntil = {-1};
        VirtualCard busyChip = answering9000(() -> now[0] += 30_000_000); // the simulation itself took 30 ms
        byte[] select = {0x00, (byte) 0xA4, 0x04, 0x0C, 0x01, 0x00};
        new TimedCard(busyChip, LinkModel.DESKTOP, () -> now[0], deadline -> waitedUntil[0] = deadline).process(select);
        // The deadline counts from before the chip ran, so the chip's 30 ms are inside the model's time.
        assertEquals(1_000 + LinkModel.DESKTOP.exchangeNanos(select.length, 2, ChipOperation.SELECT, false), waitedUntil[0]);
    }

    @Test
    void theDelayIsReal() {
        VirtualCard instant = answering9000(() -> { });
        byte[] select = {0x00, (byte) 0xA4, 0x04, 0x0C, 0x01, 0x00};
        long start = System.nanoTime();
        new TimedCard(instant, LinkModel.SLOW).process(select);
        assertTrue(System.nanoTime() - start >= LinkModel.SLOW.exchangeNanos(select.length, 2, ChipOperation.SELECT, false));
    }

    /** A chip that answers every command with 9000, after {@code work}. */
    private static VirtualCard answering9000(Runnable work) {
        return new VirtualCard() {
            @Override
            public byte[] atr() {
                return new byte[] {0x3B, 0};
            }

            @Override
            public void powerOn() {
            }

            @Override
            public byte[] process(byte[] command) {
                work.run();
                return new byte[] {(byte) 0x90, 0};
            }
        };
    }

    /** Writes down what each exchange asked of the chip. */
    private static final class Recorder extends ForwardingCard {
        private final List<ChipOperation> operations = new ArrayList<>();

        Recorder(VirtualCard inner) {
            super(inner);
        }

        @Override
        public byte[] process(byte[] command) {
            byte[] response = super.process(command);
            operations.add(ChipOperation.of(command, response));
            return response;
        }
    }
}
