package vn.kiosk.simulator.chip.pace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.math.ec.ECPoint;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.kiosk.reader.apdu.CommandApdu;
import vn.kiosk.reader.apdu.ResponseApdu;
import vn.kiosk.reader.crypto.CipherSuite;
import vn.kiosk.reader.error.UnsupportedProtocolException;
import vn.kiosk.reader.lds.CardAccess;
import vn.kiosk.reader.lds.PaceInfo;
import vn.kiosk.reader.lds.SecurityInfoOids;
import vn.kiosk.reader.pace.AuthenticationToken;
import vn.kiosk.reader.pace.DynamicAuthenticationData;
import vn.kiosk.reader.pace.EcKeyPair;
import vn.kiosk.reader.pace.EcPoints;
import vn.kiosk.reader.pace.GenericMapping;
import vn.kiosk.reader.pace.Pace;
import vn.kiosk.reader.pace.PacePassword;
import vn.kiosk.reader.pace.PaceProtocol;
import vn.kiosk.reader.pace.StandardizedDomainParameters;
import vn.kiosk.reader.sm.SessionKeys;

/** The simulated chip refuses every malformed, out-of-order or forged step with the right status word. */
class PaceChipTest {
    private static final HexFormat HEX = HexFormat.of().withUpperCase();
    private static final PaceInfo INFO = CardAccess.cccd().paceInfos().get(0);
    private static final String CAN = "123456";
    private static final String MSE_CAN = "0022C1A412800A04007F0007020204020283010284010D";

    private final SecureRandom random = new SecureRandom();
    private ChipPace chip;
    private PaceProtocol protocol;
    private ECDomainParameters domain;

    @BeforeEach
    void setUp() throws Exception {
        chip = PaceEndToEndTest.chip(List.of(INFO), random);
        protocol = PaceProtocol.of(INFO.protocol());
        domain = StandardizedDomainParameters.of(13);
    }

    @Test
    void mseSetAtValidation() {
        String oid = "800A04007F00070202040202";
        assertEquals(0x9000, mseData(oid + "830102" + "84010D"));
        assertEquals(0x6A86, chip.mseSetAt(new CommandApdu(0x00, 0x22, 0x41, 0xA4, HEX.parseHex("830102"))).sw());
        assertEquals(0x6A80, mseData("800100" + "FF"));                                   // trailing garbage
        assertEquals(0x6A80, mseData("830102" + "84010D"));                               // no OID
        assertEquals(0x6A80, mseData("800A04007F00070202040402" + "830102" + "84010D"));  // OID not offered (IM)
        assertEquals(0x6A88, mseData(oid + "830103" + "84010D"));                         // password ref 3 (PIN)
        assertEquals(0x6A88, mseData(oid + "830102"));                                    // no tag 84
        assertEquals(0x6A88, mseData(oid + "830102" + "84010C"));                         // parameter id 12
        assertEquals(0x6A80, mseData("800A04007F00"));                                    // truncated TLV
        // A refused MSE:Set AT leaves no environment behind.
        assertEquals(0x6985, ga(0x10, DynamicAuthenticationData.empty()).sw());
    }

    @Test
    void generalAuthenticateWithoutMseSetAt() {
        assertEquals(0x6985, ga(0x10, DynamicAuthenticationData.empty()).sw());
    }

    @Test
    void stepsOutOfOrderOrWronglyChained() {
        assertEquals(0x9000, mse(MSE_CAN));
        EcKeyPair key = EcKeyPair.generate(domain, random);
        // Map nonce before asking for the nonce.
        assertEquals(0x6985, ga(0x10, DynamicAuthenticationData.wrap(0x81, EcPoints.encode(key.publicKey()))).sw());
        // The first step unchained.
        assertEquals(0x6985, ga(0x00, DynamicAuthenticationData.empty()).sw());
        // P1/P2 must be zero.
        assertEquals(0x6A86, chip.generalAuthenticate(new CommandApdu(0x10, 0x86, 0x00, 0x01,
                DynamicAuthenticationData.empty(), 256)).sw());
        // Not a 7C template.
        assertEquals(0x6A80, ga(0x10, HEX.parseHex("800100")).sw());
        // After all that the environment still stands: a full run succeeds.
        assertTrue(runWithCan(CAN).isPresent());
    }

    @Test
    void pointsOffTheCurveOrAtInfinityAreRefused() {
        int length = EcPoints.fieldLength(domain.getCurve());
        byte[] offCurve = EcPoints.encode(EcKeyPair.generate(domain, random).publicKey());
        offCurve[offCurve.length - 1] ^= 1;
        byte[] zeros = new byte[1 + 2 * length];
        zeros[0] = 0x04;
        byte[] compressed = EcKeyPair.generate(domain, random).publicKey().getEncoded(true);
        byte[] infinity = {0x00};
        for (byte[] bad : List.of(offCurve, zeros, compressed, infinity, Arrays.copyOf(offCurve, offCurve.length - 1))) {
            assertEquals(0x9000, mse(MSE_CAN));
            assertEquals(0x9000, ga(0x10, DynamicAuthenticationData.empty()).sw());
            assertEquals(0x6A80, ga(0x10, DynamicAuthenticationData.wrap(0x81, bad)).sw(), HEX.formatHex(bad));
        }
    }

    @Test
    void terminalReusingItsMappingKeyIsRefused() {
        assertEquals(0x9000, mse(MSE_CAN));
        Steps steps = new Steps(CAN);
        steps.nonce();
        ResponseApdu mapped = steps.map();
        assertEquals(0x9000, mapped.sw());
        // Send the mapping key again as the ephemeral key.
        ResponseApdu reuse = ga(0x10, DynamicAuthenticationData.wrap(0x83, EcPoints.encode(steps.mappingKey.publicKey())));
        assertEquals(0x6A80, reuse.sw());
    }

