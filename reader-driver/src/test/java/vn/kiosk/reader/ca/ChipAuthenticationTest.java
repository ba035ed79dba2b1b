package vn.kiosk.reader.ca;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.security.interfaces.ECPublicKey;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.crypto.agreement.ECDHBasicAgreement;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.util.PrivateKeyFactory;
import org.bouncycastle.util.BigIntegers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.kiosk.reader.aa.TestKeys;
import vn.kiosk.reader.apdu.ApduChannel;
import vn.kiosk.reader.apdu.CommandApdu;
import vn.kiosk.reader.apdu.ResponseApdu;
import vn.kiosk.reader.ca.ChipAuthenticationResult.Verdict;
import vn.kiosk.reader.lds.ChipAuthenticationInfo;
import vn.kiosk.reader.lds.ChipAuthenticationPublicKeyInfo;
import vn.kiosk.reader.lds.Dg14;
import vn.kiosk.reader.lds.SecurityInfo;
import vn.kiosk.reader.lds.SecurityInfoOids;
import vn.kiosk.reader.pace.DynamicAuthenticationData;
import vn.kiosk.reader.sm.SessionKeys;
import vn.kiosk.reader.sm.SmCodec;
import vn.kiosk.reader.tlv.DataObject;
import vn.kiosk.reader.tlv.Tlv;

/**
 * The terminal against a scripted chip: MSE and GENERAL AUTHENTICATE arrive in the clear (the
 * old secure channel is not the point here), the chip derives its keys with Bouncy Castle's
 * lightweight ECDH, and answers the terminal's first protected command under them.
 */
class ChipAuthenticationTest {
    private static final KeyPair BRAINPOOL = TestKeys.ec("brainpoolP256r1");
    private static final KeyPair P256 = TestKeys.ec("secp256r1");
    private static final byte[] DG14_HEAD = HexFormat.of().parseHex("6E8201A3");

    private static Dg14 dg14(KeyPair key, String caOid, Optional<BigInteger> keyId) {
        return new Dg14(List.of(
                new ChipAuthenticationPublicKeyInfo(SecurityInfoOids.ID_PK_ECDH,
                        SubjectPublicKeyInfo.getInstance(key.getPublic().getEncoded()), keyId),
                new ChipAuthenticationInfo(caOid, 1, keyId)));
    }

    @ParameterizedTest
    @ValueSource(strings = {SecurityInfoOids.ID_CA_ECDH_AES_CBC_CMAC_128, SecurityInfoOids.ID_CA_ECDH_AES_CBC_CMAC_192,
        SecurityInfoOids.ID_CA_ECDH_AES_CBC_CMAC_256})
    void aesRunsMseSetAtAndGeneralAuthenticate(String oid) throws Exception {
        for (Optional<BigInteger> keyId : List.of(Optional.<BigInteger>empty(), Optional.of(BigInteger.valueOf(3)))) {
            Chip chip = new Chip(BRAINPOOL, CaProtocol.ecdh(oid).orElseThrow().suite());
            ChipAuthenticationResult result = new ChipAuthentication(new SecureRandom())
                    .perform(chip.secure, chip.plain, dg14(BRAINPOOL, oid, keyId));
            ChipAuthenticationResult.Valid valid = assertInstanceOf(ChipAuthenticationResult.Valid.class, result);
            assertEquals(Verdict.VALID, valid.verdict());
            assertEquals(oid, valid.protocol());
            assertEquals(keyId, valid.keyId());

            CommandApdu mse = chip.clear.get(0);
            assertEquals("002241A4", header(mse));
            List<DataObject> mseData = Tlv.parseAll(mse.data());
            assertArrayEquals(CaProtocol.ecdh(oid).orElseThrow().oidContent(), Tlv.find(mseData, 0x80).orElseThrow().value());
            assertEquals(keyId.map(id -> new byte[] {id.byteValue()}).map(HexFormat.of()::formatHex),
                    Tlv.find(mseData, 0x84).map(DataObject::value).map(HexFormat.of()::formatHex));
            CommandApdu ga = chip.clear.get(1);
            assertEquals("00860000", header(ga));
            assertEquals(256, ga.ne());
            byte[] point = DynamicAuthenticationData.unwrap(ga.data(), 0x80);
            assertEquals(65, point.length);
            assertArrayEquals(point, valid.terminalEphemeralPublicKey());

            // The new channel keeps working: its counter continues from the probe.
            assertArrayEquals(DG14_HEAD, valid.channel().send(new CommandApdu(0x00, 0xB0, 0x8E, 0x00, 4)).data());
            assertEquals(2, chip.protectedCommands);
        }
    }

