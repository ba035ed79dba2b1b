package vn.kiosk.simulator.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** Exchange times of each preset against figures worked out by hand from README.md's formulas. */
class LinkModelTest {

    @Test
    void bitPeriodsAndFrameDelayFromTheCarrier() {
        // 128/fc = 128 / 13.56 MHz = 9.439528 us; fc/32 is a quarter of that; 1172/fc = 86.430678 us.
        assertEquals(9_439_528, new RadioLink(106, 64, 64, 1).bitPicos());
        assertEquals(2_359_882, new RadioLink(424, 256, 256, 1).bitPicos());
        assertEquals(1_179_941, new RadioLink(848, 256, 256, 1).bitPicos());
        assertEquals(86_430_678, RadioLink.FRAME_DELAY_PICOS);
        // FWT = 256 * 16 / fc * 2^8 = 302.064896 us * 256 = 77.33 ms.
        assertEquals(77_328_613_376L, ChipTimings.CCCD.frameWaitingPicos());
    }

    @Test
    void aProtectedShortReadOnTheDesktopPreset() {
        // READ BINARY of 223 bytes under secure messaging: 19-byte command, 244-byte response.
        // USB and host: 2 ms + 1 us * 263 bytes                       = 2 263 000 000 ps
        // command: one I-block, 2 + 9 * (1 + 19 + 2) = 200 bits * 2 359 882 ps =   471 976 400 ps
        // chip: 1 ms + 2 us * 263 protected bytes (no S(WTX))         = 1 526 000 000 ps
        // response: one I-block, 2 + 9 * (1 + 244 + 2) = 2225 bits   = 5 250 737 450 ps
        assertEquals(9_511_713, LinkModel.DESKTOP.exchangeNanos(19, 244, ChipOperation.READ_BINARY, true));
    }

    @Test
    void aChainedPaceMappingStepOnTheSlowPreset() {
        // GENERAL AUTHENTICATE 7C/81: 75-byte command, 71-byte response; frames carry 64 - 3 = 61 bytes.
        // USB and host: 4 ms + 1 us * 146 bytes                              =   4 146 000 000 ps
        // command: 2 I-blocks, 2 * 29 + 9 * 75 = 733 bits * 9 439 528 ps        =   6 919 174 024 ps
        //   one R(ACK) from the card: 29 bits = 273 746 312, and 2 frame delays = 172 861 356
        // chip: 1 ms + 3 scalar multiplications of 180 ms                    = 541 000 000 000 ps
        //   541 ms / 77.33 ms FWT = 6 S(WTX) pairs, each 2 * (38 bits + 1 FDT) =   5 341 592 904 ps
        // response: 2 I-blocks, 2 * 29 + 9 * 71 = 697 bits                     =   6 579 351 016 ps
        //   one R(ACK) from the reader and 2 frame delays                   =     446 607 668 ps
        long expectedPicos = 4_146_000_000L + 6_919_174_024L + 273_746_312L + 172_861_356L + 541_000_000_000L
                + 5_341_592_904L + 6_579_351_016L + 273_746_312L + 172_861_356L;
        assertEquals(expectedPicos / 1000, LinkModel.SLOW.exchangeNanos(75, 71, ChipOperation.PACE_MAP, false));
    }

    @Test
    void chainingOnlyWhenTheApduOutgrowsTheFrame() {
        RadioLink slow = LinkModel.SLOW.radio();
        // 61 bytes fit one 64-byte frame; 62 need a second block, an R(ACK) and two frame delays more.
        long one = slow.commandPicos(61);
        long two = slow.commandPicos(62);
        long secondBlockOverhead = (2 + 9 * 3) * slow.bitPicos();
        long acknowledgement = (2 + 9 * 3) * slow.bitPicos() + 2 * RadioLink.FRAME_DELAY_PICOS;
        assertEquals(one + 9 * slow.bitPicos() + secondBlockOverhead + acknowledgement, two);
        assertEquals(1, RadioLink.blocks(253, LinkModel.DESKTOP.radio().informationToCard()));
        assertEquals(2, RadioLink.blocks(254, LinkModel.DESKTOP.radio().informationToCard()));
    }

    @Test
    void theChipTimesPaceInScalarMultiplications() {
        ChipTimings chip = ChipTimings.CCCD;
        long perCommand = chip.perCommand().toNanos() * 1000;
        long multiply = chip.ecMultiply().toNanos() * 1000;
        assertEquals(perCommand + 3 * multiply, chip.processingPicos(ChipOperation.PACE_MAP, 75, 71, false));
        assertEquals(perCommand + 2 * multiply, chip.processingPicos(ChipOperation.PACE_KEY_AGREEMENT, 75, 71, false));
        // Secure messaging costs per protected byte; a plain command of the same size does not.
        assertEquals(perCommand + 2_000_000L * 300, chip.processingPicos(ChipOperation.READ_BINARY, 100, 200, true));
        assertEquals(perCommand, chip.processingPicos(ChipOperation.READ_BINARY, 100, 200, false));
    }

    @Test
    void paceTakesWellUnderTwoSecondsOnTheDesktopPreset() {
        long pace = LinkModel.DESKTOP.exchangeNanos(23, 2, ChipOperation.PACE_SET_AT, false)
                + LinkModel.DESKTOP.exchangeNanos(8, 22, ChipOperation.PACE_NONCE, false)
                + LinkModel.DESKTOP.exchangeNanos(75, 71, ChipOperation.PACE_MAP, false)
                + LinkModel.DESKTOP.exchangeNanos(75, 71, ChipOperation.PACE_KEY_AGREEMENT, false)
                + LinkModel.DESKTOP.exchangeNanos(18, 14, ChipOperation.PACE_TOKEN, false);
        assertTrue(pace > 800_000_000L && pace < 1_500_000_000L, "PACE " + pace / 1_000_000 + " ms");
    }

    @Test
    void theIdealLinkTakesNoTime() {
        assertEquals(0, LinkModel.IDEAL.exchangeNanos(23, 7973, ChipOperation.PACE_MAP, true));
        assertEquals(Duration.ZERO, LinkModel.IDEAL.exchange(5, 258));
    }

    @Test
    void fasterPresetsAreFasterForTheSameExchange() {
        long slow = LinkModel.SLOW.exchangeNanos(23, 7973, ChipOperation.READ_BINARY, true);
        long desktop = LinkModel.DESKTOP.exchangeNanos(23, 7973, ChipOperation.READ_BINARY, true);
        long fast = LinkModel.FAST.exchangeNanos(23, 7973, ChipOperation.READ_BINARY, true);
        assertTrue(slow > 3 * desktop && desktop > fast, slow + " " + desktop + " " + fast);
    }

    @Test
    void presetsByNameAndUnknownNames() {
        assertEquals(LinkModel.DESKTOP, LinkModel.named("desktop"));
        assertEquals(LinkModel.FAST, LinkModel.named("fast"));
        assertEquals(LinkModel.IDEAL, LinkModel.named("ideal"));
        assertEquals(LinkModel.SLOW, LinkModel.named("slow"));
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> LinkModel.named("warp"));
        assertTrue(unknown.getMessage().contains("ideal, desktop, fast, slow"), unknown.getMessage());
    }

    @Test
    void onlyIsoBitRates() {
        assertThrows(IllegalArgumentException.class, () -> new RadioLink(300, 256, 256, 1));
        assertThrows(IllegalArgumentException.class, () -> new RadioLink(106, 3, 256, 1));
    }
}
