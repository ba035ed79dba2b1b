package vn.kiosk.simulator.conformity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.kiosk.simulator.conformity.Conformity.PKI;
import static vn.kiosk.simulator.conformity.Conformity.TRUST;
import static vn.kiosk.simulator.conformity.Conformity.card;
import static vn.kiosk.simulator.conformity.Conformity.read;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import vn.kiosk.reader.identity.Assurance;
import vn.kiosk.reader.read.ReadEvent;
import vn.kiosk.reader.read.ReadOptions;
import vn.kiosk.reader.read.Verification.Check;
import vn.kiosk.reader.verify.DataGroupVerdict;
import vn.kiosk.reader.verify.PassiveVerdict;
import vn.kiosk.reader.verify.TrustStore;
import vn.kiosk.simulator.chip.ChipContent;
import vn.kiosk.simulator.chip.ElementaryFiles;
import vn.kiosk.simulator.personalise.CardProfile;
import vn.kiosk.simulator.personalise.Fault;
import vn.kiosk.simulator.pki.CscaRollover;
import vn.kiosk.simulator.pki.TestPki;

/**
 * ISO_PA: passive authentication as the kiosk runs it at the end of a read (Doc 9303 Part 11,
 * 5.1): the SOD's signature, its hash algorithm, every data group's hash, and the document
 * signer's path to a CSCA the operator trusts, with validity, key usage, revocation and link
 * certificates. Every case reads a card personalised for it through the real reader.
 */
class PassiveAuthenticationConformityTest {

    @Test
    @DisplayName("IS_PA_01 genuine card: every check passes")
    void genuineCardIsValid() throws Exception {
        Conformity.Outcome outcome = read(card());

        assertEquals(PassiveVerdict.VALID, outcome.verification().passive(), outcome.verification()::toString);
        for (int dg : new int[] {1, 2, 13, 14, 15}) {
            assertEquals(DataGroupVerdict.VALID, outcome.verification().dataGroups().get(dg), "DG" + dg);
        }
        assertEquals(Check.VALID, outcome.verification().chip());
        assertEquals(Check.VALID, outcome.verification().active());
        outcome.assertAssurance(Assurance.CHIP_CLONE_CHECKED);
        assertTrue(outcome.verification().problems().isEmpty(), outcome.verification().problems()::toString);
    }

    @Test
    @DisplayName("IS_PA_02 SOD signed with a key other than its document signer certificate's")
    void signatureByAnotherKeyIsInvalid() throws Exception {
        Conformity.Outcome outcome = read(card(Fault.parse("wrong-signature")));

        assertInvalid(outcome);
        outcome.assertProblem("signature does not verify");
        // the hashes themselves are right: only the signature is
        assertEquals(DataGroupVerdict.VALID, outcome.verification().dataGroups().get(1));
    }

    @Test
    @DisplayName("IS_PA_04 SOD names a hash algorithm its hashes were not made with")
    void hashAlgorithmIdentifierNotMatchingTheHashesIsInvalid() throws Exception {
        Conformity.Outcome outcome = read(card(Fault.parse("wrong-hash-algorithm")));

        assertInvalid(outcome);
        for (int dg : new int[] {1, 2, 13, 14, 15}) {
            assertEquals(DataGroupVerdict.INVALID, outcome.verification().dataGroups().get(dg), "DG" + dg);
        }
    }

    @Test
    @DisplayName("IS_PA_05 SOD names a hash algorithm Doc 9303 does not allow (MD5)")
    void disallowedHashAlgorithmIsInvalid() throws Exception {
        Conformity.Outcome outcome = read(card(Fault.parse("unknown-hash-algorithm")));

        assertInvalid(outcome);
        outcome.assertProblem("1.2.840.113549.2.5");
        assertEquals(DataGroupVerdict.NOT_CHECKED, outcome.verification().dataGroups().get(1));
    }

    @Test
    @DisplayName("IS_PA_06 DG1 (MRZ) changed after signing")
    void forgedDg1IsInvalid() throws Exception {
        assertOnlyThisGroupInvalid(read(card(new Fault.ForgedDataGroup(1))), 1);
    }

    @Test
    @DisplayName("IS_PA_07 DG2 (portrait) changed after signing")
    void forgedDg2IsInvalid() throws Exception {
        Conformity.Outcome outcome = read(card(new Fault.ForgedDataGroup(2)));
        assertOnlyThisGroupInvalid(outcome, 2);
        // the early identity verdict covers DG1 and DG13 only; the final one catches the photo
        assertEquals(List.of(new ReadEvent.IdentityVerified(PassiveVerdict.VALID)),
                outcome.events(ReadEvent.IdentityVerified.class));
    }

    @Test
    @DisplayName("IS_PA_08 DG13 (personal data) changed after signing")
    void forgedDg13IsInvalid() throws Exception {
        Conformity.Outcome outcome = read(card(new Fault.ForgedDataGroup(13)));
        assertOnlyThisGroupInvalid(outcome, 13);
        assertEquals(List.of(new ReadEvent.IdentityVerified(PassiveVerdict.INVALID)),
                outcome.events(ReadEvent.IdentityVerified.class));
    }