    @Test
    void tripleDesRunsMseSetKat() throws Exception {
        for (Optional<BigInteger> keyId : List.of(Optional.<BigInteger>empty(), Optional.of(BigInteger.valueOf(300)))) {
            Chip chip = new Chip(P256, vn.kiosk.reader.crypto.CipherSuite.DESEDE);
            ChipAuthenticationResult result = new ChipAuthentication(new SecureRandom())
                    .perform(chip.secure, chip.plain, dg14(P256, SecurityInfoOids.ID_CA_ECDH_3DES_CBC_CBC, keyId));
            assertEquals(Verdict.VALID, result.verdict(), result.toString());
            assertEquals(1, chip.clear.size());
            CommandApdu kat = chip.clear.get(0);
            assertEquals("002241A6", header(kat));
            List<DataObject> data = Tlv.parseAll(kat.data());
            assertEquals(65, Tlv.find(data, 0x91).orElseThrow().value().length);
            assertEquals(keyId.map(id -> HexFormat.of().formatHex(BigIntegers.asUnsignedByteArray(id))),
                    Tlv.find(data, 0x84).map(DataObject::value).map(HexFormat.of()::formatHex));
        }
    }

    @Test
    void withoutChipAuthenticationInfo3DesIsAssumed() throws Exception {
        Chip chip = new Chip(P256, vn.kiosk.reader.crypto.CipherSuite.DESEDE);
        Dg14 keyOnly = new Dg14(List.of(new ChipAuthenticationPublicKeyInfo(SecurityInfoOids.ID_PK_ECDH,
                SubjectPublicKeyInfo.getInstance(P256.getPublic().getEncoded()), Optional.empty())));
        ChipAuthenticationResult result = new ChipAuthentication(new SecureRandom()).perform(chip.secure, chip.plain, keyOnly);
        assertEquals(Verdict.VALID, result.verdict());
        assertEquals("002241A6", header(chip.clear.get(0)));
    }

    @Test
    void explicitDomainParametersInDg14Work() throws Exception {
        Chip chip = new Chip(BRAINPOOL, vn.kiosk.reader.crypto.CipherSuite.AES_128);
        Dg14 explicit = new Dg14(List.of(
                new ChipAuthenticationPublicKeyInfo(SecurityInfoOids.ID_PK_ECDH, TestKeys.explicitParameters(BRAINPOOL.getPublic()),
                        Optional.empty()),
                new ChipAuthenticationInfo(SecurityInfoOids.ID_CA_ECDH_AES_CBC_CMAC_128, 1)));
        assertEquals(Verdict.VALID, new ChipAuthentication(new SecureRandom())
                .perform(chip.secure, chip.plain, Dg14.parse(explicit.encode())).verdict());
    }

