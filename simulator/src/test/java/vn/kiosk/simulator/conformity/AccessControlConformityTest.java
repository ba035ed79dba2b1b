package vn.kiosk.simulator.conformity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.kiosk.simulator.conformity.Conformity.HOLDER;
import static vn.kiosk.simulator.conformity.Conformity.TRUST;
import static vn.kiosk.simulator.conformity.Conformity.card;
import static vn.kiosk.simulator.conformity.Conformity.chip;
import static vn.kiosk.simulator.conformity.Conformity.read;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import vn.kiosk.reader.access.AccessKey;
import vn.kiosk.reader.access.AccessProtocol;
import vn.kiosk.reader.bac.MrzKey;
import vn.kiosk.reader.error.CardStatusException;
import vn.kiosk.reader.error.MalformedDataException;
import vn.kiosk.reader.error.ReaderException;
import vn.kiosk.reader.error.UnsupportedProtocolException;
import vn.kiosk.reader.error.WrongPasswordException;
import vn.kiosk.reader.lds.CardAccess;
import vn.kiosk.reader.lds.PaceInfo;
import vn.kiosk.reader.lds.SecurityInfoOids;
import vn.kiosk.reader.read.ReadEvent;
import vn.kiosk.reader.read.ReadOptions;
import vn.kiosk.simulator.card.RefusingCard;
import vn.kiosk.simulator.chip.ChipContent;
import vn.kiosk.simulator.personalise.CardProfile;
import vn.kiosk.simulator.personalise.CitizenMrz;

/**
 * ISO_PACE and ISO_BAC: opening the chip. A wrong password opens nothing; a chip whose
 * EF.CardAccess offers PACE is opened with PACE or not at all, never by falling back to BAC
 * (Doc 9303 Part 11, 4.2: a man in the middle could otherwise force the weaker protocol).
 * Every case runs the whole read ({@link vn.kiosk.reader.read.IdCardReader}) and watches the
 * commands the chip receives.
 */
class AccessControlConformityTest {

    @Test
    @DisplayName("IS_PACE_01 PACE with a wrong CAN")
    void wrongCanOpensNothing() throws Exception {
        Conformity.RecordingCard card = new Conformity.RecordingCard(chip(card()));

        assertThrows(WrongPasswordException.class, () -> read(card, AccessKey.can(wrong(HOLDER.can())),
                ReadOptions.of(TRUST)));

        assertNothingReadAndNoBac(card);
    }

    @Test
    @DisplayName("IS_PACE_02 PACE with a wrong MRZ, which BAC would also be tried with")
    void wrongMrzOnAPaceCardIsNotRetriedWithBac() throws Exception {
        Conformity.RecordingCard card = new Conformity.RecordingCard(chip(card()));

        assertThrows(WrongPasswordException.class, () -> read(card, AccessKey.mrz(wrongMrz()), ReadOptions.of(TRUST)));

        assertNothingReadAndNoBac(card);
        assertTrue(card.plain(0x86) > 0, "PACE ran");
    }

    @Test
    @DisplayName("IS_PACE_04 downgrade: the chip offers PACE in EF.CardAccess but refuses to run it")
    void refusedPaceDoesNotFallBackToBac() throws Exception {
        // With the right MRZ: BAC would open this chip, which is exactly what must not happen.
        for (int refusal : new int[] {0x6A80, 0x6985, 0x6D00}) {
            Conformity.RecordingCard card = new Conformity.RecordingCard(
                    RefusingCard.refusingPace(chip(card()), refusal));

            ReaderException failure = assertThrows(ReaderException.class,
                    () -> read(card, Conformity.mrz(), ReadOptions.of(TRUST)));

            assertTrue(failure instanceof UnsupportedProtocolException || failure instanceof CardStatusException,
                    String.format("%04X: %s", refusal, failure));
            assertNothingReadAndNoBac(card);
        }
    }

