package vn.kiosk.simulator.chip.aa;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;

import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.junit.jupiter.api.Test;

import vn.kiosk.reader.aa.ActiveAuthentication;
import vn.kiosk.reader.aa.ActiveAuthenticationResult.Verdict;
import vn.kiosk.reader.aa.SignatureHash;
import vn.kiosk.reader.apdu.CommandApdu;
import vn.kiosk.reader.apdu.ResponseApdu;
import vn.kiosk.reader.lds.Dg14;

class ChipActiveAuthenticationTest {
    private static final KeyPair RSA = AuthenticationCards.rsa(1024);
    private static final KeyPair P256 = AuthenticationCards.ec("secp256r1");
    private static final byte[] CHALLENGE = HexFormat.of().parseHex("1122334455667788");

    private static ChipActiveAuthentication chip(KeyPair pair, Optional<String> aaOid) {
        Dg14 dg14 = AuthenticationCards.Keys.of(pair, aaOid).dg14();
        return ChipActiveAuthentication.forCard(Optional.of(pair.getPrivate()), Optional.of(dg14.encode()), new SecureRandom());
    }

    private static CommandApdu internalAuthenticate(byte[] challenge, int ne) {
        return new CommandApdu(0x00, 0x88, 0x00, 0x00, challenge, ne);
    }

    /**
     * Opens the signature with the raw public-key operation and checks the Doc 9303 layout by hand:
     * 6A || M1 || H(M1 || challenge) || trailer.
     */
    private static void assertIso9796Layout(RSAPublicKey key, byte[] signature, String digest, byte[] trailer)
            throws Exception {
        int k = (key.getModulus().bitLength() + 7) / 8;
        byte[] block = org.bouncycastle.util.BigIntegers.asUnsignedByteArray(k,
                new BigInteger(1, signature).modPow(key.getPublicExponent(), key.getModulus()));
        assertEquals(0x6A, block[0] & 0xFF);
        assertArrayEquals(trailer, Arrays.copyOfRange(block, k - trailer.length, k));
        MessageDigest md = MessageDigest.getInstance(digest);
        int hashStart = k - trailer.length - md.getDigestLength();
        md.update(Arrays.copyOfRange(block, 1, hashStart));
        md.update(CHALLENGE);
        assertArrayEquals(md.digest(), Arrays.copyOfRange(block, hashStart, k - trailer.length));
    }

    @Test
    void rsaSignsWithSha1AndTheImplicitTrailerByDefault() throws Exception {
        ResponseApdu response = chip(RSA, Optional.empty()).internalAuthenticate(internalAuthenticate(CHALLENGE, 256));
        assertEquals(0x9000, response.sw());
        assertEquals(128, response.length());
        assertIso9796Layout((RSAPublicKey) RSA.getPublic(), response.data(), "SHA-1", new byte[] {(byte) 0xBC});
        assertEquals(Verdict.VALID, ActiveAuthentication.verify(RSA.getPublic(), Optional.empty(), CHALLENGE, response.data()).verdict());
    }

    @Test
    void rsaSignsWithTheHashDg14Names() throws Exception {
        ResponseApdu response = chip(RSA, Optional.of(PKCSObjectIdentifiers.sha256WithRSAEncryption.getId()))
                .internalAuthenticate(internalAuthenticate(CHALLENGE, 256));
        assertIso9796Layout((RSAPublicKey) RSA.getPublic(), response.data(), "SHA-256", new byte[] {0x34, (byte) 0xCC});
        assertEquals(Verdict.VALID, ActiveAuthentication.verify(RSA.getPublic(), Optional.empty(), CHALLENGE, response.data()).verdict());
    }

    @Test
    void ecdsaSignsPlainWithTheHashDg14Names() throws Exception {
        ResponseApdu response = chip(P256, Optional.of(SignatureHash.SHA384.ecdsaPlainOid()))
                .internalAuthenticate(internalAuthenticate(CHALLENGE, 256));
        assertEquals(64, response.length());
        Signature jca = Signature.getInstance("SHA384withPLAIN-ECDSA", AuthenticationCards.BC);
        jca.initVerify(P256.getPublic());
        jca.update(CHALLENGE);
        assertTrue(jca.verify(response.data()));
    }

    @Test
    void refusesWhatItCannotDo() {
        ChipActiveAuthentication keyless = ChipActiveAuthentication.forCard(Optional.empty(), Optional.empty(), new SecureRandom());
        assertEquals(0x6985, keyless.internalAuthenticate(internalAuthenticate(CHALLENGE, 256)).sw());
        ChipActiveAuthentication chip = chip(RSA, Optional.empty());
        assertEquals(0x6A86, chip.internalAuthenticate(new CommandApdu(0x00, 0x88, 0x01, 0x00, CHALLENGE, 256)).sw());
        assertEquals(0x6700, chip.internalAuthenticate(internalAuthenticate(new byte[7], 256)).sw());
        assertEquals(0x6700, chip.internalAuthenticate(internalAuthenticate(CHALLENGE, 64)).sw());
    }

    @Test
    void anUnreadableDg14MeansSha1() {
        assertEquals(SignatureHash.SHA1, ChipActiveAuthentication.hashNamedBy(Optional.of(new byte[] {0x6E, 0x01})));
        assertEquals(SignatureHash.SHA1, ChipActiveAuthentication.hashNamedBy(Optional.empty()));
        assertEquals(SignatureHash.SHA256, ChipActiveAuthentication.hashNamedBy(Optional.of(
                AuthenticationCards.Keys.of(P256, Optional.of(SignatureHash.SHA256.ecdsaPlainOid())).dg14().encode())));
    }
}
