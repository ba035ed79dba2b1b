package vn.kiosk.simulator.read;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.kiosk.reader.aa.ActiveAuthentication;
import vn.kiosk.reader.access.AccessKey;
import vn.kiosk.reader.access.AccessProtocol;
import vn.kiosk.reader.error.CardRemovedException;
import vn.kiosk.reader.identity.Assurance;
import vn.kiosk.reader.identity.Identity;
import vn.kiosk.reader.lds.Dg14;
import vn.kiosk.reader.lds.Dg15;
import vn.kiosk.reader.lds.ImageFormat;
import vn.kiosk.reader.read.CardRead;
import vn.kiosk.reader.read.IdCardReader;
import vn.kiosk.reader.read.ReadEvent;
import vn.kiosk.reader.read.ReadOptions;
import vn.kiosk.reader.read.Verification.Check;
import vn.kiosk.reader.verify.DataGroupVerdict;
import vn.kiosk.reader.verify.PassiveVerdict;
import vn.kiosk.reader.verify.TrustStore;
import vn.kiosk.simulator.card.RemovableCard;
import vn.kiosk.simulator.card.VirtualCard;
import vn.kiosk.simulator.chip.ChipContent;
import vn.kiosk.simulator.chip.VirtualChip;
import vn.kiosk.simulator.citizen.Citizen;
import vn.kiosk.simulator.pcsc.VirtualReaders;
import vn.kiosk.simulator.personalise.CardProfile;
import vn.kiosk.simulator.personalise.CitizenMrz;
import vn.kiosk.simulator.personalise.FacePortrait;
import vn.kiosk.simulator.personalise.Fault;
import vn.kiosk.simulator.personalise.Personaliser;
import vn.kiosk.simulator.testing.TestCards;

/** The one high-level read against simulated cards, genuine and faulty, in-process. */
class IdCardReaderTest {
    private static final Citizen CITIZEN = TestCards.citizen(42);
    private static final TrustStore TRUST = TrustStore.of(List.of(TestCards.PKI.csca().certificate()),
            List.of(TestCards.PKI.crl()));

