package vn.kiosk.reader.lds;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.security.KeyPair;
import java.security.PublicKey;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

import org.bouncycastle.asn1.DERBitString;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.DERNull;
import org.jmrtd.lds.icao.DG15File;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import vn.kiosk.reader.aa.TestKeys;
import vn.kiosk.reader.error.MalformedDataException;

class Dg15Test {
    static List<KeyPair> keys() {
        return List.of(TestKeys.rsa(1024), TestKeys.ec("secp256r1"), TestKeys.ec("brainpoolP256r1"));
    }

    @ParameterizedTest
    @MethodSource("keys")
    void roundTripsRsaAndEcKeys(KeyPair pair) throws Exception {
        Dg15 dg15 = Dg15.of(pair.getPublic());
        byte[] encoded = dg15.encode();
        assertEquals(0x6F, encoded[0] & 0xFF);
        Dg15 parsed = Dg15.parse(encoded);
        assertEquals(dg15, parsed);
        assertEquals(pair.getPublic(), parsed.publicKey());
        assertEquals(pair.getPublic().getAlgorithm().equals("RSA") ? Dg15.KeyAlgorithm.RSA : Dg15.KeyAlgorithm.EC,
                parsed.keyAlgorithm());
        assertArrayEquals(encoded, parsed.encode());
    }

    @ParameterizedTest
    @MethodSource("keys")
    void jmrtdAgreesBothWays(KeyPair pair) throws Exception {
        byte[] ours = Dg15.of(pair.getPublic()).encode();
        PublicKey theirKey = new DG15File(new ByteArrayInputStream(ours)).getPublicKey();
        assertArrayEquals(pair.getPublic().getEncoded(), theirKey.getEncoded());
        byte[] theirs = new DG15File(pair.getPublic()).getEncoded();
        assertEquals(pair.getPublic(), Dg15.parse(theirs).publicKey());
    }

    @Test
    void explicitEcParametersDecode() throws Exception {
        KeyPair pair = TestKeys.ec("brainpoolP256r1");
        Dg15 dg15 = Dg15.parse(new Dg15(TestKeys.explicitParameters(pair.getPublic())).encode());
        assertEquals(Dg15.KeyAlgorithm.EC, dg15.keyAlgorithm());
        assertEquals(((java.security.interfaces.ECPublicKey) pair.getPublic()).getW(),
                ((java.security.interfaces.ECPublicKey) dg15.publicKey()).getW());
    }

    @Test
    void anotherAlgorithmIsKeptButYieldsNoKey() throws Exception {
        SubjectPublicKeyInfo dsaLike = new SubjectPublicKeyInfo(
                new AlgorithmIdentifier(new org.bouncycastle.asn1.ASN1ObjectIdentifier("1.2.840.10040.4.1")),
                new byte[] {2, 1, 5});
        Dg15 parsed = Dg15.parse(new Dg15(dsaLike).encode());
        assertEquals(Dg15.KeyAlgorithm.OTHER, parsed.keyAlgorithm());
        assertThrows(MalformedDataException.class, parsed::publicKey);
    }

    @Test
    void anRsaKeyThatDoesNotDecodeIsMalformed() {
        SubjectPublicKeyInfo broken = new SubjectPublicKeyInfo(
                new AlgorithmIdentifier(PKCSObjectIdentifiers.rsaEncryption, DERNull.INSTANCE),
                new DERBitString(new byte[] {1, 2, 3}).getBytes());
        assertThrows(MalformedDataException.class, () -> Dg15.parse(new Dg15(broken).encode()));
    }

    @Test
    void malformedFilesAreMalformed() {
        assertThrows(MalformedDataException.class, () -> Dg15.parse(null));
        assertThrows(MalformedDataException.class, () -> Dg15.parse(new byte[0]));
        assertThrows(MalformedDataException.class, () -> Dg15.parse(HexFormat.of().parseHex("6F00")));
        assertThrows(MalformedDataException.class, () -> Dg15.parse(HexFormat.of().parseHex("6E023000")));
        assertThrows(MalformedDataException.class, () -> Dg15.parse(HexFormat.of().parseHex("6F03020101")));
    }

    @Test
    void damagedBytesNeverThrowAnythingButMalformedData() {
        for (KeyPair pair : keys()) {
            byte[] good = Dg15.of(pair.getPublic()).encode();
            Random random = new Random(15);
            for (int i = 0; i < 2000; i++) {
                byte[] damaged = random.nextBoolean()
                        ? java.util.Arrays.copyOf(good, random.nextInt(good.length + 1)) : good.clone();
                if (damaged.length > 0) {
                    damaged[random.nextInt(damaged.length)] ^= (byte) (1 << random.nextInt(8));
                }
                try {
                    Dg15.parse(damaged).encode();
                } catch (MalformedDataException expected) {
                    // fine
                } catch (RuntimeException e) {
                    fail("DG15 parse threw " + e + " on damaged input " + HexFormat.of().formatHex(damaged), e);
                }
            }
        }
    }
}
