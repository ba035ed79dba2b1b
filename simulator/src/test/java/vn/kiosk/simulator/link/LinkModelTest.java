package vn.kiosk.simulator.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import vn.kiosk.simulator.card.TimedCard;
import vn.kiosk.simulator.card.VirtualCard;

class LinkModelTest {

    @Test
    void aReadOfAFullShortBlockOnTheDesktopPreset() {
        // 18-byte command: 1 frame, 22 bytes on air; 258-byte response: 2 frames of 252, 266 bytes.
        // (22 + 266) bytes * 8 bits / 424 kbit/s = 5433 microseconds, plus 2 ms turnaround and 3 ms chip.
        assertEquals(Duration.ofMillis(5).plusNanos(5_433_000), LinkModel.DESKTOP.exchange(18, 258));
    }

    @Test
    void theSlowPresetIsSlowerForTheSameBytes() {
        assertTrue(LinkModel.SLOW.exchange(18, 258).compareTo(LinkModel.DESKTOP.exchange(18, 258).multipliedBy(3)) > 0);
    }

    @Test
    void presetsByNameAndUnknownNames() {
        assertEquals(LinkModel.DESKTOP, LinkModel.named("desktop"));
        assertThrows(IllegalArgumentException.class, () -> LinkModel.named("warp"));
    }

    @Test
    void aTimedCardTakesAtLeastTheModelsTime() {
        VirtualCard instant = new VirtualCard() {
            @Override
            public byte[] atr() {
                return new byte[] {0x3B, 0};
            }

            @Override
            public void powerOn() {
            }

            @Override
            public byte[] process(byte[] command) {
                return new byte[258];
            }
        };
        long start = System.nanoTime();
        new TimedCard(instant, LinkModel.SLOW).process(new byte[18]);
        assertTrue(Duration.ofNanos(System.nanoTime() - start).compareTo(LinkModel.SLOW.exchange(18, 258)) >= 0);
    }
}