    @ParameterizedTest
    @ValueSource(strings = {"cccd-2021", "can-cuoc-2024"})
    void aGenuineCardIsCloneCheckedAndSaysWhoItsHolderIs(String profile) throws Exception {
        // IdentityVerified comes from the verifying thread
        List<ReadEvent> events = java.util.Collections.synchronizedList(new ArrayList<>());
        CardRead read = read(card(CardProfile.fromCliName(profile)), AccessKey.can(CITIZEN.can()),
                ReadOptions.of(TRUST), events);

        assertEquals(PassiveVerdict.VALID, read.verification().passive(), read.verification().problems()::toString);
        assertEquals(Check.VALID, read.verification().chip());
        assertEquals(Check.VALID, read.verification().active());
        assertEquals(Assurance.CHIP_CLONE_CHECKED, read.verification().assurance());
        assertTrue(read.verification().problems().isEmpty(), read.verification().problems()::toString);
        for (int dg : new int[] {1, 2, 13, 14, 15}) {
            assertEquals(DataGroupVerdict.VALID, read.verification().dataGroups().get(dg), "DG" + dg);
        }
        assertHolder(read.identity());
        assertEquals(ImageFormat.JPEG, read.photo().orElseThrow().format());
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(FacePortrait.jpeg(Long.parseLong(CITIZEN.idNumber())))), read.photo().get().sha256());
        assertEquals(AccessProtocol.PACE, read.stats().accessProtocol());

        // Identity first, so a screen can show it while the rest is read and checked.
        int identityAt = indexOf(events, ReadEvent.IdentityRead.class);
        assertTrue(identityAt < indexOf(events, ReadEvent.ChipAuthenticated.class));
        assertTrue(identityAt < indexOf(events, ReadEvent.PhotoRead.class));
        assertTrue(indexOf(events, ReadEvent.PhotoRead.class) < indexOf(events, ReadEvent.PassiveVerified.class));
        // ...and trusted as soon as the SOD and the identity's hashes are checked, before the end
        int verifiedAt = indexOf(events, ReadEvent.IdentityVerified.class);
        assertTrue(identityAt < verifiedAt && verifiedAt < indexOf(events, ReadEvent.PassiveVerified.class));
        assertEquals(new ReadEvent.IdentityVerified(PassiveVerdict.VALID), events.get(verifiedAt));
    }

    @Test
    void aBacOnlyCardOpensWithTheMrz() throws Exception {
        CardRead read = read(card(CardProfile.BAC_ONLY), AccessKey.mrz(CitizenMrz.keyOf(CITIZEN)), ReadOptions.of(TRUST),
                new ArrayList<>());
        assertEquals(AccessProtocol.BAC, read.stats().accessProtocol());
        assertEquals(Assurance.CHIP_CLONE_CHECKED, read.verification().assurance());
        assertHolder(read.identity());
    }

    @ParameterizedTest
    @ValueSource(strings = {"forged-dg1", "forged-dg2", "forged-dg13", "wrong-hash"})
    void aForgedCardIsNeverVerified(String fault) throws Exception {
        List<ReadEvent> events = java.util.Collections.synchronizedList(new ArrayList<>());
        CardRead read = read(card(CardProfile.CCCD_2021, Fault.parse(fault)), AccessKey.can(CITIZEN.can()),
                ReadOptions.of(TRUST), events);
        int forged = fault.equals("wrong-hash") ? 1 : Integer.parseInt(fault.substring("forged-dg".length()));
        // the early identity verdict covers DG1 and DG13 only: a forged photo shows at the end
        PassiveVerdict early = forged == 2 ? PassiveVerdict.VALID : PassiveVerdict.INVALID;
        assertEquals(new ReadEvent.IdentityVerified(early), events.get(indexOf(events, ReadEvent.IdentityVerified.class)));
        assertEquals(PassiveVerdict.INVALID, read.verification().passive());
        assertEquals(DataGroupVerdict.INVALID, read.verification().dataGroups().get(forged));
        assertEquals(Assurance.CHIP_UNVERIFIED, read.verification().assurance());
        assertFalse(read.verification().problems().isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"untrusted-signer", "expired-signer"})
    void aCardFromASignerWeDoNotTrustIsUntrusted(String fault) throws Exception {
        CardRead read = read(card(CardProfile.CCCD_2021, Fault.parse(fault)), AccessKey.can(CITIZEN.can()),
                ReadOptions.of(TRUST), new ArrayList<>());
        assertEquals(PassiveVerdict.UNTRUSTED, read.verification().passive());
        assertEquals(Assurance.CHIP_UNVERIFIED, read.verification().assurance());
        assertHolder(read.identity());
    }

    @Test
    void withoutTrustAnchorsNothingIsTrusted() throws Exception {
        CardRead read = read(card(CardProfile.CCCD_2021), AccessKey.can(CITIZEN.can()), ReadOptions.of(TrustStore.empty()),
                new ArrayList<>());
        assertEquals(PassiveVerdict.UNTRUSTED, read.verification().passive());
        assertEquals(Assurance.CHIP_UNVERIFIED, read.verification().assurance());
    }

    @Test
    void aCloneFailsChipAuthenticationAndIsNotVerified() throws Exception {
        CardRead read = read(card(CardProfile.CCCD_2021, new Fault.Clone()), AccessKey.can(CITIZEN.can()),
                ReadOptions.of(TRUST), new ArrayList<>());
        assertEquals(Check.INVALID, read.verification().chip());
        assertFalse(read.verification().active() == Check.VALID);
        assertEquals(Assurance.CHIP_UNVERIFIED, read.verification().assurance());
        assertHolder(read.identity());
    }

    @Test
    void aMalformedDg13IsAProblemAndTheMrzStillNamesTheHolder() throws Exception {
        CardRead read = read(card(CardProfile.CCCD_2021, new Fault.MalformedTlv()), AccessKey.can(CITIZEN.can()),
                ReadOptions.of(TRUST), new ArrayList<>());
        assertTrue(read.verification().problems().stream().anyMatch(p -> p.startsWith("DG13 is malformed")),
                read.verification().problems()::toString);
        assertEquals(CITIZEN.idNumber(), read.identity().idNumber());
        assertEquals(CITIZEN.dateOfBirth(), read.identity().dateOfBirth().orElseThrow());
    }

    @Test
    void aBackendChallengeIsSignedAndCanBeCheckedOffline() throws Exception {
        byte[] nonce = HexFormat.of().parseHex("0011223344556677");
        CardRead read = read(card(CardProfile.CCCD_2021), AccessKey.can(CITIZEN.can()),
                ReadOptions.of(TRUST).withChallenge(nonce).withPhoto(false), new ArrayList<>());
        var transcript = read.evidence().activeAuthentication().orElseThrow();
        assertArrayEquals(nonce, transcript.challenge());
        Dg15 dg15 = Dg15.parse(read.evidence().dataGroups().get(15));
        Dg14 dg14 = Dg14.parse(read.evidence().dataGroups().get(14));
        assertTrue(ActiveAuthentication.verify(dg15, Optional.of(dg14), nonce, transcript.signature()).isValid());
        assertFalse(ActiveAuthentication.verify(dg15, Optional.of(dg14), new byte[8], transcript.signature()).isValid());
        assertTrue(read.photo().isEmpty());
        assertFalse(read.evidence().dataGroups().containsKey(2), "the photo was not asked for");
    }

    @Test
    void anExpiredCardIsReadAndFlagged() throws Exception {
        Citizen holder = TestCards.citizen(5);
        java.time.LocalDate expiry = holder.expiryDate().orElseThrow();
        ChipContent content = new Personaliser(TestCards.PKI, new SecureRandom()).personalise(holder, CardProfile.CCCD_2021,
                List.of());
        ReadOptions dayAfter = new ReadOptions(false, Optional.empty(), TRUST, java.time.Clock.fixed(
                expiry.plusDays(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant(), java.time.ZoneOffset.UTC));
        CardRead read = read(content, AccessKey.can(holder.can()), dayAfter, new ArrayList<>());
        assertTrue(read.verification().problems().contains("The card has expired; the holder must renew it"),
                read.verification().problems()::toString);
        assertEquals(PassiveVerdict.VALID, read.verification().passive(), "expiry is the flow's concern, not the chip's");
    }

    @Test
    void aCardWithoutExtendedLengthIsReadInShortApdus() throws Exception {
        CardRead read = read(card(CardProfile.CCCD_2021, new Fault.NoExtendedLength()), AccessKey.can(CITIZEN.can()),
                ReadOptions.of(TRUST), new ArrayList<>());
        assertEquals(Assurance.CHIP_CLONE_CHECKED, read.verification().assurance());
        assertTrue(read.stats().apdus() > 60, "a 12 KB portrait in 223-byte blocks: " + read.stats().apdus());
    }

    @Test
    void pullingTheCardAtAnyApduIsATypedErrorNotAHang() throws Exception {
        ChipContent content = card(CardProfile.CCCD_2021);
        long apdus = read(content, AccessKey.can(CITIZEN.can()), ReadOptions.of(TRUST), new ArrayList<>()).stats().apdus();
        for (int at = 0; at < apdus; at++) {
            int answered = at;
            RemovableCard card = new RemovableCard(new VirtualChip(content, new SecureRandom()), answered);
            VirtualReaders readers = VirtualReaders.withCard(card);
            card.onRemoval(() -> readers.first().remove());
            assertTimeoutPreemptively(Duration.ofSeconds(5), () -> assertThrows(CardRemovedException.class,
                    () -> new IdCardReader(new SecureRandom()).read(readers.firstTerminal(), AccessKey.can(CITIZEN.can()),
                            ReadOptions.of(TRUST), event -> { })), "removed after " + answered + " of " + apdus + " APDUs");
        }
    }

    private static void assertHolder(Identity id) {
        assertEquals(CITIZEN.idNumber(), id.idNumber());
        assertEquals(CITIZEN.fullName(), id.fullName());
        assertEquals(CITIZEN.dateOfBirth(), id.dateOfBirth().orElseThrow());
        assertEquals(CITIZEN.sex().name(), id.sex().orElseThrow().name());
        assertEquals(CITIZEN.placeOfResidence(), id.placeOfResidence());
        assertEquals(CITIZEN.placeOfOrigin(), id.placeOfOrigin());
        assertEquals(CITIZEN.issueDate(), id.issueDate().orElseThrow());
        assertEquals(CITIZEN.expiryDate(), id.expiryDate());
        assertEquals(CITIZEN.fatherName(), id.fatherName());
        assertEquals(CITIZEN.motherName(), id.motherName());
        assertEquals(String.join("\n", CitizenMrz.of(CITIZEN).lines()), id.mrz());
    }

    private static ChipContent card(CardProfile profile, Fault... faults) {
        return new Personaliser(TestCards.PKI, new SecureRandom()).personalise(CITIZEN, profile, List.of(faults));
    }

    private static CardRead read(ChipContent content, AccessKey key, ReadOptions options, List<ReadEvent> events)
            throws Exception {
        VirtualCard chip = new VirtualChip(content, new SecureRandom());
        return new IdCardReader(new SecureRandom()).read(VirtualReaders.withCard(chip).firstTerminal(), key, options,
                events::add);
    }

    private static int indexOf(List<ReadEvent> events, Class<? extends ReadEvent> type) {
        for (int i = 0; i < events.size(); i++) {
            if (type.isInstance(events.get(i))) {
                return i;
            }
        }
        throw new AssertionError("no " + type.getSimpleName() + " in " + events);
    }
}