    @Test
    @DisplayName("IS_PACE_05 downgrade: EF.CardAccess offers only PACE variants the kiosk does not implement")
    void unsupportedPaceDoesNotFallBackToBac() throws Exception {
        ChipContent content = card().withCardAccess(Optional.of(new CardAccess(List.of(
                new PaceInfo(SecurityInfoOids.ID_PACE_DH_GM_AES_CBC_CMAC_128, 2, java.util.OptionalInt.of(2)),
                new PaceInfo(SecurityInfoOids.ID_PACE_ECDH_IM_AES_CBC_CMAC_128, 2, java.util.OptionalInt.of(13))))
                .encode()));
        Conformity.RecordingCard card = new Conformity.RecordingCard(chip(content));

        assertThrows(UnsupportedProtocolException.class, () -> read(card, Conformity.mrz(), ReadOptions.of(TRUST)));

        assertNothingReadAndNoBac(card);
    }

    @Test
    @DisplayName("IS_PACE_06 downgrade: EF.CardAccess present but malformed")
    void malformedCardAccessDoesNotFallBackToBac() throws Exception {
        byte[] garbage = {0x31, 0x06, 0x30, 0x04, 0x06, 0x09, 0x04, 0x00};
        Conformity.RecordingCard card = new Conformity.RecordingCard(chip(card().withCardAccess(Optional.of(garbage))));

        assertThrows(MalformedDataException.class, () -> read(card, Conformity.mrz(), ReadOptions.of(TRUST)));

        assertNothingReadAndNoBac(card);
    }

    @Test
    @DisplayName("IS_PACE_07 EF.CardAccess hidden by a man in the middle: BAC, and the read says so")
    void hiddenCardAccessIsReportedAsBac() throws Exception {
        RefusingCard hiding = RefusingCard.hidingCardAccess(chip(card()));

        // The CAN opens only PACE: a CAN holder cannot be downgraded at all.
        Conformity.RecordingCard withCan = new Conformity.RecordingCard(hiding);
        assertThrows(UnsupportedProtocolException.class, () -> read(withCan, Conformity.can(), ReadOptions.of(TRUST)));
        assertEquals(0, withCan.bacCommands());

        // With the MRZ the chip looks BAC-only, as an older chip would: the read names the protocol it used,
        // so a flow that expects PACE of a CCCD can refuse it.
        Conformity.Outcome outcome = read(hiding, Conformity.mrz(), ReadOptions.of(TRUST));
        assertTrue(hiding.refusals() > 0);
        assertEquals(AccessProtocol.BAC, outcome.read().stats().accessProtocol());
        assertEquals(List.of(new ReadEvent.ChannelOpened(AccessProtocol.BAC)),
                outcome.events(ReadEvent.ChannelOpened.class));
    }

    @Test
    @DisplayName("IS_BAC_01 BAC with a wrong MRZ")
    void wrongMrzOnABacCardOpensNothing() throws Exception {
        Conformity.RecordingCard card = new Conformity.RecordingCard(chip(card(CardProfile.BAC_ONLY)));

        WrongPasswordException failure = assertThrows(WrongPasswordException.class,
                () -> read(card, AccessKey.mrz(wrongMrz()), ReadOptions.of(TRUST)));

        assertInstanceOf(WrongPasswordException.class, failure);
        assertEquals(0, card.protectedCommands(), "a command went out under secure messaging");
        assertEquals(1, card.plain(0x82), "one EXTERNAL AUTHENTICATE, no retry");
    }

    @Test
    @DisplayName("IS_BAC_02 BAC-only chip and a CAN")
    void canOnABacOnlyCardIsUnsupported() throws Exception {
        Conformity.RecordingCard card = new Conformity.RecordingCard(chip(card(CardProfile.BAC_ONLY)));

        assertThrows(UnsupportedProtocolException.class, () -> read(card, Conformity.can(), ReadOptions.of(TRUST)));

        assertEquals(0, card.bacCommands());
        assertEquals(0, card.protectedCommands());
    }

    private static String wrong(String can) {
        return String.format("%06d", (Integer.parseInt(can) + 1) % 1_000_000);
    }

    private static MrzKey wrongMrz() {
        MrzKey right = CitizenMrz.keyOf(HOLDER);
        return new MrzKey(right.documentNumber(), right.dateOfBirth(), "301231");
    }

    private static void assertNothingReadAndNoBac(Conformity.RecordingCard card) {
        assertEquals(0, card.bacCommands(), "GET CHALLENGE or EXTERNAL AUTHENTICATE sent: a fall-back to BAC");
        assertEquals(0, card.protectedCommands(), "a command went out under secure messaging");
        assertEquals(0, card.plain(0xB0) - 1, "only EF.CardAccess was read");
    }
}