    @Test
    void aChipWithAnotherKeyIsInvalidAndNothingEscapes() throws Exception {
        Chip clone = new Chip(TestKeys.ec("brainpoolP256r1"), vn.kiosk.reader.crypto.CipherSuite.AES_128);
        ChipAuthenticationResult result = new ChipAuthentication(new SecureRandom()).perform(clone.secure, clone.plain,
                dg14(BRAINPOOL, SecurityInfoOids.ID_CA_ECDH_AES_CBC_CMAC_128, Optional.empty()));
        ChipAuthenticationResult.Invalid invalid = assertInstanceOf(ChipAuthenticationResult.Invalid.class, result);
        assertTrue(invalid.stillUsable().isEmpty());
        assertTrue(invalid.problem().contains("secure messaging"), invalid.problem());
    }

    @Test
    void aChipThatCannotCheckOurMacAnswersInTheClearAndIsInvalid() throws Exception {
        Chip chip = new Chip(BRAINPOOL, vn.kiosk.reader.crypto.CipherSuite.AES_128);
        chip.plainAnswer = Optional.of(new ResponseApdu(0x6988));
        ChipAuthenticationResult result = new ChipAuthentication(new SecureRandom()).perform(chip.secure, chip.plain,
                dg14(BRAINPOOL, SecurityInfoOids.ID_CA_ECDH_AES_CBC_CMAC_128, Optional.empty()));
        assertEquals(Verdict.INVALID, result.verdict());
        // An unprotected error proves nothing either way, and is not taken as success.
        chip = new Chip(BRAINPOOL, vn.kiosk.reader.crypto.CipherSuite.AES_128);
        chip.plainAnswer = Optional.of(new ResponseApdu(0x6A82));
        result = new ChipAuthentication(new SecureRandom()).perform(chip.secure, chip.plain,
                dg14(BRAINPOOL, SecurityInfoOids.ID_CA_ECDH_AES_CBC_CMAC_128, Optional.empty()));
        assertEquals(Verdict.INVALID, result.verdict());
    }

    @Test
    void aRefusalLeavesTheOldChannelUsable() throws Exception {
        Chip chip = new Chip(BRAINPOOL, vn.kiosk.reader.crypto.CipherSuite.AES_128);
        chip.refuseWith = 0x6A80;
        ChipAuthenticationResult result = new ChipAuthentication(new SecureRandom()).perform(chip.secure, chip.plain,
                dg14(BRAINPOOL, SecurityInfoOids.ID_CA_ECDH_AES_CBC_CMAC_128, Optional.empty()));
        ChipAuthenticationResult.Invalid invalid = assertInstanceOf(ChipAuthenticationResult.Invalid.class, result);
        assertSame(chip.secure, invalid.stillUsable().orElseThrow());
        assertTrue(invalid.problem().contains("6A80"));
        assertEquals(0, chip.protectedCommands);
    }

    @Test
    void nothingUsableInDg14IsNotSupported() throws Exception {
        Chip chip = new Chip(BRAINPOOL, vn.kiosk.reader.crypto.CipherSuite.AES_128);
        SubjectPublicKeyInfo key = SubjectPublicKeyInfo.getInstance(BRAINPOOL.getPublic().getEncoded());
        List<Dg14> unusable = List.of(
                new Dg14(List.of()),
                new Dg14(List.of(new ChipAuthenticationInfo(SecurityInfoOids.ID_CA_ECDH_AES_CBC_CMAC_128, 1))),
                new Dg14(List.<SecurityInfo>of(new ChipAuthenticationPublicKeyInfo(SecurityInfoOids.ID_PK_DH, key, Optional.empty()),
                        new ChipAuthenticationInfo(SecurityInfoOids.ID_CA_DH_AES_CBC_CMAC_128, 1))),
                new Dg14(List.of(new ChipAuthenticationPublicKeyInfo(SecurityInfoOids.ID_PK_ECDH, key, Optional.empty()),
                        new ChipAuthenticationInfo(SecurityInfoOids.ID_CA_DH_AES_CBC_CMAC_128, 1))),
                new Dg14(List.of(new ChipAuthenticationPublicKeyInfo(SecurityInfoOids.ID_PK_ECDH, key, Optional.of(BigInteger.ONE)),
                        new ChipAuthenticationInfo(SecurityInfoOids.ID_CA_ECDH_AES_CBC_CMAC_128, 1, Optional.of(BigInteger.TWO)))),
                new Dg14(List.of(new ChipAuthenticationPublicKeyInfo(SecurityInfoOids.ID_PK_ECDH, key, Optional.empty()),
                        new ChipAuthenticationInfo(SecurityInfoOids.ID_CA_ECDH_AES_CBC_CMAC_128, 2))));
        for (Dg14 dg14 : unusable) {
            ChipAuthenticationResult result = new ChipAuthentication(new SecureRandom()).perform(chip.secure, chip.plain, dg14);
            ChipAuthenticationResult.NotSupported notSupported = assertInstanceOf(ChipAuthenticationResult.NotSupported.class, result);
            assertSame(chip.secure, notSupported.channel());
        }
        assertTrue(chip.clear.isEmpty());
    }

