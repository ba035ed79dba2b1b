package vn.kiosk.simulator.chip.aa;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.KeyPair;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.stream.Stream;

import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.jmrtd.BACKey;
import org.jmrtd.PACEKeySpec;
import org.jmrtd.PassportService;
import org.jmrtd.lds.PACEInfo;
import org.jmrtd.lds.icao.DG14File;
import org.jmrtd.lds.icao.DG15File;
import org.jmrtd.protocol.AAResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import vn.kiosk.reader.aa.ActiveAuthentication;
import vn.kiosk.reader.aa.ActiveAuthenticationResult;
import vn.kiosk.reader.aa.ActiveAuthenticationResult.Verdict;
import vn.kiosk.reader.aa.SignatureHash;
import vn.kiosk.reader.access.AccessKey;
import vn.kiosk.reader.access.FileReader;
import vn.kiosk.reader.bac.MrzKey;
import vn.kiosk.reader.lds.Dg14;
import vn.kiosk.reader.lds.Dg15;
import vn.kiosk.reader.lds.SecurityInfoOids;
import vn.kiosk.simulator.chip.ChipContent;
import vn.kiosk.simulator.chip.ChipSecrets;
import vn.kiosk.simulator.chip.ElementaryFiles;
import vn.kiosk.simulator.chip.VirtualChip;
import vn.kiosk.simulator.citizen.Citizen;
import vn.kiosk.simulator.personalise.CardProfile;
import vn.kiosk.simulator.personalise.CitizenMrz;
import vn.kiosk.simulator.testing.TestCards;

/**
 * Active authentication from the kiosk's side against the virtual chip, through the in-process
 * javax.smartcardio provider: the channel opened with PACE (or BAC), DG14 and DG15 read through it,
 * INTERNAL AUTHENTICATE under secure messaging.
 */
class ActiveAuthenticationEndToEndTest {
    private static final Citizen CITIZEN = TestCards.citizen(31);
    private static final KeyPair RSA_1024 = AuthenticationCards.rsa(1024);
    private static final KeyPair RSA_2048 = AuthenticationCards.rsa(2048);
    private static final KeyPair P256 = AuthenticationCards.ec("secp256r1");
    private static final KeyPair BRAINPOOL = AuthenticationCards.ec("brainpoolP256r1");
    private static final String SHA256_WITH_RSA = PKCSObjectIdentifiers.sha256WithRSAEncryption.getId();

    static Stream<Arguments> keys() {
        return Stream.of(
                Arguments.of("RSA-1024 SHA-1", RSA_1024, Optional.empty()),
                Arguments.of("RSA-2048 SHA-1", RSA_2048, Optional.empty()),
                Arguments.of("RSA-1024 SHA-256", RSA_1024, Optional.of(SHA256_WITH_RSA)),
                Arguments.of("RSA-2048 SHA-256", RSA_2048, Optional.of(SHA256_WITH_RSA)),
                Arguments.of("P-256 SHA-256", P256, Optional.of(SignatureHash.SHA256.ecdsaPlainOid())),
                Arguments.of("brainpoolP256r1 SHA-256", BRAINPOOL, Optional.of(SignatureHash.SHA256.ecdsaPlainOid())),
                Arguments.of("brainpoolP256r1 SHA-1", BRAINPOOL, Optional.of(SignatureHash.SHA1.ecdsaPlainOid())));
    }

