package vn.kiosk.simulator.conformity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.kiosk.simulator.conformity.Conformity.card;
import static vn.kiosk.simulator.conformity.Conformity.read;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import vn.kiosk.reader.aa.ActiveAuthentication;
import vn.kiosk.reader.aa.ActiveAuthenticationResult;
import vn.kiosk.reader.access.ChipAccess;
import vn.kiosk.reader.access.FileReader;
import vn.kiosk.reader.access.OpenedChip;
import vn.kiosk.reader.apdu.ApduChannel;
import vn.kiosk.reader.apdu.CommandApdu;
import vn.kiosk.reader.apdu.ResponseApdu;
import vn.kiosk.reader.error.ReaderException;
import vn.kiosk.reader.identity.Assurance;
import vn.kiosk.reader.lds.Dg14;
import vn.kiosk.reader.lds.Dg15;
import vn.kiosk.reader.read.ReadEvent;
import vn.kiosk.reader.read.Verification.Check;
import vn.kiosk.reader.transport.SmartcardioTransport;
import vn.kiosk.reader.verify.DataGroupVerdict;
import vn.kiosk.reader.verify.PassiveVerdict;
import vn.kiosk.simulator.chip.ChipContent;
import vn.kiosk.simulator.chip.ChipSecrets;
import vn.kiosk.simulator.pcsc.VirtualReaders;
import vn.kiosk.simulator.personalise.CardProfile;
import vn.kiosk.simulator.personalise.Fault;

/**
 * ISO_AA and ISO_CA: the clone checks. Active authentication (DG15, INTERNAL AUTHENTICATE) and
 * chip authentication (DG14, key agreement) prove the chip holds a private key a copy of the
 * files cannot have. Any failure is INVALID, never merely "not supported", and keeps the read
 * below CHIP_CLONE_CHECKED. The cases run for both AA key kinds the simulator issues: RSA with
 * ISO/IEC 9796-2 (CCCD 2021) and ECDSA (thẻ căn cước 2024).
 */
class CloneDetectionConformityTest {
    private static final List<CardProfile> AA_KINDS = List.of(CardProfile.CCCD_2021, CardProfile.CAN_CUOC_2024);

    @Test
    @DisplayName("IS_AA_02 chip signs the challenge with a key other than DG15's")
    void signatureByAnotherKeyIsInvalid() throws Exception {
        for (CardProfile profile : AA_KINDS) {
            Conformity.Outcome outcome = read(card(profile, Fault.parse("aa-wrong-key")));

            assertEquals(Check.INVALID, outcome.verification().active(), profile::toString);
            assertEquals(Check.VALID, outcome.verification().chip(), profile::toString);
            assertEquals(PassiveVerdict.VALID, outcome.verification().passive(), profile::toString);
            outcome.assertAssurance(Assurance.CHIP_UNVERIFIED);
            outcome.assertProblem("Active authentication:");
            assertEquals(List.of(new ReadEvent.ActiveAuthenticated(ActiveAuthenticationResult.Verdict.INVALID)),
                    outcome.events(ReadEvent.ActiveAuthenticated.class));
            // the evidence keeps the failed transcript, so a backend sees the same failure
            var transcript = outcome.read().evidence().activeAuthentication().orElseThrow();
            assertFalse(ActiveAuthentication.verify(Dg15.parse(outcome.read().evidence().dataGroups().get(15)),
                    Optional.of(Dg14.parse(outcome.read().evidence().dataGroups().get(14))), transcript.challenge(),
                    transcript.signature()).isValid());
        }
    }

