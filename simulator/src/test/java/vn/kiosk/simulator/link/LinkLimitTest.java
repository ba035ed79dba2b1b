package vn.kiosk.simulator.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.kiosk.simulator.personalise.CardProfile;
import vn.kiosk.simulator.testing.TestCards;

/** The minimal read plan's sizes and counts, and the link limit over it, against hand-worked examples. */
class LinkLimitTest {
    /** EF.CardAccess 100, EF.SOD 1000, DG1 100, DG13 500, DG14 300, DG15 200, DG2 10 000; RSA-1024 AA. */
    private static final CardFiles EXTENDED = new CardFiles(100, 1000, 100, 500, 300, 200, 10_000, true, 128, true);
    private static final CardFiles SHORT_ONLY = new CardFiles(100, 1000, 100, 500, 300, 200, 10_000, false, 128, true);

    @Test
    void protectedApduSizes() {
        // READ BINARY, short: 0C B0 P1 P2 0D | 97 01 Le | 8E 08 mac | 00.
        assertEquals(19, SmSizes.command(0, true, false));
        // Extended: Lc 00 00 0E, 97 02 Le Le, Le 00 00.
        assertEquals(23, SmSizes.command(0, true, true));
        // 223 plain bytes pad to 224: 87 81 E1 01 <224>, 99 02 SW, 8E 08 mac, SW = 228 + 4 + 10 + 2.
        assertEquals(244, SmSizes.response(223));
        // FileReader's extended block, 7936 bytes: pad to 7952, 87 82 1F 11 01 <7952> = 7957, + 16.
        assertEquals(7973, SmSizes.response(7936));
        // SELECT of the application: 7 bytes of AID in DO'87' (19), DO'8E' (10), no DO'97'.
        assertEquals(35, SmSizes.command(7, false, false));
        assertEquals(16, SmSizes.response(0));
    }

    @Test
    void largestBlocks() {
        // Short: 256 data bytes at most: FileReader.SHORT_BLOCK.
        assertEquals(223, ReadPlan.largestBlock(false));
        // Through the JDK's 8192-byte receive buffer: 8159 pads to 8160, 8160 + 5 + 14 + 2 = 8181 (8160 would pad to 8176).
        assertEquals(8159, ReadPlan.largestBlock(true));
    }

    @Test
    void theMinimalPlanCountsEveryUnavoidableExchange() {
        ReadPlan plan = ReadPlan.minimal(EXTENDED);
        // CardAccess 1, MSE + 4 GA, SELECT, SOD 1, DG1 1, DG13 1.
        assertEquals(10, plan.identity().size());
        // DG14 1, CA 2, DG15 1, AA 1, DG2 2 (10 000 > 8159).
        assertEquals(7, plan.rest().size());
        ReadPlan shortOnly = ReadPlan.minimal(SHORT_ONLY);
        // SOD 1000/223 -> 5, DG13 500/223 -> 3.
        assertEquals(1 + 5 + 1 + 5 + 1 + 3, shortOnly.identity().size());
        // DG14 2, CA 2, DG15 1, AA 1, DG2 10 000/223 -> 45.
        assertEquals(2 + 2 + 1 + 1 + 45, shortOnly.rest().size());
    }

    @Test
    void paceAndAuthenticationSizes() {
        List<Exchange> identity = ReadPlan.minimal(EXTENDED).identity();
        assertExchange(identity.get(0), 5, 102, ChipOperation.READ_BINARY);
        assertExchange(identity.get(1), 23, 2, ChipOperation.PACE_SET_AT);
        assertExchange(identity.get(2), 8, 22, ChipOperation.PACE_NONCE);
        assertExchange(identity.get(3), 75, 71, ChipOperation.PACE_MAP);
        assertExchange(identity.get(4), 75, 71, ChipOperation.PACE_KEY_AGREEMENT);
        assertExchange(identity.get(5), 18, 14, ChipOperation.PACE_TOKEN);
        assertExchange(identity.get(6), 35, 16, ChipOperation.SELECT);
        List<Exchange> rest = ReadPlan.minimal(EXTENDED).rest();
        assertExchange(rest.get(1), 35, 16, ChipOperation.CA_SET_AT);
        // 7C 43 80 41 <65>: 69 bytes pad to 80: 87 51 01 <80> (83) + 97 01 00 + 8E (10): 4 + 1 + 96 + 1.
        assertExchange(rest.get(2), 102, 35, ChipOperation.CA_KEY_AGREEMENT);
        // 128-byte signature pads to 144: 87 81 91 01 <144> (148) + 16.
        assertExchange(rest.get(4), 38, 164, ChipOperation.AA_RSA);
    }

    @Test
    void withOnlyARoundTripTheLimitCountsExchanges() {
        LinkModel oneMillisecond = new LinkModel("round trips", RadioLink.INSTANT,
                new ReaderPath(Duration.ofMillis(1), 0), ChipTimings.NONE);
        LinkLimit limit = LinkLimit.of(oneMillisecond, EXTENDED);
        assertEquals(Duration.ofMillis(10), limit.identity());
        assertEquals(Duration.ofMillis(17), limit.fullRead());
        assertEquals(17, limit.fullReadApdus());
    }

    @Test
    void withOnlyTheChipTheLimitCountsPublicKeyOperations() {
        ChipTimings chip = new ChipTimings(14, Duration.ZERO, 0, Duration.ofMillis(100), Duration.ofMillis(50), Duration.ZERO);
        LinkLimit limit = LinkLimit.of(new LinkModel("chip", RadioLink.INSTANT, ReaderPath.NONE, chip), EXTENDED);
        // PACE: 3 + 2 scalar multiplications; then CA one more and an RSA signature.
        assertEquals(Duration.ofMillis(500), limit.identity());
        assertEquals(Duration.ofMillis(650), limit.fullRead());
    }

    @Test
    void shortApdusCostMoreOnEveryRealPreset() {
        for (LinkModel link : List.of(LinkModel.DESKTOP, LinkModel.FAST, LinkModel.SLOW)) {
            LinkLimit extended = LinkLimit.of(link, EXTENDED);
            LinkLimit shortOnly = LinkLimit.of(link, SHORT_ONLY);
            assertTrue(shortOnly.fullRead().compareTo(extended.fullRead()) > 0, link.name());
            assertTrue(extended.identity().compareTo(extended.fullRead()) < 0, link.name());
        }
    }

    @Test
    void aPersonalisedCardsFiles() {
        CardFiles files = CardFiles.of(TestCards.card(TestCards.citizen(3), CardProfile.CCCD_2021));
        assertTrue(files.extendedLength());
        assertTrue(files.aaRsa());
        assertEquals(128, files.aaSignatureBytes());
        assertTrue(files.dg2() > 8159, "the portrait needs two extended reads: " + files.dg2());
        CardFiles ecdsa = CardFiles.of(TestCards.card(TestCards.citizen(3), CardProfile.CAN_CUOC_2024));
        assertEquals(64, ecdsa.aaSignatureBytes());
    }

    private static void assertExchange(Exchange exchange, int command, int response, ChipOperation operation) {
        assertEquals(command, exchange.commandBytes(), exchange.what());
        assertEquals(response, exchange.responseBytes(), exchange.what());
        assertEquals(operation, exchange.operation(), exchange.what());
    }
}
