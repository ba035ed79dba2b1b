package vn.kiosk.reader.lds;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.security.KeyPair;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.jmrtd.lds.icao.DG14File;
import org.junit.jupiter.api.Test;

import vn.kiosk.reader.aa.SignatureHash;
import vn.kiosk.reader.aa.TestKeys;
import vn.kiosk.reader.error.MalformedDataException;

class Dg14Test {
    private static final KeyPair CA_KEY = TestKeys.ec("brainpoolP256r1");

    /** What a CCCD's DG14 holds: CA key and info, TA info, an AA info for an EC key. */
    private static Dg14 cccdLike(SubjectPublicKeyInfo caKey, Optional<BigInteger> keyId) {
        return new Dg14(List.of(
                new ChipAuthenticationPublicKeyInfo(SecurityInfoOids.ID_PK_ECDH, caKey, keyId),
                new ChipAuthenticationInfo(SecurityInfoOids.ID_CA_ECDH_AES_CBC_CMAC_128, 1, keyId),
                new TerminalAuthenticationInfo(1),
                new ActiveAuthenticationInfo(1, Optional.of(SignatureHash.SHA256.ecdsaPlainOid()))));
    }

    private static SubjectPublicKeyInfo spki(KeyPair pair) {
        return SubjectPublicKeyInfo.getInstance(pair.getPublic().getEncoded());
    }

    @Test
    void roundTripsAndFindsItsInfosByType() throws Exception {
        for (Optional<BigInteger> keyId : List.of(Optional.<BigInteger>empty(), Optional.of(BigInteger.valueOf(7)))) {
            Dg14 dg14 = cccdLike(spki(CA_KEY), keyId);
            byte[] encoded = dg14.encode();
            assertEquals(0x6E, encoded[0] & 0xFF);
            Dg14 parsed = Dg14.parse(encoded);
            assertEquals(new HashSet<>(dg14.infos()), new HashSet<>(parsed.infos()));
            assertArrayEquals(encoded, parsed.encode());
            assertEquals(1, parsed.chipAuthenticationPublicKeyInfos().size());
            assertEquals(keyId, parsed.chipAuthenticationPublicKeyInfos().get(0).keyId());
            assertEquals(keyId, parsed.chipAuthenticationInfos().get(0).keyId());
            assertEquals(Optional.of(SignatureHash.SHA256.ecdsaPlainOid()),
                    parsed.activeAuthenticationInfo().orElseThrow().signatureAlgorithm());
        }
    }

    @Test
    void explicitDomainParametersSurviveByteForByte() throws Exception {
        SubjectPublicKeyInfo explicit = TestKeys.explicitParameters(CA_KEY.getPublic());
        Dg14 parsed = Dg14.parse(cccdLike(explicit, Optional.empty()).encode());
        assertEquals(explicit, parsed.chipAuthenticationPublicKeyInfos().get(0).chipAuthenticationPublicKey());
        assertEquals(CA_KEY.getPublic(), TestKeys.decode(explicit, "EC"));
    }

    @Test
    void unknownInfosAreKept() throws Exception {
        byte[] unknown = HexFormat.of().parseHex("3009060404007F00020101");
        Dg14 withUnknown = new Dg14(List.of(new UnknownSecurityInfo("0.4.0.127.0", unknown),
                new ChipAuthenticationPublicKeyInfo(SecurityInfoOids.ID_PK_ECDH, spki(CA_KEY), Optional.empty())));
        Dg14 parsed = Dg14.parse(withUnknown.encode());
        assertEquals(2, parsed.infos().size());
        assertEquals(1, parsed.ofType(UnknownSecurityInfo.class).size());
        assertTrue(parsed.activeAuthenticationInfo().isEmpty());
        assertTrue(parsed.chipAuthenticationInfos().isEmpty());
    }