    @Test
    @DisplayName("IS_AA_03 chip signs a challenge other than the one the kiosk sent")
    void signatureOverAnotherChallengeIsInvalid() throws Exception {
        for (CardProfile profile : AA_KINDS) {
            ChipContent content = card(profile);
            byte[] sent = HexFormat.of().parseHex("0123456789ABCDEF");
            byte[] signed = HexFormat.of().parseHex("0123456789ABCDEE");
            try (SmartcardioTransport transport = SmartcardioTransport.open(
                    VirtualReaders.withCard(Conformity.chip(content)).firstTerminal())) {
                OpenedChip chip = new ChipAccess(new SecureRandom()).open(transport, transport.extendedLength(),
                        Conformity.can());
                FileReader files = new FileReader(chip.channel());
                Dg14 dg14 = Dg14.parse(files.readBySfi(14));
                Dg15 dg15 = Dg15.parse(files.readBySfi(15));

                ActiveAuthenticationResult result = ActiveAuthentication.perform(
                        new ChallengeSwapping(chip.channel(), signed), Optional.of(dg15), Optional.of(dg14), sent);

                assertEquals(ActiveAuthenticationResult.Verdict.INVALID, result.verdict(), profile::toString);
                assertArrayEquals(sent, result.challenge(), "judged against the challenge the kiosk sent");
                // the chip's signature is genuine, for the challenge it chose: only the echo is wrong
                assertTrue(ActiveAuthentication.verify(dg15, Optional.of(dg14), signed, result.signature()).isValid(),
                        profile::toString);
            }
        }
    }

    @Test
    @DisplayName("IS_AA_04 chip refuses INTERNAL AUTHENTICATE although DG15 holds a key")
    void activeAuthenticationRefusalIsInvalid() throws Exception {
        ChipContent genuine = card();
        ChipContent withoutAaKey = genuine.withSecrets(new ChipSecrets(Optional.empty(),
                genuine.secrets().chipAuthentication()));

        Conformity.Outcome outcome = read(withoutAaKey);

        assertEquals(Check.INVALID, outcome.verification().active());
        assertEquals(Check.VALID, outcome.verification().chip());
        outcome.assertAssurance(Assurance.CHIP_UNVERIFIED);
        outcome.assertProblem("refused INTERNAL AUTHENTICATE");
    }

    @Test
    @DisplayName("IS_CA_01 chip's chip authentication key does not match DG14")
    void chipAuthenticationKeyNotMatchingDg14IsInvalid() throws Exception {
        Conformity.Outcome outcome = read(card(Fault.parse("ca-wrong-key")));

        assertEquals(Check.INVALID, outcome.verification().chip());
        outcome.assertAssurance(Assurance.CHIP_UNVERIFIED);
        outcome.assertProblem("does not hold the private key of DG14");
        // both ends disagree on the keys now: nothing more is read, nor trusted
        outcome.assertProblem("nothing more was read");
        assertEquals(Check.NOT_CHECKED, outcome.verification().active());
        assertTrue(outcome.read().photo().isEmpty());
        assertFalse(outcome.read().evidence().dataGroups().containsKey(15));
        assertEquals(DataGroupVerdict.VALID, outcome.verification().dataGroups().get(14), "DG14 itself is genuine");
    }

    @Test
    @DisplayName("IS_CA_02 chip refuses chip authentication although DG14 holds a key")
    void chipAuthenticationRefusalIsInvalid() throws Exception {
        ChipContent genuine = card();
        ChipContent withoutCaKey = genuine.withSecrets(new ChipSecrets(genuine.secrets().activeAuthentication(),
                Optional.empty()));

        Conformity.Outcome outcome = read(withoutCaKey);

        assertEquals(Check.INVALID, outcome.verification().chip());
        outcome.assertAssurance(Assurance.CHIP_UNVERIFIED);
        outcome.assertProblem("Chip authentication: the chip refused");
        // the refusal came under the old keys, which still work: the read goes on
        assertEquals(Check.VALID, outcome.verification().active());
        assertTrue(outcome.read().photo().isPresent());
    }

    /** Between the kiosk's active authentication and the secure channel: the chip is asked to sign another challenge. */
    private static final class ChallengeSwapping implements ApduChannel {
        private final ApduChannel channel;
        private final byte[] challenge;

        ChallengeSwapping(ApduChannel channel, byte[] challenge) {
            this.channel = channel;
            this.challenge = challenge;
        }

        @Override
        public ResponseApdu send(CommandApdu command) throws ReaderException {
            return channel.send(command.ins() == 0x88
                    ? new CommandApdu(command.cla(), command.ins(), command.p1(), command.p2(), challenge, command.ne())
                    : command);
        }

        @Override
        public boolean extendedLength() {
            return channel.extendedLength();
        }
    }
}