    private static ChipContent base(boolean extended) {
        return TestCards.card(CITIZEN, CardProfile.CCCD_2021).withExtendedLength(extended);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("keys")
    void aGenuineChipPassesAndTheChannelStaysUsable(String name, KeyPair aaKey, Optional<String> aaOid) throws Exception {
        AuthenticationCards.Keys keys = AuthenticationCards.Keys.of(aaKey, aaOid);
        ChipContent content = keys.genuine(base(true));
        try (AuthenticationCards.Session session = new AuthenticationCards.Session(new VirtualChip(content, new SecureRandom()),
                AccessKey.can(CITIZEN.can()))) {
            Dg15 dg15 = session.dg15();
            Dg14 dg14 = session.dg14();
            ActiveAuthenticationResult result = new ActiveAuthentication(new SecureRandom())
                    .perform(session.chip.channel(), Optional.of(dg15), Optional.of(dg14));
            assertEquals(Verdict.VALID, result.verdict(), result.toString());
            assertTrue(result.problem().isEmpty(), result.toString());
            assertEquals(8, result.challenge().length);
            assertArrayEquals(content.files().get(ElementaryFiles.dataGroup(1)), new FileReader(session.chip.channel()).readBySfi(1));
            // The backend re-checks the evidence offline, and a tampered copy fails.
            assertEquals(Verdict.VALID, ActiveAuthentication.verify(dg15, Optional.of(dg14), result.challenge(), result.signature()).verdict());
            byte[] tampered = result.signature();
            tampered[tampered.length / 2] ^= 0x10;
            assertEquals(Verdict.INVALID, ActiveAuthentication.verify(dg15, Optional.of(dg14), result.challenge(), tampered).verdict());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("keys")
    void aCloneWithAnotherKeyIsInvalid(String name, KeyPair aaKey, Optional<String> aaOid) throws Exception {
        ChipContent content = AuthenticationCards.Keys.of(aaKey, aaOid).cloned(base(true));
        try (AuthenticationCards.Session session = new AuthenticationCards.Session(new VirtualChip(content, new SecureRandom()),
                AccessKey.can(CITIZEN.can()))) {
            ActiveAuthenticationResult result = new ActiveAuthentication(new SecureRandom())
                    .perform(session.chip.channel(), Optional.of(session.dg15()), Optional.of(session.dg14()));
            assertEquals(Verdict.INVALID, result.verdict(), result.toString());
            assertTrue(result.signature().length > 0, "the clone did answer, with a wrong signature");
        }
    }

    @Test
    void theBackendsChallengeIsSignedAndEchoed() throws Exception {
        byte[] nonce = HexFormat.of().parseHex("0F1E2D3C4B5A6978");
        AuthenticationCards.Keys keys = AuthenticationCards.Keys.of(BRAINPOOL, Optional.of(SignatureHash.SHA256.ecdsaPlainOid()));
        try (AuthenticationCards.Session session = new AuthenticationCards.Session(
                new VirtualChip(keys.genuine(base(false)), new SecureRandom()), AccessKey.can(CITIZEN.can()))) {
            ActiveAuthenticationResult result = ActiveAuthentication.perform(session.chip.channel(),
                    Optional.of(session.dg15()), Optional.of(session.dg14()), nonce);
            assertEquals(Verdict.VALID, result.verdict());
            assertArrayEquals(nonce, result.challenge());
            byte[] otherNonce = nonce.clone();
            otherNonce[0] ^= 1;
            assertEquals(Verdict.INVALID, ActiveAuthentication.verify(keys.dg15(), Optional.of(keys.dg14()), otherNonce,
                    result.signature()).verdict());
        }
    }

    @Test
    void aChipWithoutTheKeyOrWithoutDg15() throws Exception {
        AuthenticationCards.Keys keys = AuthenticationCards.Keys.of(RSA_1024, Optional.empty());
        ChipContent keyless = keys.files(base(true)).withSecrets(ChipSecrets.none());
        try (AuthenticationCards.Session session = new AuthenticationCards.Session(new VirtualChip(keyless, new SecureRandom()),
                AccessKey.can(CITIZEN.can()))) {
            ActiveAuthenticationResult result = new ActiveAuthentication(new SecureRandom())
                    .perform(session.chip.channel(), Optional.of(session.dg15()), Optional.of(session.dg14()));
            assertEquals(Verdict.INVALID, result.verdict());
            assertTrue(result.problem().orElseThrow().contains("6985"));
            ActiveAuthenticationResult none = new ActiveAuthentication(new SecureRandom())
                    .perform(session.chip.channel(), Optional.empty(), Optional.of(session.dg14()));
            assertEquals(Verdict.NOT_SUPPORTED, none.verdict());
        }
    }

    @Test
    void aLongRsaSignatureOverAShortOnlyLinkIsNotSupportedRatherThanInvalid() throws Exception {
        ChipContent content = AuthenticationCards.Keys.of(RSA_2048, Optional.empty()).genuine(base(false));
        try (AuthenticationCards.Session session = new AuthenticationCards.Session(new VirtualChip(content, new SecureRandom()),
                AccessKey.can(CITIZEN.can()))) {
            ActiveAuthenticationResult result = new ActiveAuthentication(new SecureRandom())
                    .perform(session.chip.channel(), Optional.of(session.dg15()), Optional.of(session.dg14()));
            assertEquals(Verdict.NOT_SUPPORTED, result.verdict(), result.toString());
        }
    }

    @Test
    void worksOverBacSecureMessagingToo() throws Exception {
        ChipContent content = AuthenticationCards.Keys.of(RSA_1024, Optional.empty())
                .genuine(TestCards.card(CITIZEN, CardProfile.BAC_ONLY));
        try (AuthenticationCards.Session session = new AuthenticationCards.Session(new VirtualChip(content, new SecureRandom()),
                AccessKey.mrz(CitizenMrz.keyOf(CITIZEN)))) {
            ActiveAuthenticationResult result = new ActiveAuthentication(new SecureRandom())
                    .perform(session.chip.channel(), Optional.of(session.dg15()), Optional.of(session.dg14()));
            assertEquals(Verdict.VALID, result.verdict());
        }
    }

    @Test
    void jmrtdRunsActiveAuthenticationOnOurChipAndReadsOurFiles() throws Exception {
        for (KeyPair key : new KeyPair[] {RSA_1024, BRAINPOOL}) {
            boolean rsa = key == RSA_1024;
            AuthenticationCards.Keys keys = AuthenticationCards.Keys.of(key,
                    rsa ? Optional.empty() : Optional.of(SignatureHash.SHA256.ecdsaPlainOid()));
            ChipContent content = keys.genuine(base(false));
            PassportService passport = new PassportService(new ChipCardService(new VirtualChip(content, new SecureRandom())),
                    PassportService.NORMAL_MAX_TRANCEIVE_LENGTH, PassportService.DEFAULT_MAX_BLOCKSIZE, false, true);
            passport.open();
            passport.doPACE(PACEKeySpec.createCANKey(CITIZEN.can()), SecurityInfoOids.ID_PACE_ECDH_GM_AES_CBC_CMAC_128,
                    PACEInfo.toParameterSpec(13), java.math.BigInteger.valueOf(13));
            passport.sendSelectApplet(true);

            DG15File dg15 = new DG15File(passport.getInputStream(PassportService.EF_DG15));
            assertEquals(key.getPublic(), Dg15.of(dg15.getPublicKey()).publicKey());
            DG14File dg14 = new DG14File(passport.getInputStream(PassportService.EF_DG14));
            assertEquals(1, dg14.getChipAuthenticationInfos().size());

            byte[] challenge = HexFormat.of().parseHex("0011223344556677");
            AAResult aa = passport.doAA(dg15.getPublicKey(), rsa ? "SHA-1" : "SHA-256",
                    rsa ? "SHA1WithRSA/ISO9796-2" : "SHA256withECDSA", challenge);
            ActiveAuthenticationResult ours = ActiveAuthentication.verify(keys.dg15(), Optional.of(keys.dg14()), challenge,
                    aa.getResponse());
            assertEquals(Verdict.VALID, ours.verdict(), ours.toString());
            passport.close();
        }
    }

    @Test
    void jmrtdOverBacToo() throws Exception {
        AuthenticationCards.Keys keys = AuthenticationCards.Keys.of(RSA_1024, Optional.empty());
        ChipContent content = keys.genuine(TestCards.card(CITIZEN, CardProfile.BAC_ONLY).withExtendedLength(false));
        PassportService passport = new PassportService(new ChipCardService(new VirtualChip(content, new SecureRandom())),
                PassportService.NORMAL_MAX_TRANCEIVE_LENGTH, PassportService.DEFAULT_MAX_BLOCKSIZE, false, true);
        passport.open();
        passport.sendSelectApplet(false);
        MrzKey mrz = CitizenMrz.keyOf(CITIZEN);
        passport.doBAC(new BACKey(mrz.documentNumber(), mrz.dateOfBirth(), mrz.dateOfExpiry()));
        byte[] challenge = HexFormat.of().parseHex("8877665544332211");
        AAResult aa = passport.doAA(RSA_1024.getPublic(), "SHA-1", "SHA1WithRSA/ISO9796-2", challenge);
        assertEquals(Verdict.VALID, ActiveAuthentication.verify(keys.dg15(), Optional.empty(), challenge, aa.getResponse()).verdict());
        passport.close();
    }
}
