package vn.kiosk.simulator.chip.ca;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.jmrtd.PACEKeySpec;
import org.jmrtd.PassportService;
import org.jmrtd.lds.PACEInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import vn.kiosk.reader.aa.ActiveAuthentication;
import vn.kiosk.reader.aa.ActiveAuthenticationResult;
import vn.kiosk.reader.aa.SignatureHash;
import vn.kiosk.reader.access.AccessKey;
import vn.kiosk.reader.access.FileReader;
import vn.kiosk.reader.ca.ChipAuthentication;
import vn.kiosk.reader.ca.ChipAuthenticationResult;
import vn.kiosk.reader.ca.ChipAuthenticationResult.Verdict;
import vn.kiosk.reader.error.SecureMessagingException;
import vn.kiosk.reader.lds.SecurityInfoOids;
import vn.kiosk.simulator.chip.ChipContent;
import vn.kiosk.simulator.chip.ChipSecrets;
import vn.kiosk.simulator.chip.ElementaryFiles;
import vn.kiosk.simulator.chip.VirtualChip;
import vn.kiosk.simulator.chip.aa.AuthenticationCards;
import vn.kiosk.simulator.chip.aa.ChipCardService;
import vn.kiosk.simulator.citizen.Citizen;
import vn.kiosk.simulator.personalise.CardProfile;
import vn.kiosk.simulator.personalise.CitizenMrz;
import vn.kiosk.simulator.testing.TestCards;

/**
 * Chip authentication from the kiosk's side against the virtual chip through the in-process
 * javax.smartcardio provider: PACE (or BAC) first, DG14 read, CA, then every further read on the
 * channel CA returned.
 */
class ChipAuthenticationEndToEndTest {
    private static final Citizen CITIZEN = TestCards.citizen(41);
    private static final KeyPair AA_KEY = AuthenticationCards.ec("secp256r1");

    static Stream<Arguments> protocols() {
        List<Arguments> cases = new ArrayList<>();
        String[][] variants = {
            {SecurityInfoOids.ID_CA_ECDH_AES_CBC_CMAC_128, "brainpoolP256r1"},
            {SecurityInfoOids.ID_CA_ECDH_AES_CBC_CMAC_192, "secp384r1"},
            {SecurityInfoOids.ID_CA_ECDH_AES_CBC_CMAC_256, "brainpoolP384r1"},
            {SecurityInfoOids.ID_CA_ECDH_AES_CBC_CMAC_256, "secp521r1"},
            {SecurityInfoOids.ID_CA_ECDH_3DES_CBC_CBC, "secp256r1"},
        };
        for (String[] v : variants) {
            for (Optional<BigInteger> keyId : List.of(Optional.<BigInteger>empty(), Optional.of(BigInteger.valueOf(1)))) {
                for (boolean extended : new boolean[] {true, false}) {
                    cases.add(Arguments.of(v[0].substring(v[0].lastIndexOf('.') + 1) + " " + v[1] + " keyId=" + keyId
                            + " extended=" + extended, v[0], v[1], keyId, extended));
                }
            }
        }
        return cases.stream();
    }

    private static AuthenticationCards.Keys keys(String caOid, String curve, Optional<BigInteger> keyId) {
        return new AuthenticationCards.Keys(AA_KEY, Optional.of(SignatureHash.SHA256.ecdsaPlainOid()),
                AuthenticationCards.ec(curve), Optional.of(caOid), keyId);
    }