    @Test
    void jmrtdReadsOurEncoding() throws Exception {
        Dg14 ours = cccdLike(spki(CA_KEY), Optional.of(BigInteger.ONE));
        DG14File theirs = new DG14File(new ByteArrayInputStream(ours.encode()));
        assertEquals(1, theirs.getChipAuthenticationInfos().size());
        assertEquals(SecurityInfoOids.ID_CA_ECDH_AES_CBC_CMAC_128, theirs.getChipAuthenticationInfos().get(0).getObjectIdentifier());
        assertEquals(BigInteger.ONE, theirs.getChipAuthenticationInfos().get(0).getKeyId());
        assertEquals(1, theirs.getChipAuthenticationPublicKeyInfos().size());
        assertEquals(((java.security.interfaces.ECPublicKey) CA_KEY.getPublic()).getW(),
                ((java.security.interfaces.ECPublicKey) theirs.getChipAuthenticationPublicKeyInfos().get(0)
                        .getSubjectPublicKey()).getW());
        assertEquals(SignatureHash.SHA256.ecdsaPlainOid(),
                theirs.getActiveAuthenticationInfos().get(0).getSignatureAlgorithmOID());
        // JMRTD writes the key back with explicit domain parameters; we read that as the same key.
        Dg14 reread = Dg14.parse(theirs.getEncoded());
        assertEquals(((java.security.interfaces.ECPublicKey) CA_KEY.getPublic()).getW(),
                ((java.security.interfaces.ECPublicKey) TestKeys.decode(
                        reread.chipAuthenticationPublicKeyInfos().get(0).chipAuthenticationPublicKey(), "EC")).getW());
    }

    @Test
    void weReadJmrtdsEncoding() throws Exception {
        List<org.jmrtd.lds.SecurityInfo> infos = List.of(
                new org.jmrtd.lds.ChipAuthenticationPublicKeyInfo(CA_KEY.getPublic(), BigInteger.TWO),
                new org.jmrtd.lds.ChipAuthenticationInfo(SecurityInfoOids.ID_CA_ECDH_AES_CBC_CMAC_256, 1, BigInteger.TWO),
                new org.jmrtd.lds.ActiveAuthenticationInfo(SignatureHash.SHA1.ecdsaPlainOid()));
        Dg14 parsed = Dg14.parse(new DG14File(infos).getEncoded());
        assertEquals(Optional.of(BigInteger.TWO), parsed.chipAuthenticationPublicKeyInfos().get(0).keyId());
        assertEquals(SecurityInfoOids.ID_PK_ECDH, parsed.chipAuthenticationPublicKeyInfos().get(0).protocol());
        assertEquals(CA_KEY.getPublic(), TestKeys.decode(
                parsed.chipAuthenticationPublicKeyInfos().get(0).chipAuthenticationPublicKey(), "EC"));
        assertEquals(SecurityInfoOids.ID_CA_ECDH_AES_CBC_CMAC_256, parsed.chipAuthenticationInfos().get(0).protocol());
        assertEquals(Optional.of(SignatureHash.SHA1.ecdsaPlainOid()),
                parsed.activeAuthenticationInfo().orElseThrow().signatureAlgorithm());
    }

    @Test
    void malformedFilesAreMalformed() {
        byte[] good = cccdLike(spki(CA_KEY), Optional.empty()).encode();
        assertThrows(MalformedDataException.class, () -> Dg14.parse(null));
        assertThrows(MalformedDataException.class, () -> Dg14.parse(new byte[0]));
        assertThrows(MalformedDataException.class, () -> Dg14.parse(HexFormat.of().parseHex("6E00")));
        assertThrows(MalformedDataException.class, () -> Dg14.parse(HexFormat.of().parseHex("6E023000")));
        byte[] wrongTag = good.clone();
        wrongTag[0] = 0x6F;
        assertThrows(MalformedDataException.class, () -> Dg14.parse(wrongTag));
        byte[] trailing = java.util.Arrays.copyOf(good, good.length + 1);
        assertThrows(MalformedDataException.class, () -> Dg14.parse(trailing));
        assertThrows(MalformedDataException.class, () -> Dg14.parse(java.util.Arrays.copyOf(good, good.length - 1)));
    }

    @Test
    void damagedBytesNeverThrowAnythingButMalformedData() {
        byte[] good = cccdLike(spki(CA_KEY), Optional.of(BigInteger.TEN)).encode();
        Random random = new Random(14);
        for (int i = 0; i < 3000; i++) {
            byte[] damaged = random.nextBoolean()
                    ? java.util.Arrays.copyOf(good, random.nextInt(good.length + 1)) : good.clone();
            if (damaged.length > 0) {
                damaged[random.nextInt(damaged.length)] ^= (byte) (1 << random.nextInt(8));
            }
            try {
                Dg14.parse(damaged);
            } catch (MalformedDataException expected) {
                // fine
            } catch (RuntimeException e) {
                fail("DG14 parse threw " + e + " on damaged input " + HexFormat.of().formatHex(damaged), e);
            }
        }
    }
}
