package vn.kiosk.simulator.chip.ca;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.interfaces.ECPublicKey;
import java.util.List;
import java.util.Optional;

import javax.crypto.KeyAgreement;

import org.junit.jupiter.api.Test;

import vn.kiosk.reader.apdu.CommandApdu;
import vn.kiosk.reader.ca.CaProtocol;
import vn.kiosk.reader.crypto.CipherSuite;
import vn.kiosk.reader.lds.SecurityInfoOids;
import vn.kiosk.reader.pace.DynamicAuthenticationData;
import vn.kiosk.reader.sm.SessionKeys;
import vn.kiosk.reader.tlv.Tlv;
import vn.kiosk.simulator.chip.aa.AuthenticationCards;

class ChipChipAuthenticationTest {
    private static final KeyPair CA = AuthenticationCards.ec("brainpoolP256r1");

    private static ChipChipAuthentication chip(String oid, Optional<BigInteger> keyId) {
        AuthenticationCards.Keys keys = new AuthenticationCards.Keys(AuthenticationCards.rsa(1024), Optional.empty(), CA,
                Optional.of(oid), keyId);
        return ChipChipAuthentication.forCard(Optional.of(CA.getPrivate()), Optional.of(keys.dg14().encode()));
    }

    private static CommandApdu setAt(String oid, Optional<BigInteger> keyId) {
        byte[] data = Tlv.concat(Tlv.encode(0x80, CaProtocol.ecdh(oid).orElseThrow().oidContent()),
                keyId.map(id -> Tlv.encode(0x84, id.toByteArray())).orElse(new byte[0]));
        return new CommandApdu(0x00, 0x22, 0x41, 0xA4, data);
    }

    private static CommandApdu generalAuthenticate(byte[] point) {
        return new CommandApdu(0x00, 0x86, 0x00, 0x00, DynamicAuthenticationData.wrap(0x80, point), 256);
    }

    /** The terminal's side with the JCA, encoded with Bouncy Castle's own point encoder. */
    private static KeyPair ephemeral() {
        try {
            java.security.KeyPairGenerator generator = java.security.KeyPairGenerator.getInstance("EC", AuthenticationCards.BC);
            generator.initialize(((ECPublicKey) CA.getPublic()).getParams());
            return generator.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] point(KeyPair pair) {
        return ((org.bouncycastle.jce.interfaces.ECPublicKey) pair.getPublic()).getQ().getEncoded(false);
    }

    private static SessionKeys terminalKeys(KeyPair ephemeral, CipherSuite suite) throws Exception {
        KeyAgreement agreement = KeyAgreement.getInstance("ECDH", AuthenticationCards.BC);
        agreement.init(ephemeral.getPrivate());
        agreement.doPhase(CA.getPublic(), true);
        return SessionKeys.derive(suite, agreement.generateSecret());
    }

    @Test
    void setAtThenGeneralAuthenticateAgreesOnTheTerminalsKeys() throws Exception {
        for (Optional<BigInteger> keyId : List.of(Optional.<BigInteger>empty(), Optional.of(BigInteger.valueOf(5)))) {
            ChipChipAuthentication chip = chip(SecurityInfoOids.ID_CA_ECDH_AES_CBC_CMAC_256, keyId);
            ChipChipAuthentication.Step set = chip.mseSetAt(setAt(SecurityInfoOids.ID_CA_ECDH_AES_CBC_CMAC_256, keyId));
            assertEquals(0x9000, set.response().sw());
            assertTrue(set.newKeys().isEmpty());
            KeyPair ephemeral = ephemeral();
            ChipChipAuthentication.Step done = chip.generalAuthenticate(generalAuthenticate(point(ephemeral)));
            assertEquals(0x9000, done.response().sw());
            assertArrayEquals(new byte[] {0x7C, 0x00}, done.response().data());
            assertEquals(terminalKeys(ephemeral, CipherSuite.AES_256), done.newKeys().orElseThrow());
            // Once agreed, a second GENERAL AUTHENTICATE needs a new MSE:Set AT.
            assertEquals(0x6985, chip.generalAuthenticate(generalAuthenticate(point(ephemeral))).response().sw());
        }
    }

    @Test
    void setKatAgreesInOneStep() throws Exception {
        ChipChipAuthentication chip = chip(SecurityInfoOids.ID_CA_ECDH_3DES_CBC_CBC, Optional.of(BigInteger.ONE));
        KeyPair ephemeral = ephemeral();
        byte[] data = Tlv.concat(Tlv.encode(0x91, point(ephemeral)), Tlv.encode(0x84, new byte[] {1}));
        ChipChipAuthentication.Step step = chip.mseSetKat(new CommandApdu(0x00, 0x22, 0x41, 0xA6, data));
        assertEquals(0x9000, step.response().sw());
        assertEquals(terminalKeys(ephemeral, CipherSuite.DESEDE), step.newKeys().orElseThrow());
    }

    @Test
    void refusals() {
        String aes = SecurityInfoOids.ID_CA_ECDH_AES_CBC_CMAC_128;
        ChipChipAuthentication chip = chip(aes, Optional.of(BigInteger.TWO));
        assertEquals(0x6985, chip.generalAuthenticate(generalAuthenticate(point(ephemeral()))).response().sw());
        assertEquals(0x6A80, chip.mseSetAt(setAt(SecurityInfoOids.ID_CA_ECDH_AES_CBC_CMAC_256, Optional.empty())).response().sw());
        assertEquals(0x6A88, chip.mseSetAt(setAt(aes, Optional.of(BigInteger.TEN))).response().sw());
        assertEquals(0x6A80, chip.mseSetAt(new CommandApdu(0x00, 0x22, 0x41, 0xA4, new byte[] {(byte) 0x80})).response().sw());
        assertEquals(0x6A80, chip.mseSetKat(new CommandApdu(0x00, 0x22, 0x41, 0xA6,
                Tlv.encode(0x91, point(ephemeral())))).response().sw(), "an AES-only chip does not run MSE:Set KAT");

        byte[] offCurve = point(ephemeral());
        offCurve[offCurve.length - 1] ^= 1;
        assertEquals(0x9000, chip.mseSetAt(setAt(aes, Optional.empty())).response().sw());
        assertEquals(0x6A80, chip.generalAuthenticate(generalAuthenticate(offCurve)).response().sw());
        byte[] compressed = ((org.bouncycastle.jce.interfaces.ECPublicKey) ephemeral().getPublic()).getQ().getEncoded(true);
        assertEquals(0x9000, chip.mseSetAt(setAt(aes, Optional.empty())).response().sw());
        assertEquals(0x6A80, chip.generalAuthenticate(generalAuthenticate(compressed)).response().sw());

        ChipChipAuthentication keyless = ChipChipAuthentication.forCard(Optional.empty(), Optional.empty());
        assertEquals(0x6985, keyless.mseSetAt(setAt(aes, Optional.empty())).response().sw());
        assertEquals(0x6985, keyless.mseSetKat(new CommandApdu(0x00, 0x22, 0x41, 0xA6, Tlv.encode(0x91, point(ephemeral()))))
                .response().sw());
    }
}