    @Test
    void wrongTokenIsAuthenticationFailedAndRetryWorks() {
        assertTrue(runWithCan("000000").isEmpty());
        assertTrue(chip.established().isEmpty());
        // Straight after the failure, without a new MSE:Set AT.
        Steps again = new Steps(CAN);
        assertEquals(0x9000, again.runAllButMse().sw());
        assertTrue(chip.established().isPresent());
        chip.reset();
        assertTrue(chip.established().isEmpty());
        assertEquals(0x6985, ga(0x10, DynamicAuthenticationData.empty()).sw());
    }

    @Test
    void establishedKeysEndWithANewMseSetAt() {
        assertTrue(runWithCan(CAN).isPresent());
        assertEquals(0x6985, ga(0x10, DynamicAuthenticationData.empty()).sw(), "no second run on finished keys");
        assertEquals(0x9000, mse(MSE_CAN));
        assertTrue(chip.established().isEmpty());
    }

    @Test
    void unparsableCardAccessOffersNothing() {
        ChipPace broken = ChipPace.forCard(HEX.parseHex("3103020101"), CAN, null, random);
        assertEquals(0x6A80, broken.mseSetAt(CommandApdu.parse(HEX.parseHex(MSE_CAN))).sw());
    }

    @Test
    void terminalRefusesWhatItCannotRun() {
        PaceInfo integratedMapping = new PaceInfo(SecurityInfoOids.ID_PACE_ECDH_IM_AES_CBC_CMAC_128, 2, 13);
        PaceInfo dhGroup = new PaceInfo(SecurityInfoOids.ID_PACE_ECDH_GM_AES_CBC_CMAC_128, 2, 2);
        PaceInfo version1 = new PaceInfo(SecurityInfoOids.ID_PACE_ECDH_GM_AES_CBC_CMAC_128, 1, 13);
        ChipChannel channel = new ChipChannel(chip);
        for (PaceInfo info : List.of(integratedMapping, dhGroup, version1)) {
            assertTrue(!Pace.supports(info));
            assertThrows(UnsupportedProtocolException.class,
                    () -> Pace.establish(channel, info, PacePassword.can(CAN), random));
        }
        assertTrue(channel.sent.isEmpty(), "nothing is sent for an unsupported protocol");
        assertThrows(IllegalArgumentException.class, () -> new ChipPace(List.of(integratedMapping),
                java.util.Map.of(), random));
    }

    private java.util.Optional<SessionKeys> runWithCan(String can) {
        assertEquals(0x9000, mse(MSE_CAN));
        ResponseApdu last = new Steps(can).runAllButMse();
        if (last.sw() == 0x6300) {
            return java.util.Optional.empty();
        }
        assertEquals(0x9000, last.sw());
        return chip.established();
    }

    private int mseData(String dataHex) {
        return chip.mseSetAt(new CommandApdu(0x00, 0x22, 0xC1, 0xA4, HEX.parseHex(dataHex))).sw();
    }

    private int mse(String hex) {
        return chip.mseSetAt(CommandApdu.parse(HEX.parseHex(hex))).sw();
    }

    private ResponseApdu ga(int cla, byte[] data) {
        return chip.generalAuthenticate(new CommandApdu(cla, 0x86, 0x00, 0x00, data, 256));
    }

    /** A hand-driven terminal, so single steps can be replayed or corrupted. */
    private final class Steps {
        private final byte[] password;
        private byte[] nonce;
        EcKeyPair mappingKey;
        private ECDomainParameters mapped;

        Steps(String can) {
            this.password = can.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        }

        void nonce() {
            ResponseApdu response = ga(0x10, DynamicAuthenticationData.empty());
            assertEquals(0x9000, response.sw());
            CipherSuite suite = protocol.suite();
            byte[] z = unwrap(response, 0x80);
            nonce = suite.decrypt(suite.deriveKey(password, CipherSuite.KDF_PACE), new byte[16], z);
        }

        ResponseApdu map() {
            mappingKey = EcKeyPair.generate(domain, random);
            ResponseApdu response = ga(0x10, DynamicAuthenticationData.wrap(0x81, EcPoints.encode(mappingKey.publicKey())));
            if (response.isOk()) {
                try {
                    ECPoint chipKey = EcPoints.decode(domain.getCurve(), unwrap(response, 0x82));
                    mapped = GenericMapping.map(domain, nonce, GenericMapping.agree(mappingKey.privateKey(), chipKey));
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
            }
            return response;
        }

        ResponseApdu runAllButMse() {
            nonce();
            assertEquals(0x9000, map().sw());
            EcKeyPair ephemeral = EcKeyPair.generate(mapped, random);
            ResponseApdu agreed = ga(0x10, DynamicAuthenticationData.wrap(0x83, EcPoints.encode(ephemeral.publicKey())));
            assertEquals(0x9000, agreed.sw());
            try {
                ECPoint chipEphemeral = EcPoints.decode(domain.getCurve(), unwrap(agreed, 0x84));
                byte[] secret = EcPoints.xCoordinate(GenericMapping.agree(ephemeral.privateKey(), chipEphemeral));
                SessionKeys keys = SessionKeys.derive(protocol.suite(), secret);
                byte[] token = AuthenticationToken.compute(protocol, keys.macKey(), chipEphemeral);
                return ga(0x00, DynamicAuthenticationData.wrap(0x85, token));
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }

        private byte[] unwrap(ResponseApdu response, int tag) {
            try {
                return DynamicAuthenticationData.unwrap(response.data(), tag);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }
    }

}