    @Test
    @DisplayName("IS_PA_09 DG14 replaced by one with a forger's chip authentication key that the chip holds")
    void forgedDg14FailsPassiveAuthenticationThoughChipAuthenticationPasses() throws Exception {
        Conformity.Outcome outcome = read(card(Fault.parse("forged-dg14")));

        assertOnlyThisGroupInvalid(outcome, 14);
        assertEquals(Check.VALID, outcome.verification().chip(), "the forger's chip proves the forger's key");
    }

    @Test
    @DisplayName("IS_PA_10 DG15 replaced by one with a forger's active authentication key that the chip holds")
    void forgedDg15FailsPassiveAuthenticationThoughActiveAuthenticationPasses() throws Exception {
        Conformity.Outcome outcome = read(card(Fault.parse("forged-dg15")));

        assertOnlyThisGroupInvalid(outcome, 15);
        assertEquals(Check.VALID, outcome.verification().active(), "the forger's chip proves the forger's key");
    }

    @Test
    @DisplayName("IS_PA_11 SOD lists a wrong hash for DG1, signed as such")
    void signedWrongHashIsInvalid() throws Exception {
        assertOnlyThisGroupInvalid(read(card(new Fault.WrongHash())), 1);
    }

    @Test
    @DisplayName("IS_PA_12 document signer issued by a CSCA the operator does not trust")
    void signerUnderAnUntrustedCscaIsUntrusted() throws Exception {
        Conformity.Outcome outcome = read(card(new Fault.UntrustedSigner()));

        assertUntrusted(outcome);
        outcome.assertProblem("no trusted CSCA");
    }

    @Test
    @DisplayName("IS_PA_13 trust store without any CSCA")
    void noTrustAnchorsTrustNothing() throws Exception {
        Conformity.Outcome outcome = read(card(), ReadOptions.of(TrustStore.empty()));

        assertUntrusted(outcome);
        outcome.assertProblem("holds no CSCA");
    }

    @Test
    @DisplayName("IS_PA_14 document signer certificate expired before the SOD was signed")
    void signerExpiredAtSigningTimeIsUntrusted() throws Exception {
        Conformity.Outcome outcome = read(card(new Fault.ExpiredSigner()));

        assertUntrusted(outcome);
        outcome.assertProblem("expired on");
    }

    @Test
    @DisplayName("IS_PA_15 document signer certificate not yet valid when the SOD was signed")
    void signerNotYetValidIsUntrusted() throws Exception {
        Conformity.Outcome outcome = read(card(Fault.parse("not-yet-valid-signer")));

        assertUntrusted(outcome);
        outcome.assertProblem("is not valid before");
    }

    @Test
    @DisplayName("IS_PA_16 document signer and CSCA expired today, valid when the SOD was signed")
    void certificatesExpiredSinceSigningStillVerify() throws Exception {
        // Eleven years on: the DS (10 years and 90 days) and the CSCA have expired; CCCDs outlive both.
        Clock later = Clock.offset(Clock.systemUTC(), Duration.ofDays(11 * 365));
        Conformity.Outcome outcome = read(card(), new ReadOptions(false, Optional.empty(), TRUST, later));

        assertEquals(PassiveVerdict.VALID, outcome.verification().passive(), outcome.verification()::toString);
        outcome.assertAssurance(Assurance.CHIP_CLONE_CHECKED);
    }

    @Test
    @DisplayName("IS_PA_18 SOD signed after the kiosk's clock")
    void signingTimeInTheFutureIsUntrusted() throws Exception {
        Clock behind = Clock.offset(Clock.systemUTC(), Duration.ofHours(-1));
        Conformity.Outcome outcome = read(card(), new ReadOptions(true, Optional.empty(), TRUST, behind));

        assertUntrusted(outcome);
        outcome.assertProblem("after the kiosk's clock");
    }

    @Test
    @DisplayName("IS_PA_19 document signer revoked by the CSCA's CRL")
    void revokedSignerIsInvalid() throws Exception {
        TrustStore withCrl = TrustStore.of(List.of(PKI.csca().certificate()),
                List.of(PKI.crlRevoking(PKI.documentSigner().certificate())));

        Conformity.Outcome outcome = read(card(), ReadOptions.of(withCrl));

        assertInvalid(outcome);
        outcome.assertProblem("was revoked");
        assertEquals(DataGroupVerdict.VALID, outcome.verification().dataGroups().get(1), "the data itself is intact");
    }

    @Test
    @DisplayName("IS_PA_21 document signer certificate without the digitalSignature key usage")
    void signerWithWrongKeyUsageIsUntrusted() throws Exception {
        Conformity.Outcome outcome = read(card(Fault.parse("wrong-key-usage-signer")));

        assertUntrusted(outcome);
        outcome.assertProblem("digitalSignature");
    }

