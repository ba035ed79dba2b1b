package vn.kiosk.reader.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.bouncycastle.asn1.x509.KeyUsage;
import org.junit.jupiter.api.Test;

import vn.kiosk.reader.lds.LdsDigestAlgorithm;
import vn.kiosk.reader.lds.SecurityObject;
import vn.kiosk.reader.lds.SecurityObjectBuilder;
import vn.kiosk.reader.verify.PkiFixture.Issued;

class PassiveAuthenticationTest {
    static final Instant NOW = Instant.parse("2025-06-01T00:00:00Z");
    static final Instant SIGNED = Instant.parse("2025-01-15T08:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    static final Issued CSCA = PkiFixture.csca("CSCA", Instant.parse("2020-01-01T00:00:00Z"),
            Instant.parse("2040-01-01T00:00:00Z"));
    static final Issued DS = PkiFixture.documentSigner("DS", CSCA, Instant.parse("2024-01-01T00:00:00Z"),
            Instant.parse("2034-01-01T00:00:00Z"));
    static final TrustStore TRUST = TrustStore.of(List.of(CSCA.certificate()), List.of());

    /** Stand-ins for DG1, DG2 and DG13: their bytes, not their meaning, are what is hashed. */
    static Map<Integer, byte[]> dataGroups() {
        Map<Integer, byte[]> groups = new TreeMap<>();
        groups.put(1, bytes("61 5B 5F1F 58 IDVNM0012345678001012345678<<<7..."));
        groups.put(2, bytes("75 82 ... face image ..."));
        groups.put(13, bytes("6D 82 ... personal data ..."));
        return groups;
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static SecurityObjectBuilder sodOf(Map<Integer, byte[]> groups) {
        SecurityObjectBuilder builder = SecurityObject.builder().signingTime(SIGNED);
        groups.forEach(builder::dataGroup);
        return builder;
    }

    static SecurityObject validSod() {
        return sodOf(dataGroups()).sign(DS.certificate(), DS.privateKey());
    }

    static PassiveAuthenticationResult verify(SecurityObject sod, Map<Integer, byte[]> groups, TrustStore trust) {
        return new PassiveAuthentication(trust, CLOCK).verify(sod, groups);
    }

    static PassiveAuthenticationResult verify(SecurityObject sod) {
        return verify(sod, dataGroups(), TRUST);
    }

    static void assertProblem(PassiveAuthenticationResult result, String fragment) {
        assertTrue(result.problems().stream().anyMatch(problem -> problem.contains(fragment)),
                () -> "no problem mentions '" + fragment + "': " + result.problems());
    }

    @Test
    void validSodWithEveryDataGroupReadIsValid() {
        PassiveAuthenticationResult result = verify(validSod());

        assertEquals(PassiveVerdict.VALID, result.verdict(), result.problems()::toString);
        assertEquals(Map.of(1, DataGroupVerdict.VALID, 2, DataGroupVerdict.VALID, 13, DataGroupVerdict.VALID),
                result.dataGroups());
        assertEquals(List.of(), result.problems());
        assertEquals(CSCA.certificate().getSubjectX500Principal().getName(), result.csca().orElseThrow());
        assertEquals(DS.certificate().getSubjectX500Principal().getName(), result.documentSigner().orElseThrow());
        assertEquals(SIGNED, result.signingTime().orElseThrow());
        assertEquals(TRUST.version(), result.trustStoreVersion());
        assertTrue(result.notes().stream().anyMatch(note -> note.contains("no CRL")), result.notes()::toString);
    }

    @Test
    void validSodFromItsRawBytesIsValid() {
        PassiveAuthenticationResult result = new PassiveAuthentication(TRUST, CLOCK)
                .verify(validSod().encoded(), dataGroups());
        assertEquals(PassiveVerdict.VALID, result.verdict(), result.problems()::toString);
    }

    @Test
    void dataGroupAlteredAfterSigningIsInvalidAndOnlyThatGroupIsInvalid() {
        Map<Integer, byte[]> forged = dataGroups();
        forged.get(2)[10] ^= 0x01;

        PassiveAuthenticationResult result = verify(validSod(), forged, TRUST);

        assertEquals(PassiveVerdict.INVALID, result.verdict());
        assertEquals(DataGroupVerdict.INVALID, result.dataGroups().get(2));
        assertEquals(DataGroupVerdict.VALID, result.dataGroups().get(1));
        assertEquals(DataGroupVerdict.VALID, result.dataGroups().get(13));
        assertProblem(result, "DG2 does not match");
        assertEquals(1, result.problems().size(), result.problems()::toString);
    }

    @Test
    void sodListingAWrongHashIsInvalid() {
        SecurityObject sod = sodOf(dataGroups()).dataGroupHash(13, new byte[32]).sign(DS.certificate(), DS.privateKey());

        PassiveAuthenticationResult result = verify(sod);

        assertEquals(PassiveVerdict.INVALID, result.verdict());
        assertEquals(DataGroupVerdict.INVALID, result.dataGroups().get(13));
        assertEquals(DataGroupVerdict.VALID, result.dataGroups().get(1));
        assertProblem(result, "DG13 does not match");
    }

    @Test
    void signatureBytesAlteredIsInvalid() {
        SecurityObject sod = validSod();
        byte[] encoded = sod.encoded();
        byte[] signature = sod.signature();
        int at = indexOf(encoded, signature);
        encoded[at + signature.length - 1] ^= 0x01;

        PassiveAuthenticationResult result = new PassiveAuthentication(TRUST, CLOCK).verify(encoded, dataGroups());

        assertEquals(PassiveVerdict.INVALID, result.verdict());
        assertProblem(result, "signature does not verify");
        // The hashes themselves still match: only the signature is wrong.
        assertEquals(DataGroupVerdict.VALID, result.dataGroups().get(1));
    }

    @Test
    void hashListAlteredAfterSigningFailsTheMessageDigest() {
        Map<Integer, byte[]> forged = dataGroups();
        forged.get(1)[20] ^= 0x01;
        SecurityObject sod = validSod();
        byte[] encoded = sod.encoded();
        byte[] listed = sod.dataGroupHash(1).orElseThrow();
        byte[] forgedHash = LdsDigestAlgorithm.SHA256.digest(forged.get(1));
        int at = indexOf(encoded, listed);
        System.arraycopy(forgedHash, 0, encoded, at, forgedHash.length);

        PassiveAuthenticationResult result = new PassiveAuthentication(TRUST, CLOCK).verify(encoded, forged);

        assertEquals(PassiveVerdict.INVALID, result.verdict());
        assertEquals(DataGroupVerdict.VALID, result.dataGroups().get(1), "the forger's hash matches the forged DG1");
        assertProblem(result, "messageDigest");
    }

    @Test
    void signerUnderACscaNotInTheTrustStoreIsUntrusted() {
        Issued otherCsca = PkiFixture.csca("CSCA", Instant.parse("2020-01-01T00:00:00Z"),
                Instant.parse("2040-01-01T00:00:00Z"));
        Issued otherDs = PkiFixture.documentSigner("DS", otherCsca, Instant.parse("2024-01-01T00:00:00Z"),
                Instant.parse("2034-01-01T00:00:00Z"));
        SecurityObject sod = sodOf(dataGroups()).sign(otherDs.certificate(), otherDs.privateKey());

        PassiveAuthenticationResult result = verify(sod);

        assertEquals(PassiveVerdict.UNTRUSTED, result.verdict());
        assertTrue(result.csca().isEmpty());
        assertEquals(DataGroupVerdict.VALID, result.dataGroups().get(2));
        assertFalse(result.problems().isEmpty());
    }

    @Test
    void signerFromAnotherIssuerNameIsUntrusted() {
        Issued otherCsca = PkiFixture.csca("Some Other CSCA", Instant.parse("2020-01-01T00:00:00Z"),
                Instant.parse("2040-01-01T00:00:00Z"));
        Issued otherDs = PkiFixture.documentSigner("DS", otherCsca, Instant.parse("2024-01-01T00:00:00Z"),
                Instant.parse("2034-01-01T00:00:00Z"));

        PassiveAuthenticationResult result = verify(sodOf(dataGroups()).sign(otherDs.certificate(), otherDs.privateKey()));

        assertEquals(PassiveVerdict.UNTRUSTED, result.verdict());
        assertProblem(result, "no trusted CSCA");
    }

    @Test
    void signerCertificateForgedInTheCscaNameIsUntrusted() {
        // Same issuer name and authority key identifier as the trusted CSCA, signed with another key.
        Issued forged = PkiFixture.forgedDocumentSigner("DS", CSCA, PkiFixture.ecKeys().getPrivate(),
                Instant.parse("2024-01-01T00:00:00Z"), Instant.parse("2034-01-01T00:00:00Z"));

        PassiveAuthenticationResult result = verify(sodOf(dataGroups()).sign(forged.certificate(), forged.privateKey()));

        assertEquals(PassiveVerdict.UNTRUSTED, result.verdict());
        assertProblem(result, "does not validate");
    }

    @Test
    void emptyTrustStoreMakesAGoodSodUntrusted() {
        PassiveAuthenticationResult result = verify(validSod(), dataGroups(), TrustStore.empty());

        assertEquals(PassiveVerdict.UNTRUSTED, result.verdict());
        assertProblem(result, "no CSCA");
    }

    @Test
    void signerExpiredAtVerificationButValidAtSigningTimeIsValid() {
        Issued oldDs = PkiFixture.documentSigner("DS old", CSCA, Instant.parse("2021-01-01T00:00:00Z"),
                Instant.parse("2024-01-01T00:00:00Z"));
        SecurityObject sod = SecurityObject.builder().signingTime(Instant.parse("2022-03-01T00:00:00Z"))
                .dataGroup(1, dataGroups().get(1)).dataGroup(2, dataGroups().get(2)).dataGroup(13, dataGroups().get(13))
                .sign(oldDs.certificate(), oldDs.privateKey());

        PassiveAuthenticationResult result = verify(sod);

        assertEquals(PassiveVerdict.VALID, result.verdict(), result.problems()::toString);
        assertTrue(result.notes().stream().anyMatch(note -> note.contains("expired")), result.notes()::toString);
    }

    @Test
    void signerExpiredAtSigningTimeIsUntrusted() {
        Issued oldDs = PkiFixture.documentSigner("DS old", CSCA, Instant.parse("2021-01-01T00:00:00Z"),
                Instant.parse("2024-01-01T00:00:00Z"));

        PassiveAuthenticationResult result = verify(sodOf(dataGroups()).sign(oldDs.certificate(), oldDs.privateKey()));

        assertEquals(PassiveVerdict.UNTRUSTED, result.verdict());
        assertProblem(result, "expired on 2024-01-01");
    }

    @Test
    void signerExpiredAtVerificationWithoutSigningTimeIsUntrusted() {
        Issued oldDs = PkiFixture.documentSigner("DS old", CSCA, Instant.parse("2021-01-01T00:00:00Z"),
                Instant.parse("2024-01-01T00:00:00Z"));
        SecurityObject sod = sodOf(dataGroups()).withoutSigningTime().sign(oldDs.certificate(), oldDs.privateKey());

        PassiveAuthenticationResult result = verify(sod);

        assertEquals(PassiveVerdict.UNTRUSTED, result.verdict());
        assertTrue(result.signingTime().isEmpty());
        assertProblem(result, "expired");
    }

    @Test
    void signerNotYetValidIsUntrusted() {
        Issued futureDs = PkiFixture.documentSigner("DS future", CSCA, Instant.parse("2026-01-01T00:00:00Z"),
                Instant.parse("2036-01-01T00:00:00Z"));

        PassiveAuthenticationResult result = verify(sodOf(dataGroups()).sign(futureDs.certificate(), futureDs.privateKey()));

        assertEquals(PassiveVerdict.UNTRUSTED, result.verdict());
        assertProblem(result, "not valid before 2026-01-01");
    }

    @Test
    void expiredCscaAtSigningTimeIsUntrusted() {
        Issued oldCsca = PkiFixture.csca("Old CSCA", Instant.parse("2015-01-01T00:00:00Z"),
                Instant.parse("2024-12-31T00:00:00Z"));
        Issued ds = PkiFixture.documentSigner("DS", oldCsca, Instant.parse("2024-01-01T00:00:00Z"),
                Instant.parse("2034-01-01T00:00:00Z"));
        TrustStore trust = TrustStore.of(List.of(oldCsca.certificate()), List.of());

        PassiveAuthenticationResult result = verify(sodOf(dataGroups()).sign(ds.certificate(), ds.privateKey()),
                dataGroups(), trust);

        assertEquals(PassiveVerdict.UNTRUSTED, result.verdict());
        assertProblem(result, "the CSCA certificate");
    }

    @Test
    void signingTimeAfterTheKioskClockIsUntrusted() {
        SecurityObject sod = sodOf(dataGroups()).signingTime(NOW.plusSeconds(86_400)).sign(DS.certificate(), DS.privateKey());

        PassiveAuthenticationResult result = verify(sod);

        assertEquals(PassiveVerdict.UNTRUSTED, result.verdict());
        assertProblem(result, "kiosk's clock");
    }

    @Test
    void signerRevokedByTheCscaCrlIsInvalid() {
        TrustStore trust = TrustStore.of(List.of(CSCA.certificate()),
                List.of(PkiFixture.crl(CSCA, NOW.minusSeconds(86_400), NOW.plusSeconds(86_400 * 30), DS.certificate())));

        PassiveAuthenticationResult result = verify(validSod(), dataGroups(), trust);

        assertEquals(PassiveVerdict.INVALID, result.verdict());
        assertProblem(result, "was revoked");
        assertProblem(result, "key compromise");
    }

    @Test
    void emptyCrlFromTheCscaKeepsTheSodValid() {
        TrustStore trust = TrustStore.of(List.of(CSCA.certificate()),
                List.of(PkiFixture.crl(CSCA, NOW.minusSeconds(86_400), NOW.plusSeconds(86_400 * 30))));

        PassiveAuthenticationResult result = verify(validSod(), dataGroups(), trust);

        assertEquals(PassiveVerdict.VALID, result.verdict(), result.problems()::toString);
        assertTrue(result.notes().isEmpty(), result.notes()::toString);
    }

    @Test
    void crlSignedByAnotherKeyIsIgnored() {
        Issued impostor = PkiFixture.csca("CSCA", Instant.parse("2020-01-01T00:00:00Z"),
                Instant.parse("2040-01-01T00:00:00Z"));
        TrustStore trust = TrustStore.of(List.of(CSCA.certificate()),
                List.of(PkiFixture.crl(impostor, NOW.minusSeconds(86_400), NOW.plusSeconds(86_400), DS.certificate())));

        PassiveAuthenticationResult result = verify(validSod(), dataGroups(), trust);

        assertEquals(PassiveVerdict.VALID, result.verdict(), result.problems()::toString);
    }

    @Test
    void staleCrlStillRevokes() {
        TrustStore trust = TrustStore.of(List.of(CSCA.certificate()), List.of(PkiFixture.crl(CSCA,
                Instant.parse("2025-02-01T00:00:00Z"), Instant.parse("2025-03-01T00:00:00Z"), DS.certificate())));

        PassiveAuthenticationResult result = verify(validSod(), dataGroups(), trust);

        assertEquals(PassiveVerdict.INVALID, result.verdict());
        assertTrue(result.notes().stream().anyMatch(note -> note.contains("past its next update")), result.notes()::toString);
    }

    @Test
    void signerWithoutDigitalSignatureKeyUsageIsUntrusted() {
        Issued ds = PkiFixture.documentSigner("DS no KU", CSCA, PkiFixture.ecKeys(),
                Instant.parse("2024-01-01T00:00:00Z"), Instant.parse("2034-01-01T00:00:00Z"), KeyUsage.nonRepudiation);

        PassiveAuthenticationResult result = verify(sodOf(dataGroups()).sign(ds.certificate(), ds.privateKey()));

        assertEquals(PassiveVerdict.UNTRUSTED, result.verdict());
        assertProblem(result, "digitalSignature");
    }

    @Test
    void signerUnderANewCscaKeyVerifiesThroughALinkCertificate() {
        Issued newCsca = PkiFixture.csca("CSCA", Instant.parse("2024-06-01T00:00:00Z"),
                Instant.parse("2044-06-01T00:00:00Z"));
        X509Certificate link = PkiFixture.linkCertificate(CSCA, newCsca, Instant.parse("2024-06-01T00:00:00Z"),
                Instant.parse("2040-01-01T00:00:00Z"));
        Issued ds = PkiFixture.documentSigner("DS 2", newCsca, Instant.parse("2024-07-01T00:00:00Z"),
                Instant.parse("2034-07-01T00:00:00Z"));
        SecurityObject sod = sodOf(dataGroups()).sign(ds.certificate(), ds.privateKey());

        PassiveAuthenticationResult withLink = verify(sod, dataGroups(),
                TrustStore.of(List.of(CSCA.certificate(), link), List.of()));
        PassiveAuthenticationResult withoutLink = verify(sod, dataGroups(), TRUST);

        assertEquals(PassiveVerdict.VALID, withLink.verdict(), withLink.problems()::toString);
        assertEquals(PassiveVerdict.UNTRUSTED, withoutLink.verdict());
    }

    @Test
    void linkCertificateRevokedByTheOldCscaIsInvalid() {
        Issued newCsca = PkiFixture.csca("CSCA", Instant.parse("2024-06-01T00:00:00Z"),
                Instant.parse("2044-06-01T00:00:00Z"));
        X509Certificate link = PkiFixture.linkCertificate(CSCA, newCsca, Instant.parse("2024-06-01T00:00:00Z"),
                Instant.parse("2040-01-01T00:00:00Z"));
        Issued ds = PkiFixture.documentSigner("DS 2", newCsca, Instant.parse("2024-07-01T00:00:00Z"),
                Instant.parse("2034-07-01T00:00:00Z"));
        TrustStore trust = TrustStore.of(List.of(CSCA.certificate(), link),
                List.of(PkiFixture.crl(CSCA, NOW.minusSeconds(60), NOW.plusSeconds(86_400), link)));

        PassiveAuthenticationResult result = verify(sodOf(dataGroups()).sign(ds.certificate(), ds.privateKey()),
                dataGroups(), trust);

        assertEquals(PassiveVerdict.INVALID, result.verdict());
        assertProblem(result, "CSCA link certificate");
    }

    @Test
    void dataGroupReadButNotInTheSodIsInvalid() {
        Map<Integer, byte[]> read = dataGroups();
        read.put(14, bytes("6E ... chip authentication ..."));

        PassiveAuthenticationResult result = verify(validSod(), read, TRUST);

        assertEquals(PassiveVerdict.INVALID, result.verdict());
        assertEquals(DataGroupVerdict.NOT_IN_SOD, result.dataGroups().get(14));
        assertEquals(DataGroupVerdict.VALID, result.dataGroups().get(1));
        assertProblem(result, "DG14 was read but the SOD does not list it");
    }

    @Test
    void dataGroupInTheSodButNotReadIsNotChecked() {
        Map<Integer, byte[]> read = new TreeMap<>(Map.of(1, dataGroups().get(1)));

        PassiveAuthenticationResult result = verify(validSod(), read, TRUST);

        assertEquals(PassiveVerdict.VALID, result.verdict(), result.problems()::toString);
        assertEquals(DataGroupVerdict.VALID, result.dataGroups().get(1));
        assertEquals(DataGroupVerdict.NOT_CHECKED, result.dataGroups().get(2));
        assertEquals(DataGroupVerdict.NOT_CHECKED, result.dataGroups().get(13));
    }

    @Test
    void unknownHashAlgorithmIsInvalid() {
        SecurityObjectBuilder builder = SecurityObject.builder().signingTime(SIGNED).hashAlgorithmOid("1.2.3.4.5");
        dataGroups().forEach((number, content) -> builder.dataGroupHash(number, LdsDigestAlgorithm.SHA256.digest(content)));

        PassiveAuthenticationResult result = verify(builder.sign(DS.certificate(), DS.privateKey()));

        assertEquals(PassiveVerdict.INVALID, result.verdict());
        assertProblem(result, "1.2.3.4.5");
        assertEquals(DataGroupVerdict.NOT_CHECKED, result.dataGroups().get(1));
    }

    @Test
    void hashAlgorithmIdentifierThatDoesNotMatchTheHashesIsInvalid() {
        // SHA-256 hashes under a SHA-1 label: each data group's SHA-1 differs from what is listed.
        SecurityObject sod = sodOf(dataGroups()).hashAlgorithmOid(LdsDigestAlgorithm.SHA1.oid())
                .sign(DS.certificate(), DS.privateKey());

        PassiveAuthenticationResult result = verify(sod);

        assertEquals(PassiveVerdict.INVALID, result.verdict());
        assertEquals(DataGroupVerdict.INVALID, result.dataGroups().get(1));
    }

    @Test
    void everyHashAlgorithmAndKeyKindVerifies() {
        for (LdsDigestAlgorithm algorithm : LdsDigestAlgorithm.values()) {
            SecurityObject sod = sodOf(dataGroups()).digestAlgorithm(algorithm).sign(DS.certificate(), DS.privateKey());
            PassiveAuthenticationResult result = verify(sod);
            assertEquals(PassiveVerdict.VALID, result.verdict(), algorithm + ": " + result.problems());
        }
        Issued brainpool = PkiFixture.documentSigner("DS brainpool", CSCA, PkiFixture.ecKeys("brainpoolP256r1"),
                Instant.parse("2024-01-01T00:00:00Z"), Instant.parse("2034-01-01T00:00:00Z"), KeyUsage.digitalSignature);
        Issued rsa = PkiFixture.documentSigner("DS RSA", CSCA, PkiFixture.rsaKeys(),
                Instant.parse("2024-01-01T00:00:00Z"), Instant.parse("2034-01-01T00:00:00Z"), KeyUsage.digitalSignature);
        assertEquals(PassiveVerdict.VALID, verify(sodOf(dataGroups()).sign(brainpool.certificate(),
                brainpool.privateKey())).verdict());
        assertEquals(PassiveVerdict.VALID, verify(sodOf(dataGroups()).sign(rsa.certificate(), rsa.privateKey())).verdict());
        assertEquals(PassiveVerdict.VALID, verify(sodOf(dataGroups()).signatureAlgorithm("SHA256withRSAandMGF1")
                .sign(rsa.certificate(), rsa.privateKey())).verdict());
    }

    @Test
    void malformedSodBytesAreInvalidNotAnException() {
        byte[] encoded = validSod().encoded();
        PassiveAuthenticationResult result = new PassiveAuthentication(TRUST, CLOCK)
                .verify(Arrays.copyOf(encoded, encoded.length / 2), dataGroups());

        assertEquals(PassiveVerdict.INVALID, result.verdict());
        assertProblem(result, "malformed");
        assertEquals(DataGroupVerdict.NOT_CHECKED, result.dataGroups().get(1));
    }

    @Test
    void problemsNeverContainDataGroupBytesOrHashes() {
        Map<Integer, byte[]> forged = dataGroups();
        forged.get(1)[5] ^= 0x01;
        PassiveAuthenticationResult result = verify(validSod(), forged, TRUST);
        String text = String.join("\n", result.problems()) + String.join("\n", result.notes());
        String hex = java.util.HexFormat.of().formatHex(LdsDigestAlgorithm.SHA256.digest(dataGroups().get(1)));
        assertFalse(text.toLowerCase().contains(hex.substring(0, 16)));
        assertFalse(text.contains("IDVNM"));
    }

    static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = haystack.length - needle.length; i >= 0; i--) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("not found");
    }
}
