package vn.kiosk.reader.aa;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.security.interfaces.RSAPublicKey;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;

import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import vn.kiosk.reader.aa.ActiveAuthenticationResult.Verdict;
import vn.kiosk.reader.apdu.ApduChannel;
import vn.kiosk.reader.apdu.CommandApdu;
import vn.kiosk.reader.apdu.ResponseApdu;
import vn.kiosk.reader.lds.ActiveAuthenticationInfo;
import vn.kiosk.reader.lds.Dg14;
import vn.kiosk.reader.lds.Dg15;

class ActiveAuthenticationTest {
    private static final KeyPair RSA_1024 = TestKeys.rsa(1024);
    private static final KeyPair RSA_2048 = TestKeys.rsa(2048);
    private static final KeyPair P256 = TestKeys.ec("secp256r1");
    private static final KeyPair BRAINPOOL = TestKeys.ec("brainpoolP256r1");
    private static final byte[] CHALLENGE = HexFormat.of().parseHex("0123456789ABCDEF");

    private static Optional<Dg14> naming(SignatureHash hash) {
        return Optional.of(new Dg14(List.of(new ActiveAuthenticationInfo(1, Optional.of(hash.ecdsaPlainOid())))));
    }

    static Stream<Arguments> rsaCases() {
        return Stream.of(
                Arguments.of("1024 SHA-1 BC", RSA_1024, SignatureHash.SHA1, true),
                Arguments.of("2048 SHA-1 BC", RSA_2048, SignatureHash.SHA1, true),
                Arguments.of("1024 SHA-256 34CC", RSA_1024, SignatureHash.SHA256, false),
                Arguments.of("2048 SHA-256 34CC", RSA_2048, SignatureHash.SHA256, false),
                Arguments.of("2048 SHA-512 35CC", RSA_2048, SignatureHash.SHA512, false),
                Arguments.of("1024 SHA-1 33CC", RSA_1024, SignatureHash.SHA1, false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rsaCases")
    void rsaIso9796SignaturesVerify(String name, KeyPair pair, SignatureHash hash, boolean implicit) throws Exception {
        byte[] signature = AaSigner.iso9796(pair.getPrivate(), hash, implicit, CHALLENGE);
        ActiveAuthenticationResult result = ActiveAuthentication.verify(pair.getPublic(), Optional.empty(), CHALLENGE, signature);
        assertEquals(Verdict.VALID, result.verdict(), result.toString());
        assertTrue(result.algorithm().orElseThrow().contains(hash.toString()), result.toString());
        assertTrue(result.problem().isEmpty(), result.toString());
        assertArrayEquals(signature, result.signature());
        assertArrayEquals(CHALLENGE, result.challenge());
    }

    @Test
    void handAssembledSignaturesVerify() throws Exception {
        for (KeyPair pair : List.of(RSA_1024, RSA_2048)) {
            byte[] sha1 = AaSigner.byHand(pair, "SHA-1", new byte[] {(byte) 0xBC}, CHALLENGE);
            assertEquals(Verdict.VALID, ActiveAuthentication.verify(pair.getPublic(), Optional.empty(), CHALLENGE, sha1).verdict());
            byte[] sha256 = AaSigner.byHand(pair, "SHA-256", new byte[] {0x34, (byte) 0xCC}, CHALLENGE);
            assertEquals(Verdict.VALID, ActiveAuthentication.verify(pair.getPublic(), Optional.empty(), CHALLENGE, sha256).verdict());
            // A trailer naming SHA-256 over a SHA-1 hash is a broken signature, not a different one.
            byte[] lying = AaSigner.byHand(pair, "SHA-1", new byte[] {0x34, (byte) 0xCC}, CHALLENGE);
            assertEquals(Verdict.INVALID, ActiveAuthentication.verify(pair.getPublic(), Optional.empty(), CHALLENGE, lying).verdict());
        }
    }

    @Test
    void anImplicitTrailerWithAnotherHashVerifiesWithACaveat() throws Exception {
        // Bouncy Castle's JCA "SHA256withRSA/ISO9796-2" writes trailer BC over a SHA-256 hash.
        byte[] signature = AaSigner.iso9796(RSA_1024.getPrivate(), SignatureHash.SHA256, true, CHALLENGE);
        ActiveAuthenticationResult result = ActiveAuthentication.verify(RSA_1024.getPublic(), Optional.empty(), CHALLENGE, signature);
        assertEquals(Verdict.VALID, result.verdict());
        assertTrue(result.problem().orElseThrow().contains("SHA-256"));
    }

    @Test
    void aSignatureByAnotherKeyIsInvalid() throws Exception {
        KeyPair clone = TestKeys.rsa(1024);
        byte[] signature = AaSigner.iso9796(clone.getPrivate(), SignatureHash.SHA1, true, CHALLENGE);
        ActiveAuthenticationResult result = ActiveAuthentication.verify(RSA_1024.getPublic(), Optional.empty(), CHALLENGE, signature);
        assertEquals(Verdict.INVALID, result.verdict());
        assertTrue(result.problem().isPresent());

        byte[] ec = AaSigner.ecdsa(TestKeys.ec("secp256r1").getPrivate(), "SHA256withPLAIN-ECDSA", CHALLENGE);
        assertEquals(Verdict.INVALID, ActiveAuthentication.verify(P256.getPublic(), naming(SignatureHash.SHA256), CHALLENGE, ec).verdict());
    }

    @Test
    void aSignatureOverAnotherChallengeIsInvalid() throws Exception {
        byte[] other = CHALLENGE.clone();
        other[7] ^= 1;
        byte[] rsa = AaSigner.iso9796(RSA_1024.getPrivate(), SignatureHash.SHA1, true, other);
        assertEquals(Verdict.INVALID, ActiveAuthentication.verify(RSA_1024.getPublic(), Optional.empty(), CHALLENGE, rsa).verdict());
        byte[] ec = AaSigner.ecdsa(BRAINPOOL.getPrivate(), "SHA256withPLAIN-ECDSA", other);
        assertEquals(Verdict.INVALID, ActiveAuthentication.verify(BRAINPOOL.getPublic(), naming(SignatureHash.SHA256), CHALLENGE, ec).verdict());
    }

    @Test
    void fullMessageRecoveryIsNotWhatDoc9303Signs() throws Exception {
        // A message short enough to be recovered whole: the challenge alone.
        org.bouncycastle.crypto.signers.ISO9796d2Signer signer = new org.bouncycastle.crypto.signers.ISO9796d2Signer(
                new org.bouncycastle.crypto.engines.RSAEngine(), SignatureHash.SHA1.newDigest(), true);
        signer.init(true, org.bouncycastle.crypto.util.PrivateKeyFactory.createKey(RSA_1024.getPrivate().getEncoded()));
        signer.update(CHALLENGE, 0, CHALLENGE.length);
        byte[] signature = signer.generateSignature();
        ActiveAuthenticationResult result = ActiveAuthentication.verify(RSA_1024.getPublic(), Optional.empty(), CHALLENGE, signature);
        assertEquals(Verdict.INVALID, result.verdict());
        assertTrue(result.problem().orElseThrow().contains("partial recovery"), result.toString());
    }

    @Test
    void damagedSignaturesAreInvalidAndNeverThrow() throws Exception {
        List<Object[]> cases = List.of(
                new Object[] {RSA_1024, AaSigner.iso9796(RSA_1024.getPrivate(), SignatureHash.SHA1, true, CHALLENGE), Optional.<Dg14>empty()},
                new Object[] {RSA_2048, AaSigner.iso9796(RSA_2048.getPrivate(), SignatureHash.SHA256, false, CHALLENGE), Optional.<Dg14>empty()},
                new Object[] {P256, AaSigner.ecdsa(P256.getPrivate(), "SHA256withPLAIN-ECDSA", CHALLENGE), naming(SignatureHash.SHA256)},
                new Object[] {BRAINPOOL, AaSigner.ecdsa(BRAINPOOL.getPrivate(), "SHA1withPLAIN-ECDSA", CHALLENGE), Optional.<Dg14>empty()});
        Random random = new Random(9796);
        for (Object[] c : cases) {
            KeyPair pair = (KeyPair) c[0];
            byte[] good = (byte[]) c[1];
            @SuppressWarnings("unchecked")
            Optional<Dg14> dg14 = (Optional<Dg14>) c[2];
            assertEquals(Verdict.VALID, ActiveAuthentication.verify(pair.getPublic(), dg14, CHALLENGE, good).verdict());
            for (int i = 0; i < 200; i++) {
                byte[] bad = good.clone();
                bad[random.nextInt(bad.length)] ^= (byte) (1 << random.nextInt(8));
                assertEquals(Verdict.INVALID, ActiveAuthentication.verify(pair.getPublic(), dg14, CHALLENGE, bad).verdict());
            }
            List<byte[]> odd = new ArrayList<>(List.of(new byte[0], new byte[1], java.util.Arrays.copyOf(good, good.length - 1),
                    java.util.Arrays.copyOf(good, good.length + 1), new byte[good.length], fill(good.length, 0xFF)));
            if (pair.getPublic() instanceof RSAPublicKey rsa) {
                odd.add(rsa.getModulus().toByteArray());
                odd.add(rsa.getModulus().subtract(BigInteger.ONE).toByteArray());
            }
            for (byte[] bad : odd) {
                ActiveAuthenticationResult result = ActiveAuthentication.verify(pair.getPublic(), dg14, CHALLENGE, bad);
                assertEquals(Verdict.INVALID, result.verdict(), result.toString());
            }
        }
    }

    @Test
    void ecdsaTakesItsHashFromDg14() throws Exception {
        for (KeyPair pair : List.of(P256, BRAINPOOL)) {
            for (SignatureHash hash : List.of(SignatureHash.SHA1, SignatureHash.SHA256, SignatureHash.SHA384)) {
                byte[] signature = AaSigner.ecdsa(pair.getPrivate(), hash.ecdsaPlainAlgorithm(), CHALLENGE);
                assertEquals(64, signature.length);
                ActiveAuthenticationResult result = ActiveAuthentication.verify(pair.getPublic(), naming(hash), CHALLENGE, signature);
                assertEquals(Verdict.VALID, result.verdict(), result.toString());
                assertEquals(Optional.empty(), result.problem());
                assertTrue(result.algorithm().orElseThrow().contains(hash.toString()));
            }
        }
        // The X9.62 OID some issuers write instead of ecdsa-plain names the same hash.
        byte[] signature = AaSigner.ecdsa(P256.getPrivate(), "SHA256withPLAIN-ECDSA", CHALLENGE);
        Optional<Dg14> x962 = Optional.of(new Dg14(List.of(new ActiveAuthenticationInfo(1, Optional.of("1.2.840.10045.4.3.2")))));
        assertEquals(Verdict.VALID, ActiveAuthentication.verify(P256.getPublic(), x962, CHALLENGE, signature).verdict());
    }

    @Test
    void ecdsaWithAHashOtherThanDg14NamesIsInvalid() throws Exception {
        byte[] signature = AaSigner.ecdsa(P256.getPrivate(), "SHA1withPLAIN-ECDSA", CHALLENGE);
        assertEquals(Verdict.INVALID, ActiveAuthentication.verify(P256.getPublic(), naming(SignatureHash.SHA256), CHALLENGE, signature).verdict());
    }

    @Test
    void ecdsaWithoutActiveAuthenticationInfoIsFoundByTrialAndSaysSo() throws Exception {
        byte[] signature = AaSigner.ecdsa(BRAINPOOL.getPrivate(), "SHA224withPLAIN-ECDSA", CHALLENGE);
        for (Optional<Dg14> dg14 : List.of(Optional.<Dg14>empty(), Optional.of(new Dg14(List.of())))) {
            ActiveAuthenticationResult result = ActiveAuthentication.verify(BRAINPOOL.getPublic(), dg14, CHALLENGE, signature);
            assertEquals(Verdict.VALID, result.verdict());
            assertTrue(result.problem().orElseThrow().contains("ActiveAuthenticationInfo"));
            assertTrue(result.algorithm().orElseThrow().contains("SHA-224"));
        }
    }

    @Test
    void aDerEcdsaSignatureVerifiesWithACaveat() throws Exception {
        byte[] der = AaSigner.ecdsa(P256.getPrivate(), "SHA256withECDSA", CHALLENGE);
        ActiveAuthenticationResult result = ActiveAuthentication.verify(P256.getPublic(), naming(SignatureHash.SHA256), CHALLENGE, der);
        assertEquals(Verdict.VALID, result.verdict());
        assertTrue(result.problem().orElseThrow().contains("DER"));
    }

    @Test
    void explicitDomainParametersInDg15Work() throws Exception {
        Dg15 dg15 = Dg15.parse(new Dg15(TestKeys.explicitParameters(BRAINPOOL.getPublic())).encode());
        byte[] signature = AaSigner.ecdsa(BRAINPOOL.getPrivate(), "SHA256withPLAIN-ECDSA", CHALLENGE);
        assertEquals(Verdict.VALID, ActiveAuthentication.verify(dg15, naming(SignatureHash.SHA256), CHALLENGE, signature).verdict());
    }

    @Test
    void aKeyThatIsNeitherRsaNorEcIsNotSupported() throws Exception {
        java.security.KeyPairGenerator dsa = java.security.KeyPairGenerator.getInstance("DSA");
        dsa.initialize(1024);
        ActiveAuthenticationResult result = ActiveAuthentication.verify(dsa.generateKeyPair().getPublic(),
                Optional.empty(), CHALLENGE, new byte[40]);
        assertEquals(Verdict.NOT_SUPPORTED, result.verdict());
        Dg15 other = new Dg15(new SubjectPublicKeyInfo(new org.bouncycastle.asn1.x509.AlgorithmIdentifier(
                new org.bouncycastle.asn1.ASN1ObjectIdentifier("1.2.840.10040.4.1")), new byte[] {2, 1, 5}));
        assertEquals(Verdict.NOT_SUPPORTED, ActiveAuthentication.verify(other, Optional.empty(), CHALLENGE, new byte[40]).verdict());
    }

    // ---- the terminal protocol over a channel ----

    @Test
    void performSendsInternalAuthenticateAndEchoesTheBackendsChallenge() throws Exception {
        byte[] backendNonce = HexFormat.of().parseHex("A1B2C3D4E5F60718");
        Chip chip = new Chip(false, command -> {
            try {
                return new ResponseApdu(AaSigner.iso9796(RSA_1024.getPrivate(), SignatureHash.SHA1, true, command.data()), 0x9000);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        ActiveAuthenticationResult result = ActiveAuthentication.perform(chip, Optional.of(Dg15.of(RSA_1024.getPublic())),
                Optional.empty(), backendNonce);
        assertEquals(Verdict.VALID, result.verdict());
        assertArrayEquals(backendNonce, result.challenge());
        assertEquals(1, chip.sent.size());
        assertEquals("00880000" + "08" + "A1B2C3D4E5F60718" + "00", HexFormat.of().withUpperCase().formatHex(chip.sent.get(0).encode()));
    }

    @Test
    void performDrawsAFreshChallengeEachTime() throws Exception {
        Chip chip = new Chip(false, command -> {
            try {
                return new ResponseApdu(AaSigner.ecdsa(P256.getPrivate(), "SHA256withPLAIN-ECDSA", command.data()), 0x9000);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        ActiveAuthentication aa = new ActiveAuthentication(new SecureRandom());
        ActiveAuthenticationResult first = aa.perform(chip, Optional.of(Dg15.of(P256.getPublic())), naming(SignatureHash.SHA256));
        ActiveAuthenticationResult second = aa.perform(chip, Optional.of(Dg15.of(P256.getPublic())), naming(SignatureHash.SHA256));
        assertEquals(Verdict.VALID, first.verdict());
        assertEquals(Verdict.VALID, second.verdict());
        assertEquals(8, first.challenge().length);
        assertFalse(java.util.Arrays.equals(first.challenge(), second.challenge()));
        assertArrayEquals(first.challenge(), chip.sent.get(0).data());
    }

    @Test
    void withoutDg15NothingIsSent() throws Exception {
        Chip chip = new Chip(false, command -> new ResponseApdu(0x9000));
        ActiveAuthenticationResult result = new ActiveAuthentication(new SecureRandom()).perform(chip, Optional.empty(), Optional.empty());
        assertEquals(Verdict.NOT_SUPPORTED, result.verdict());
        assertTrue(chip.sent.isEmpty());
    }

    @Test
    void aChipThatRefusesIsInvalid() throws Exception {
        for (int sw : new int[] {0x6D00, 0x6982, 0x6985, 0x6A80}) {
            Chip chip = new Chip(false, command -> new ResponseApdu(sw));
            ActiveAuthenticationResult result = ActiveAuthentication.perform(chip, Optional.of(Dg15.of(RSA_1024.getPublic())),
                    Optional.empty(), CHALLENGE);
            assertEquals(Verdict.INVALID, result.verdict());
            assertTrue(result.problem().orElseThrow().contains(String.format("%04X", sw)));
        }
    }

    @Test
    void aLongRsaSignatureAsksForExtendedLengthWhenItCan() throws Exception {
        Chip extended = new Chip(true, command -> {
            try {
                return new ResponseApdu(AaSigner.iso9796(RSA_2048.getPrivate(), SignatureHash.SHA256, false, command.data()), 0x9000);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        Optional<Dg15> dg15 = Optional.of(Dg15.of(RSA_2048.getPublic()));
        assertEquals(Verdict.VALID, ActiveAuthentication.perform(extended, dg15, Optional.empty(), CHALLENGE).verdict());
        assertEquals(CommandApdu.MAX_EXTENDED_NE, extended.sent.get(0).ne());

        // Over a short-only link the chip cannot return it; that is no evidence of a clone.
        Chip shortOnly = new Chip(false, command -> new ResponseApdu(0x6700));
        ActiveAuthenticationResult result = ActiveAuthentication.perform(shortOnly, dg15, Optional.empty(), CHALLENGE);
        assertEquals(Verdict.NOT_SUPPORTED, result.verdict());
        assertEquals(CommandApdu.MAX_SHORT_NE, shortOnly.sent.get(0).ne());

        // An EC or 1024-bit key never needs it.
        Chip ec = new Chip(true, command -> new ResponseApdu(0x6700));
        assertEquals(Verdict.INVALID, ActiveAuthentication.perform(ec, Optional.of(Dg15.of(P256.getPublic())),
                Optional.empty(), CHALLENGE).verdict());
        assertEquals(CommandApdu.MAX_SHORT_NE, ec.sent.get(0).ne());
    }

    @Test
    void aChallengeMustBeEightBytes() {
        Chip chip = new Chip(false, command -> new ResponseApdu(0x9000));
        Optional<Dg15> dg15 = Optional.of(Dg15.of(RSA_1024.getPublic()));
        assertThrows(IllegalArgumentException.class, () -> ActiveAuthentication.perform(chip, dg15, Optional.empty(), new byte[7]));
        assertThrows(IllegalArgumentException.class, () -> ActiveAuthentication.perform(chip, dg15, Optional.empty(), new byte[16]));
        assertTrue(chip.sent.isEmpty());
    }

    @Test
    void resultsAreValuesAndPrintNoBytes() throws Exception {
        byte[] signature = AaSigner.iso9796(RSA_1024.getPrivate(), SignatureHash.SHA1, true, CHALLENGE);
        ActiveAuthenticationResult a = ActiveAuthentication.verify(RSA_1024.getPublic(), Optional.empty(), CHALLENGE, signature);
        ActiveAuthenticationResult b = ActiveAuthentication.verify(RSA_1024.getPublic(), Optional.empty(), CHALLENGE.clone(), signature.clone());
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertFalse(a.toString().contains(HexFormat.of().formatHex(signature).substring(0, 16)));
        a.signature()[0] ^= 1;
        assertEquals(a, b);
    }

    private static byte[] fill(int length, int value) {
        byte[] out = new byte[length];
        java.util.Arrays.fill(out, (byte) value);
        return out;
    }

    /** A chip behind a channel that answers INTERNAL AUTHENTICATE with the given function. */
    private static final class Chip implements ApduChannel {
        final List<CommandApdu> sent = new ArrayList<>();
        private final boolean extended;
        private final Function<CommandApdu, ResponseApdu> answer;

        Chip(boolean extended, Function<CommandApdu, ResponseApdu> answer) {
            this.extended = extended;
            this.answer = answer;
        }

        @Override
        public ResponseApdu send(CommandApdu command) {
            CommandApdu parsed = CommandApdu.parse(command.encode());
            sent.add(parsed);
            return answer.apply(parsed);
        }

        @Override
        public boolean extendedLength() {
            return extended;
        }
    }
}