    @Test
    @DisplayName("IS_PA_22 document signer under a new CSCA key, trusted through the link certificate")
    void newCscaKeyIsTrustedThroughTheLinkCertificate() throws Exception {
        CscaRollover rollover = PKI.rollover();
        ChipContent content = card(underNewKey(rollover), CardProfile.CCCD_2021);
        TrustStore oldCscaAndLink = TrustStore.of(List.of(PKI.csca().certificate(), rollover.link()),
                List.of(PKI.crl()));

        Conformity.Outcome outcome = read(content, ReadOptions.of(oldCscaAndLink));

        assertEquals(PassiveVerdict.VALID, outcome.verification().passive(), outcome.verification()::toString);
        outcome.assertAssurance(Assurance.CHIP_CLONE_CHECKED);
    }

    @Test
    @DisplayName("IS_PA_23 document signer under a new CSCA key, link certificate not in the trust store")
    void newCscaKeyWithoutTheLinkCertificateIsUntrusted() throws Exception {
        CscaRollover rollover = PKI.rollover();
        ChipContent content = card(underNewKey(rollover), CardProfile.CCCD_2021);

        Conformity.Outcome outcome = read(content);

        assertUntrusted(outcome);
    }

    @Test
    @DisplayName("IS_PA_24 CSCA link certificate revoked by the old CSCA's CRL")
    void revokedLinkCertificateIsInvalid() throws Exception {
        CscaRollover rollover = PKI.rollover();
        ChipContent content = card(underNewKey(rollover), CardProfile.CCCD_2021);
        TrustStore revokedLink = TrustStore.of(List.of(PKI.csca().certificate(), rollover.link()),
                List.of(PKI.crlRevoking(rollover.link())));

        Conformity.Outcome outcome = read(content, ReadOptions.of(revokedLink));

        assertInvalid(outcome);
        outcome.assertProblem("CSCA link certificate");
    }

    @Test
    @DisplayName("IS_PA_25 chip without EF.SOD")
    void noSodIsNotChecked() throws Exception {
        ChipContent genuine = card();
        Map<Integer, byte[]> files = new TreeMap<>(genuine.files());
        files.remove(ElementaryFiles.SOD);
        ChipContent withoutSod = new ChipContent(genuine.can(), genuine.mrzKey(), genuine.cardAccess(), files,
                genuine.extendedLength(), genuine.secrets());

        Conformity.Outcome outcome = read(withoutSod);

        assertEquals(PassiveVerdict.NOT_CHECKED, outcome.verification().passive());
        outcome.assertAssurance(Assurance.CHIP_UNVERIFIED);
        outcome.assertProblem("EF.SOD is not on the chip");
    }

    @Test
    @DisplayName("IS_PA_26 EF.SOD that is not a SignedData")
    void malformedSodIsInvalid() throws Exception {
        ChipContent genuine = card();
        byte[] sod = genuine.files().get(ElementaryFiles.SOD);
        byte[] damaged = java.util.Arrays.copyOf(sod, sod.length);
        // keep the outer tag and length, so the file reads whole; break what is inside
        for (int i = 8; i < 40; i++) {
            damaged[i] = (byte) 0xFF;
        }

        Conformity.Outcome outcome = read(genuine.withFile(ElementaryFiles.SOD, damaged));

        assertInvalid(outcome);
        outcome.assertProblem("EF.SOD is malformed");
    }

    /** The test PKI with the rollover's document signer in place of the usual one. */
    private static TestPki underNewKey(CscaRollover rollover) {
        return new TestPki(PKI.csca(), rollover.documentSigner(), PKI.crl());
    }

    static void assertInvalid(Conformity.Outcome outcome) {
        assertEquals(PassiveVerdict.INVALID, outcome.verification().passive(), outcome.verification()::toString);
        outcome.assertAssurance(Assurance.CHIP_UNVERIFIED);
        assertFalse(outcome.verification().problems().isEmpty());
        assertEquals(List.of(new ReadEvent.PassiveVerified(PassiveVerdict.INVALID)),
                outcome.events(ReadEvent.PassiveVerified.class));
    }

    static void assertUntrusted(Conformity.Outcome outcome) {
        assertEquals(PassiveVerdict.UNTRUSTED, outcome.verification().passive(), outcome.verification()::toString);
        outcome.assertAssurance(Assurance.CHIP_UNVERIFIED);
        // nothing is wrong with the data: every hash checks out
        for (int dg : new int[] {1, 2, 13, 14, 15}) {
            assertEquals(DataGroupVerdict.VALID, outcome.verification().dataGroups().get(dg), "DG" + dg);
        }
    }

    static void assertOnlyThisGroupInvalid(Conformity.Outcome outcome, int forged) {
        assertInvalid(outcome);
        outcome.verification().dataGroups().forEach((dg, verdict) -> assertEquals(
                dg == forged ? DataGroupVerdict.INVALID : DataGroupVerdict.VALID, verdict, "DG" + dg));
        outcome.assertProblem("DG" + forged + " does not match its hash in the SOD");
    }
}
