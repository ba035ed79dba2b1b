package vn.kiosk.simulator.read;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.fail;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import vn.kiosk.reader.access.AccessKey;
import vn.kiosk.reader.error.ReaderException;
import vn.kiosk.reader.read.IdCardReader;
import vn.kiosk.reader.read.ReadOptions;
import vn.kiosk.reader.verify.TrustStore;
import vn.kiosk.simulator.card.ForwardingCard;
import vn.kiosk.simulator.chip.ChipContent;
import vn.kiosk.simulator.chip.VirtualChip;
import vn.kiosk.simulator.citizen.Citizen;
import vn.kiosk.simulator.pcsc.VirtualReaders;
import vn.kiosk.simulator.personalise.CardProfile;
import vn.kiosk.simulator.personalise.Personaliser;
import vn.kiosk.simulator.testing.TestCards;

/**
 * A card that starts answering garbage at some point of a read: whatever it says, the reader ends
 * with a result or a typed {@link ReaderException}, never another exception and never a hang.
 */
class HostileCardTest {
    private static final Citizen CITIZEN = TestCards.citizen(77);

    @Test
    void garbageFromTheCardAtAnyPointIsATypedFailureOrAResult() {
        ChipContent content = new Personaliser(TestCards.PKI, new SecureRandom()).personalise(CITIZEN,
                CardProfile.CCCD_2021, List.of());
        TrustStore trust = TrustStore.of(List.of(TestCards.PKI.csca().certificate()), List.of());
        for (int seed = 0; seed < 60; seed++) {
            GarbageCard card = new GarbageCard(new VirtualChip(content, new SecureRandom()), new Random(seed));
            int run = seed;
            assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
                try {
                    new IdCardReader(new SecureRandom()).read(VirtualReaders.withCard(card).firstTerminal(),
                            AccessKey.can(CITIZEN.can()), ReadOptions.of(trust), event -> { });
                } catch (ReaderException expected) {
                    // a typed failure is a correct outcome
                } catch (RuntimeException | Error e) {
                    fail("seed " + run + ": " + e, e);
                }
            });
        }
    }

    /** Answers truthfully for a random number of APDUs, then with random bytes, random status words. */
    static final class GarbageCard extends ForwardingCard {
        private final Random random;
        private int honest;

        GarbageCard(VirtualChip chip, Random random) {
            super(chip);
            this.random = random;
            this.honest = random.nextInt(25);
        }

        @Override
        public byte[] process(byte[] command) {
            byte[] truth = super.process(command);
            if (honest-- > 0) {
                return truth;
            }
            switch (random.nextInt(4)) {
                case 0:
                    return new byte[random.nextInt(2)];
                case 1: {
                    byte[] flipped = truth.clone();
                    flipped[random.nextInt(flipped.length)] ^= (byte) (1 + random.nextInt(255));
                    return flipped;
                }
                case 2: {
                    byte[] noise = new byte[2 + random.nextInt(300)];
                    random.nextBytes(noise);
                    noise[noise.length - 2] = (byte) 0x90;
                    noise[noise.length - 1] = 0x00;
                    return noise;
                }
                default: {
                    byte[] cut = java.util.Arrays.copyOf(truth, Math.max(2, random.nextInt(truth.length + 1)));
                    return cut;
                }
            }
        }
    }
}
