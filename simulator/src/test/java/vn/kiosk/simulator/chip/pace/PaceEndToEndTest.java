package vn.kiosk.simulator.chip.pace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import vn.kiosk.reader.apdu.CommandApdu;
import vn.kiosk.reader.bac.MrzKey;
import vn.kiosk.reader.crypto.CipherSuite;
import vn.kiosk.reader.error.WrongPasswordException;
import vn.kiosk.reader.lds.CardAccess;
import vn.kiosk.reader.lds.PaceInfo;
import vn.kiosk.reader.lds.SecurityInfoOids;
import vn.kiosk.reader.pace.Pace;
import vn.kiosk.reader.pace.PacePassword;
import vn.kiosk.reader.sm.SessionKeys;

/** Our terminal against our chip, in process: every curve, every cipher suite, both passwords. */
class PaceEndToEndTest {
    private static final String CAN = "123456";
    private static final MrzKey MRZ = new MrzKey("201234567", "900101", "300101");

    private static final String AES_128 = SecurityInfoOids.ID_PACE_ECDH_GM_AES_CBC_CMAC_128;
    private static final String AES_192 = SecurityInfoOids.ID_PACE_ECDH_GM_AES_CBC_CMAC_192;
    private static final String AES_256 = SecurityInfoOids.ID_PACE_ECDH_GM_AES_CBC_CMAC_256;
    private static final String DESEDE = SecurityInfoOids.ID_PACE_ECDH_GM_3DES_CBC_CBC;

    static Stream<Arguments> protocols() {
        Stream<Arguments> everyCurve = IntStream.rangeClosed(8, 18).mapToObj(id -> Arguments.of(AES_128, id));
        Stream<Arguments> otherCiphers = Stream.of(
                Arguments.of(DESEDE, 13), Arguments.of(DESEDE, 8),
                Arguments.of(AES_192, 15), Arguments.of(AES_192, 10),
                Arguments.of(AES_256, 17), Arguments.of(AES_256, 18), Arguments.of(AES_256, 13));
        return Stream.concat(everyCurve, otherCiphers);
    }

    @ParameterizedTest(name = "{0} on parameter id {1}")
    @MethodSource("protocols")
    void bothEndsAgreeWithCanAndMrz(String oid, int parameterId) throws Exception {
        PaceInfo info = new PaceInfo(oid, 2, parameterId);
        assertTrue(Pace.supports(info));
        ChipChannel channel = new ChipChannel(chip(List.of(info), new SecureRandom()));

        for (PacePassword password : List.of(PacePassword.can(CAN), PacePassword.mrz(MRZ))) {
            SessionKeys terminal = Pace.establish(channel, info, password, new SecureRandom());
            SessionKeys chip = channel.chip.established().orElseThrow();
            assertEquals(chip, terminal);
            assertEquals(expectedSuite(oid), terminal.suite());
            assertEquals(terminal.suite().keyLength(), terminal.encKey().length);
            channel.chip.reset();
        }
        // Every GENERAL AUTHENTICATE is short with Le 00, chained except the last.
        for (CommandApdu command : channel.sent) {
            assertFalse(command.isExtended());
            if (command.ins() == 0x86) {
                assertEquals(256, command.ne());
            }
        }
    }

    @Test
    void wrongCanThenRightCanOnTheSameChip() throws Exception {
        PaceInfo info = CardAccess.cccd().paceInfos().get(0);
        ChipChannel channel = new ChipChannel(chip(List.of(info), new SecureRandom()));

        WrongPasswordException wrong = assertThrows(WrongPasswordException.class,
                () -> Pace.establish(channel, info, PacePassword.can("654321"), new SecureRandom()));
        assertEquals(0x6300, wrong.statusWord());
        assertTrue(channel.chip.established().isEmpty());

        SessionKeys keys = Pace.establish(channel, info, PacePassword.can(CAN), new SecureRandom());
        assertEquals(channel.chip.established().orElseThrow(), keys);
    }

    @Test
    void wrongMrzIsAWrongPassword() {
        PaceInfo info = CardAccess.cccd().paceInfos().get(0);
        ChipChannel channel = new ChipChannel(chip(List.of(info), new SecureRandom()));
        MrzKey otherExpiry = new MrzKey("201234567", "900101", "300102");
        WrongPasswordException wrong = assertThrows(WrongPasswordException.class,
                () -> Pace.establish(channel, info, PacePassword.mrz(otherExpiry), new SecureRandom()));
        assertEquals(0x6300, wrong.statusWord());
    }

    @Test
    void forCardRunsTheCccdCardAccess() throws Exception {
        ChipPace chip = ChipPace.forCard(CardAccess.cccd().encode(), CAN, MRZ, new SecureRandom());
        ChipChannel channel = new ChipChannel(chip);
        PaceInfo info = CardAccess.parse(CardAccess.cccd().encode()).paceInfos().stream().filter(Pace::supports)
                .findFirst().orElseThrow();
        SessionKeys keys = Pace.establish(channel, info, PacePassword.mrz(MRZ), new SecureRandom());
        assertEquals(CipherSuite.AES_128, keys.suite());
        assertEquals(chip.established().orElseThrow(), keys);
    }

    /** Hundreds of brainpoolP256r1 sessions: about one field element in 256 has a leading zero byte. */
    @Test
    void manyRandomSessionsNeverDisagree() throws Exception {
        PaceInfo info = new PaceInfo(AES_128, 2, 13);
        SecureRandom random = new SecureRandom();
        ChipChannel channel = new ChipChannel(chip(List.of(info), random));
        for (int i = 0; i < 300; i++) {
            SessionKeys keys = Pace.establish(channel, info, PacePassword.can(CAN), random);
            assertEquals(channel.chip.established().orElseThrow(), keys, "session " + i);
            channel.chip.reset();
        }
    }

    static ChipPace chip(List<PaceInfo> offered, SecureRandom random) {
        return new ChipPace(offered, Map.of(
                PacePassword.REFERENCE_CAN, CAN.getBytes(StandardCharsets.US_ASCII),
                PacePassword.REFERENCE_MRZ, MRZ.passwordHash()), random);
    }

    private static CipherSuite expectedSuite(String oid) {
        return switch (oid) {
            case SecurityInfoOids.ID_PACE_ECDH_GM_3DES_CBC_CBC -> CipherSuite.DESEDE;
            case SecurityInfoOids.ID_PACE_ECDH_GM_AES_CBC_CMAC_192 -> CipherSuite.AES_192;
            case SecurityInfoOids.ID_PACE_ECDH_GM_AES_CBC_CMAC_256 -> CipherSuite.AES_256;
            default -> CipherSuite.AES_128;
        };
    }
}