    @Test
    void theStrongestProtocolWithAMatchingKeyIsChosen() throws Exception {
        KeyPair other = TestKeys.ec("secp256r1");
        Dg14 several = new Dg14(List.of(
                new ChipAuthenticationPublicKeyInfo(SecurityInfoOids.ID_PK_ECDH,
                        SubjectPublicKeyInfo.getInstance(other.getPublic().getEncoded()), Optional.of(BigInteger.ONE)),
                new ChipAuthenticationPublicKeyInfo(SecurityInfoOids.ID_PK_ECDH,
                        SubjectPublicKeyInfo.getInstance(BRAINPOOL.getPublic().getEncoded()), Optional.of(BigInteger.TWO)),
                new ChipAuthenticationInfo(SecurityInfoOids.ID_CA_ECDH_3DES_CBC_CBC, 1, Optional.of(BigInteger.ONE)),
                new ChipAuthenticationInfo(SecurityInfoOids.ID_CA_ECDH_AES_CBC_CMAC_256, 1, Optional.of(BigInteger.TWO)),
                new ChipAuthenticationInfo(SecurityInfoOids.ID_CA_ECDH_AES_CBC_CMAC_192, 1, Optional.of(BigInteger.valueOf(9)))));
        Chip chip = new Chip(BRAINPOOL, vn.kiosk.reader.crypto.CipherSuite.AES_256);
        ChipAuthenticationResult result = new ChipAuthentication(new SecureRandom()).perform(chip.secure, chip.plain, several);
        ChipAuthenticationResult.Valid valid = assertInstanceOf(ChipAuthenticationResult.Valid.class, result);
        assertEquals(SecurityInfoOids.ID_CA_ECDH_AES_CBC_CMAC_256, valid.protocol());
        assertEquals(Optional.of(BigInteger.TWO), valid.keyId());
    }

    @Test
    void theSharedSecretKeepsItsLeadingZeros() throws Exception {
        // About one x-coordinate in 256 starts with a zero byte; 3000 runs meet a dozen.
        ECPublicKey chipKey = (ECPublicKey) P256.getPublic();
        ECPrivateKeyParameters chipPrivate = (ECPrivateKeyParameters) PrivateKeyFactory.createKey(P256.getPrivate().getEncoded());
        SecureRandom random = new SecureRandom();
        int leadingZeros = 0;
        for (int i = 0; i < 3000; i++) {
            KeyPair ephemeral = EcdhKeyAgreement.ephemeral(chipKey.getParams(), random);
            byte[] ours = EcdhKeyAgreement.sharedSecret(ephemeral.getPrivate(), chipKey);
            assertEquals(32, ours.length);
            byte[] encoded = EcdhKeyAgreement.encode((ECPublicKey) ephemeral.getPublic());
            assertEquals(65, encoded.length);
            ECDHBasicAgreement agreement = new ECDHBasicAgreement();
            agreement.init(chipPrivate);
            BigInteger x = agreement.calculateAgreement(new ECPublicKeyParameters(
                    chipPrivate.getParameters().getCurve().decodePoint(encoded), chipPrivate.getParameters()));
            assertArrayEquals(BigIntegers.asUnsignedByteArray(32, x), ours);
            if (ours[0] == 0) {
                leadingZeros++;
            }
        }
        assertTrue(leadingZeros > 0, "no shared secret with a leading zero in 3000 runs");
    }