    private static ChipContent base(boolean extended) {
        return TestCards.card(CITIZEN, CardProfile.CCCD_2021).withExtendedLength(extended);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("protocols")
    void aGenuineChipPassesAndReadsGoOnThroughTheNewChannel(String name, String caOid, String curve,
                                                           Optional<BigInteger> keyId, boolean extended) throws Exception {
        ChipContent content = keys(caOid, curve, keyId).genuine(base(extended));
        try (AuthenticationCards.Session session = new AuthenticationCards.Session(new VirtualChip(content, new SecureRandom()),
                AccessKey.can(CITIZEN.can()))) {
            ChipAuthenticationResult result = new ChipAuthentication(new SecureRandom()).perform(session.chip, session.dg14());
            ChipAuthenticationResult.Valid valid = assertInstanceOf(ChipAuthenticationResult.Valid.class, result);
            assertEquals(caOid, valid.protocol());
            assertEquals(keyId, valid.keyId());

            FileReader reader = new FileReader(valid.channel());
            assertArrayEquals(content.files().get(ElementaryFiles.dataGroup(1)), reader.readBySfi(1));
            assertArrayEquals(content.files().get(ElementaryFiles.dataGroup(TestCards.LARGE_FILE_SFI)),
                    reader.readBySfi(TestCards.LARGE_FILE_SFI));
            // The old keys are gone on the chip's side.
            assertThrows(SecureMessagingException.class, () -> new FileReader(session.chip.channel()).readBySfi(1));
        }
    }

    @Test
    void activeAuthenticationWorksOnTheNewChannel() throws Exception {
        ChipContent content = keys(SecurityInfoOids.ID_CA_ECDH_AES_CBC_CMAC_128, "brainpoolP256r1", Optional.empty())
                .genuine(base(true));
        try (AuthenticationCards.Session session = new AuthenticationCards.Session(new VirtualChip(content, new SecureRandom()),
                AccessKey.can(CITIZEN.can()))) {
            var dg14 = session.dg14();
            var dg15 = session.dg15();
            ChipAuthenticationResult.Valid valid = assertInstanceOf(ChipAuthenticationResult.Valid.class,
                    new ChipAuthentication(new SecureRandom()).perform(session.chip, dg14));
            ActiveAuthenticationResult aa = new ActiveAuthentication(new SecureRandom())
                    .perform(valid.channel(), Optional.of(dg15), Optional.of(dg14));
            assertEquals(ActiveAuthenticationResult.Verdict.VALID, aa.verdict());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("protocols")
    void aCloneIsInvalidWithoutAnExceptionAndTheCardCanBeOpenedAgain(String name, String caOid, String curve,
                                                                     Optional<BigInteger> keyId, boolean extended)
            throws Exception {
        ChipContent content = keys(caOid, curve, keyId).cloned(base(extended));
        VirtualChip chip = new VirtualChip(content, new SecureRandom());
        try (AuthenticationCards.Session session = new AuthenticationCards.Session(chip, AccessKey.can(CITIZEN.can()))) {
            ChipAuthenticationResult result = new ChipAuthentication(new SecureRandom()).perform(session.chip, session.dg14());
            ChipAuthenticationResult.Invalid invalid = assertInstanceOf(ChipAuthenticationResult.Invalid.class, result);
            assertEquals(Verdict.INVALID, invalid.verdict());
            assertTrue(invalid.stillUsable().isEmpty());
        }
        try (AuthenticationCards.Session again = new AuthenticationCards.Session(chip, AccessKey.can(CITIZEN.can()))) {
            assertArrayEquals(content.files().get(ElementaryFiles.dataGroup(1)), new FileReader(again.chip.channel()).readBySfi(1));
        }
    }

    @Test
    void aChipWithoutItsKeyRefusesAndTheOldChannelStillReads() throws Exception {
        ChipContent content = keys(SecurityInfoOids.ID_CA_ECDH_AES_CBC_CMAC_128, "brainpoolP256r1", Optional.empty())
                .files(base(true)).withSecrets(ChipSecrets.none());
        try (AuthenticationCards.Session session = new AuthenticationCards.Session(new VirtualChip(content, new SecureRandom()),
                AccessKey.can(CITIZEN.can()))) {
            ChipAuthenticationResult.Invalid invalid = assertInstanceOf(ChipAuthenticationResult.Invalid.class,
                    new ChipAuthentication(new SecureRandom()).perform(session.chip, session.dg14()));
            assertTrue(invalid.problem().contains("6985"), invalid.problem());
            assertArrayEquals(content.files().get(ElementaryFiles.dataGroup(1)),
                    new FileReader(invalid.stillUsable().orElseThrow()).readBySfi(1));
        }
    }

    @Test
    void worksAfterBac() throws Exception {
        ChipContent content = keys(SecurityInfoOids.ID_CA_ECDH_AES_CBC_CMAC_128, "brainpoolP256r1", Optional.empty())
                .genuine(TestCards.card(CITIZEN, CardProfile.BAC_ONLY));
        try (AuthenticationCards.Session session = new AuthenticationCards.Session(new VirtualChip(content, new SecureRandom()),
                AccessKey.mrz(CitizenMrz.keyOf(CITIZEN)))) {
            ChipAuthenticationResult.Valid valid = assertInstanceOf(ChipAuthenticationResult.Valid.class,
                    new ChipAuthentication(new SecureRandom()).perform(session.chip, session.dg14()));
            assertArrayEquals(content.files().get(ElementaryFiles.dataGroup(1)), new FileReader(valid.channel()).readBySfi(1));
        }
    }

    @Test
    void jmrtdRunsChipAuthenticationOnOurChip() throws Exception {
        String[][] variants = {
            {SecurityInfoOids.ID_CA_ECDH_AES_CBC_CMAC_128, "brainpoolP256r1"},
            {SecurityInfoOids.ID_CA_ECDH_AES_CBC_CMAC_256, "secp384r1"},
            {SecurityInfoOids.ID_CA_ECDH_3DES_CBC_CBC, "secp256r1"},
        };
        for (String[] v : variants) {
            AuthenticationCards.Keys keys = keys(v[0], v[1], Optional.of(BigInteger.ONE));
            ChipContent content = keys.genuine(base(false));
            PassportService passport = new PassportService(new ChipCardService(new VirtualChip(content, new SecureRandom())),
                    PassportService.NORMAL_MAX_TRANCEIVE_LENGTH, PassportService.DEFAULT_MAX_BLOCKSIZE, false, true);
            passport.open();
            passport.doPACE(PACEKeySpec.createCANKey(CITIZEN.can()), SecurityInfoOids.ID_PACE_ECDH_GM_AES_CBC_CMAC_128,
                    PACEInfo.toParameterSpec(13), BigInteger.valueOf(13));
            passport.sendSelectApplet(true);
            passport.doEACCA(BigInteger.ONE, v[0], SecurityInfoOids.ID_PK_ECDH, keys.caKey().getPublic());
            // JMRTD checks every response MAC under the keys it derived: a read proves both sides agree.
            byte[] dg1 = passport.getInputStream(PassportService.EF_DG1).readAllBytes();
            assertArrayEquals(content.files().get(ElementaryFiles.dataGroup(1)), dg1, v[0]);
            passport.close();
        }
    }
}
