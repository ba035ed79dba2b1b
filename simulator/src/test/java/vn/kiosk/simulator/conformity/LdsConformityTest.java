package vn.kiosk.simulator.conformity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.kiosk.simulator.conformity.Conformity.HOLDER;
import static vn.kiosk.simulator.conformity.Conformity.TRUST;
import static vn.kiosk.simulator.conformity.Conformity.card;
import static vn.kiosk.simulator.conformity.Conformity.read;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import vn.kiosk.reader.access.ChipAccess;
import vn.kiosk.reader.access.FileReader;
import vn.kiosk.reader.access.OpenedChip;
import vn.kiosk.reader.identity.Assurance;
import vn.kiosk.reader.lds.DataGroup;
import vn.kiosk.reader.lds.EfCom;
import vn.kiosk.reader.lds.SecurityObject;
import vn.kiosk.reader.read.ReadEvent;
import vn.kiosk.reader.read.Verification.Check;
import vn.kiosk.reader.transport.SmartcardioTransport;
import vn.kiosk.reader.verify.DataGroupVerdict;
import vn.kiosk.reader.verify.PassiveAuthentication;
import vn.kiosk.reader.verify.PassiveAuthenticationResult;
import vn.kiosk.reader.verify.PassiveVerdict;
import vn.kiosk.simulator.chip.ChipContent;
import vn.kiosk.simulator.chip.ElementaryFiles;
import vn.kiosk.simulator.pcsc.VirtualReaders;
import vn.kiosk.simulator.personalise.Fault;

/**
 * ISO_LDS: what the chip's file structure may hold that the kiosk did not expect. The SOD, never
 * EF.COM, says which data groups exist and are vouched for: a group the SOD does not list is never
 * trusted (not read, or read and flagged), one the SOD lists is read whatever EF.COM says, and
 * groups the kiosk has no use for do not disturb the read.
 */
class LdsConformityTest {

    @Test
    @DisplayName("IS_LDS_01 data groups the kiosk does not use (DG11, DG12, DG16) on the chip and in the SOD")
    void unknownDataGroupsDoNotDisturbTheRead() throws Exception {
        ChipContent content = card(Fault.parse("extra-dg11"), Fault.parse("extra-dg12"), Fault.parse("extra-dg16"));
        assertTrue(EfCom.parse(content.files().get(ElementaryFiles.COM)).lists(DataGroup.DG16));

        Conformity.Outcome outcome = read(content);

        assertEquals(PassiveVerdict.VALID, outcome.verification().passive(), outcome.verification()::toString);
        outcome.assertAssurance(Assurance.CHIP_CLONE_CHECKED);
        for (int dg : new int[] {11, 12, 16}) {
            // listed, so reported, but never read: the kiosk has no use for them
            assertEquals(DataGroupVerdict.NOT_CHECKED, outcome.verification().dataGroups().get(dg), "DG" + dg);
            assertFalse(outcome.read().evidence().dataGroups().containsKey(dg), "DG" + dg + " read");
        }
        assertEquals(HOLDER.idNumber(), outcome.read().identity().idNumber());
    }

    @Test
    @DisplayName("IS_LDS_02 a data group the kiosk has no parser for is hash-checked like any other")
    void unknownDataGroupIsHashChecked() throws Exception {
        ChipContent content = card(new Fault.ExtraDataGroup(16));
        byte[] sod;
        Map<Integer, byte[]> groups = new TreeMap<>();
        try (SmartcardioTransport transport = SmartcardioTransport.open(
                VirtualReaders.withCard(Conformity.chip(content)).firstTerminal())) {
            OpenedChip chip = new ChipAccess(new SecureRandom()).open(transport, transport.extendedLength(),
                    Conformity.can());
            FileReader files = new FileReader(chip.channel());
            sod = files.readBySfi(0x1D);
            groups.put(1, files.readBySfi(1));
            groups.put(16, files.readBySfi(16));
        }
        assertArrayEquals(content.files().get(ElementaryFiles.dataGroup(16)), groups.get(16));
        PassiveAuthentication passive = new PassiveAuthentication(TRUST, Clock.systemUTC());

        PassiveAuthenticationResult intact = passive.verify(sod, groups);
        groups.get(16)[groups.get(16).length - 1] ^= 0x01;
        PassiveAuthenticationResult altered = passive.verify(sod, groups);

        assertEquals(PassiveVerdict.VALID, intact.verdict(), intact.problems()::toString);
        assertEquals(DataGroupVerdict.VALID, intact.dataGroups().get(16));
        assertEquals(PassiveVerdict.INVALID, altered.verdict());
        assertEquals(DataGroupVerdict.INVALID, altered.dataGroups().get(16));
        assertEquals(DataGroupVerdict.VALID, altered.dataGroups().get(1));
    }

    @Test
    @DisplayName("IS_LDS_03 data group in EF.COM and on the chip but not in the SOD (DG11)")
    void dataGroupListedOnlyInComIsNeverTrusted() throws Exception {
        ChipContent content = card(Fault.parse("unsigned-dg11"));
        assertTrue(EfCom.parse(content.files().get(ElementaryFiles.COM)).lists(DataGroup.DG11));
        assertFalse(sodOf(content).dataGroupNumbers().contains(11));

        Conformity.Outcome outcome = read(content);

        assertNeverTrusted(outcome, 11);
        assertEquals(PassiveVerdict.VALID, outcome.verification().passive(), outcome.verification()::toString);
        outcome.assertAssurance(Assurance.CHIP_CLONE_CHECKED);
    }