    private static String header(CommandApdu command) {
        return String.format("%02X%02X%02X%02X", command.cla(), command.ins(), command.p1(), command.p2());
    }

    /**
     * A chip holding {@code key}: MSE/GA come through {@link #secure} in the clear; after the
     * agreement every command through {@link #plain} is protected under the derived keys.
     */
    private static final class Chip {
        final List<CommandApdu> clear = new ArrayList<>();
        final ApduChannel secure;
        final ApduChannel plain;
        int protectedCommands;
        int refuseWith = 0x9000;
        Optional<ResponseApdu> plainAnswer = Optional.empty();
        private final ECPrivateKeyParameters key;
        private final vn.kiosk.reader.crypto.CipherSuite suite;
        private SmCodec codec;

        Chip(KeyPair pair, vn.kiosk.reader.crypto.CipherSuite suite) throws Exception {
            this.key = (ECPrivateKeyParameters) PrivateKeyFactory.createKey(pair.getPrivate().getEncoded());
            this.suite = suite;
            this.secure = new Channel(this::clearCommand);
            this.plain = new Channel(this::protectedCommand);
        }

        private ResponseApdu clearCommand(CommandApdu command) throws Exception {
            clear.add(command);
            if (refuseWith != 0x9000) {
                return new ResponseApdu(refuseWith);
            }
            List<DataObject> objects;
            if (command.ins() == 0x22 && command.p2() == 0xA4) {
                return new ResponseApdu(0x9000);
            }
            if (command.ins() == 0x22 && command.p2() == 0xA6) {
                objects = Tlv.parseAll(command.data());
                agree(Tlv.find(objects, 0x91).orElseThrow().value());
                return new ResponseApdu(0x9000);
            }
            agree(DynamicAuthenticationData.unwrap(command.data(), 0x80));
            return new ResponseApdu(HexFormat.of().parseHex("7C00"), 0x9000);
        }

        private void agree(byte[] point) {
            ECDHBasicAgreement agreement = new ECDHBasicAgreement();
            agreement.init(key);
            BigInteger x = agreement.calculateAgreement(new ECPublicKeyParameters(
                    key.getParameters().getCurve().decodePoint(point), key.getParameters()));
            codec = new SmCodec(SessionKeys.derive(suite, BigIntegers.asUnsignedByteArray(agreement.getFieldSize(), x)));
        }

        /** Answers any protected command with DG14's first bytes, protected under the chip's keys. */
        private ResponseApdu protectedCommand(CommandApdu command) {
            protectedCommands++;
            if (plainAnswer.isPresent()) {
                return plainAnswer.get();
            }
            codec.nextSsc();
            byte[] ssc = codec.nextSsc();
            byte[] do87 = codec.encryptedDataObject(ssc, DG14_HEAD, false);
            byte[] do99 = Tlv.encode(SmCodec.DO_STATUS, new byte[] {(byte) 0x90, 0x00});
            byte[] macInput = Tlv.concat(do87, do99);
            return new ResponseApdu(Tlv.concat(macInput, codec.macDataObject(ssc, macInput)), 0x9000);
        }
    }

    @FunctionalInterface
    private interface Handler {
        ResponseApdu handle(CommandApdu command) throws Exception;
    }

    private record Channel(Handler handler) implements ApduChannel {
        @Override
        public ResponseApdu send(CommandApdu command) {
            try {
                return handler.handle(CommandApdu.parse(command.encode()));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public boolean extendedLength() {
            return false;
        }
    }
}
