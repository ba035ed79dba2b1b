package vn.kiosk.simulator.conformity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static vn.kiosk.simulator.conformity.Conformity.TRUST;
import static vn.kiosk.simulator.conformity.Conformity.card;
import static vn.kiosk.simulator.conformity.Conformity.chip;
import static vn.kiosk.simulator.conformity.Conformity.read;

import java.security.SecureRandom;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import vn.kiosk.reader.access.ChipAccess;
import vn.kiosk.reader.access.FileReader;
import vn.kiosk.reader.access.OpenedChip;
import vn.kiosk.reader.error.SecureMessagingException;
import vn.kiosk.reader.identity.Assurance;
import vn.kiosk.reader.read.ReadOptions;
import vn.kiosk.reader.read.Verification.Check;
import vn.kiosk.reader.transport.SmartcardioTransport;
import vn.kiosk.simulator.card.SecureMessagingFaultCard;
import vn.kiosk.simulator.card.SecureMessagingFaultCard.Spoil;
import vn.kiosk.simulator.chip.ChipContent;
import vn.kiosk.simulator.pcsc.VirtualReaders;

/**
 * ISO_SM: secure messaging (Doc 9303 Part 11, 9.8). A protected response is used only after its
 * MAC, computed over the send-sequence counter, has been checked; a response without a MAC, with a
 * wrong one, or MACed under another counter value (a replay) ends the session: the reader throws
 * {@link SecureMessagingException} and sends nothing more through that channel.
 */
class SecureMessagingConformityTest {
    /** After PACE: SELECT of the application is response 1, the first READ BINARY of EF.SOD response 2. */
    private static final int DURING_THE_SOD = 3;

    @Test
    @DisplayName("IS_SM_01 protected response without its MAC (DO'8E')")
    void responseWithoutMacEndsTheSession() throws Exception {
        assertRefusedAndStopped(Spoil.DROP_MAC);
    }

    @Test
    @DisplayName("IS_SM_02 protected response with a wrong MAC")
    void responseWithWrongMacEndsTheSession() throws Exception {
        assertRefusedAndStopped(Spoil.WRONG_MAC);
    }

    @Test
    @DisplayName("IS_SM_03 earlier protected response replayed (MACed under another send-sequence counter)")
    void replayedResponseEndsTheSession() throws Exception {
        assertRefusedAndStopped(Spoil.REPLAY);
    }

    @Test
    @DisplayName("IS_SM_04 unprotected 9000 in answer to a protected command")
    void unprotectedSuccessEndsTheSession() throws Exception {
        assertRefusedAndStopped(Spoil.UNPROTECTED_SUCCESS);
    }

    @Test
    @DisplayName("IS_SM_05 wrong MAC at any protected response of a whole read")
    void wrongMacAnywhereNeverYieldsAVerifiedRead() throws Exception {
        ChipContent content = card();
        ReadOptions options = ReadOptions.of(TRUST).withPhoto(false);
        Conformity.RecordingCard genuine = new Conformity.RecordingCard(chip(content));
        read(genuine, Conformity.can(), options);
        long protectedResponses = genuine.protectedCommands();
        assertTrue(protectedResponses >= 8, "protected responses in a read: " + protectedResponses);

        int chipAuthenticationFailures = 0;
        for (int at = 1; at <= protectedResponses; at++) {
            SecureMessagingFaultCard card = new SecureMessagingFaultCard(chip(content), Spoil.WRONG_MAC, at);
            try {
                Conformity.Outcome outcome = read(card, Conformity.can(), options);
                // Only the first response under chip authentication's new keys may fail without an
                // exception: that failure is chip authentication's verdict.
                assertEquals(Check.INVALID, outcome.verification().chip(), "response " + at);
                outcome.assertAssurance(Assurance.CHIP_UNVERIFIED);
                chipAuthenticationFailures++;
            } catch (SecureMessagingException expected) {
                // the session ended
            } catch (Exception e) {
                fail("response " + at + ": " + e, e);
            }
            assertTrue(card.spoiled(), "response " + at);
            assertEquals(0, card.commandsAfterSpoiling(), "commands after spoiled response " + at);
        }
        assertEquals(1, chipAuthenticationFailures, "the chip authentication probe is one response");
    }

    /**
     * The whole read throws and sends nothing after the spoiled response; and on a channel opened
     * by hand, the failed channel refuses to send anything more.
     */
    private static void assertRefusedAndStopped(Spoil spoil) throws Exception {
        ChipContent content = card();

        SecureMessagingFaultCard duringRead = new SecureMessagingFaultCard(chip(content), spoil, DURING_THE_SOD);
        assertThrows(SecureMessagingException.class, () -> read(duringRead, Conformity.can(), ReadOptions.of(TRUST)));
        assertTrue(duringRead.spoiled());
        assertEquals(0, duringRead.commandsAfterSpoiling(), "the read went on after a secure-messaging failure");

        SecureMessagingFaultCard onChannel = new SecureMessagingFaultCard(chip(content), spoil, 2);
        try (SmartcardioTransport transport = SmartcardioTransport.open(
                VirtualReaders.withCard(onChannel).firstTerminal())) {
            OpenedChip chip = new ChipAccess(new SecureRandom()).open(transport, transport.extendedLength(),
                    Conformity.can());
            FileReader files = new FileReader(chip.channel());
            assertThrows(SecureMessagingException.class, () -> files.readBySfi(1));
            assertThrows(SecureMessagingException.class, () -> files.readBySfi(1), "the broken channel was used again");
            assertEquals(0, onChannel.commandsAfterSpoiling(), "a command went out on the broken channel");
        }
    }
}