    @Test
    @DisplayName("IS_LDS_04 DG15 (active authentication key) on the chip and in EF.COM but not in the SOD")
    void unsignedDg15IsNotUsedForActiveAuthentication() throws Exception {
        Conformity.Outcome outcome = read(card(Fault.parse("unsigned-dg15")));

        assertNeverTrusted(outcome, 15);
        // the chip holds DG15's key, so running AA over it would pass: the kiosk must not
        assertNotEquals(Check.VALID, outcome.verification().active());
        assertEquals(Check.VALID, outcome.verification().chip());
        assertEquals(PassiveVerdict.VALID, outcome.verification().passive(), outcome.verification()::toString);
    }

    @Test
    @DisplayName("IS_LDS_05 DG14 (chip authentication key) on the chip and in EF.COM but not in the SOD")
    void unsignedDg14IsNotUsedForChipAuthentication() throws Exception {
        Conformity.Outcome outcome = read(card(Fault.parse("unsigned-dg14")));

        assertNeverTrusted(outcome, 14);
        assertNotEquals(Check.VALID, outcome.verification().chip());
        assertTrue(outcome.events(ReadEvent.ChipAuthenticated.class).isEmpty(), "chip authentication ran");
        assertEquals(Check.VALID, outcome.verification().active());
    }

    @Test
    @DisplayName("IS_LDS_06 DG1 (MRZ) on the chip but not in the SOD")
    void unsignedDg1IsReadButInvalid() throws Exception {
        Conformity.Outcome outcome = read(card(Fault.parse("unsigned-dg1")));

        assertEquals(DataGroupVerdict.NOT_IN_SOD, outcome.verification().dataGroups().get(1));
        assertEquals(PassiveVerdict.INVALID, outcome.verification().passive());
        outcome.assertAssurance(Assurance.CHIP_UNVERIFIED);
        outcome.assertProblem("DG1 was read but the SOD does not list it");
    }

    @Test
    @DisplayName("IS_LDS_07 data groups in the SOD but missing from EF.COM (DG13, DG15)")
    void sodIsTrustedOverCom() throws Exception {
        ChipContent content = card(Fault.parse("com-omits-dg13"), Fault.parse("com-omits-dg15"));
        EfCom com = EfCom.parse(content.files().get(ElementaryFiles.COM));
        assertFalse(com.lists(DataGroup.DG13) || com.lists(DataGroup.DG15));

        Conformity.Outcome outcome = read(content);

        assertEquals(DataGroupVerdict.VALID, outcome.verification().dataGroups().get(13));
        assertEquals(DataGroupVerdict.VALID, outcome.verification().dataGroups().get(15));
        assertEquals(Check.VALID, outcome.verification().active());
        outcome.assertAssurance(Assurance.CHIP_CLONE_CHECKED);
        assertEquals(HOLDER.fullName(), outcome.read().identity().fullName(), "the name comes from DG13");
    }

    @Test
    @DisplayName("IS_LDS_08 DG13 listed in the SOD but missing from the chip")
    void missingDg13IsAProblemAndTheMrzNamesTheHolder() throws Exception {
        Conformity.Outcome outcome = read(card(Fault.parse("missing-dg13")));

        outcome.assertProblem("DG13 is not on the chip");
        assertEquals(DataGroupVerdict.NOT_CHECKED, outcome.verification().dataGroups().get(13));
        assertEquals(HOLDER.idNumber(), outcome.read().identity().idNumber());
        assertEquals(HOLDER.dateOfBirth(), outcome.read().identity().dateOfBirth().orElseThrow());
    }

    @Test
    @DisplayName("IS_LDS_09 DG14 and DG15 listed in the SOD but withheld by the chip (a clone hiding its keys)")
    void withheldKeyFilesFailTheCloneChecks() throws Exception {
        Conformity.Outcome outcome = read(card(Fault.parse("clone"), Fault.parse("missing-dg14"), Fault.parse("missing-dg15")));

        assertEquals(Check.INVALID, outcome.verification().chip());
        assertEquals(Check.INVALID, outcome.verification().active());
        outcome.assertAssurance(Assurance.CHIP_UNVERIFIED);
        outcome.assertProblem("the SOD lists DG14 but the chip did not deliver it");
        outcome.assertProblem("the SOD lists DG15 but the chip did not deliver it");
        // the data that is there is genuine
        assertEquals(PassiveVerdict.VALID, outcome.verification().passive(), outcome.verification()::toString);
    }

    private static SecurityObject sodOf(ChipContent content) throws Exception {
        return SecurityObject.parse(content.files().get(ElementaryFiles.SOD));
    }

    /** Not read at all, or read and marked as not vouched for; never VALID, and nothing read from it counts. */
    private static void assertNeverTrusted(Conformity.Outcome outcome, int dg) {
        DataGroupVerdict verdict = outcome.verification().dataGroups().get(dg);
        boolean read = outcome.read().evidence().dataGroups().containsKey(dg);
        assertTrue(read ? verdict == DataGroupVerdict.NOT_IN_SOD : verdict == null,
                "DG" + dg + " read=" + read + " verdict=" + verdict);
        assertFalse(outcome.events(ReadEvent.FileRead.class).stream().anyMatch(e -> e.dataGroup() == dg)
                && verdict != DataGroupVerdict.NOT_IN_SOD, "DG" + dg + " read without being flagged");
        assertEquals(List.of(), outcome.events(ReadEvent.FileRead.class).stream()
                .filter(e -> e.dataGroup() == dg).toList(), "the kiosk reads only what the SOD lists");
    }
}
