package vn.kiosk.reader.lds;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;

import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1TaggedObject;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.SignedData;
import org.bouncycastle.asn1.cms.SignerInfo;
import org.bouncycastle.asn1.icao.ICAOObjectIdentifiers;
import org.junit.jupiter.api.Test;

import vn.kiosk.reader.error.MalformedDataException;
import vn.kiosk.reader.verify.PkiFixture;
import vn.kiosk.reader.verify.PkiFixture.Issued;

class SecurityObjectTest {
    static final Issued CSCA = PkiFixture.csca("CSCA", Instant.parse("2020-01-01T00:00:00Z"),
            Instant.parse("2040-01-01T00:00:00Z"));
    static final Issued DS = PkiFixture.documentSigner("DS", CSCA, Instant.parse("2024-01-01T00:00:00Z"),
            Instant.parse("2034-01-01T00:00:00Z"));
    static final Instant SIGNED = Instant.parse("2025-01-15T08:00:00Z");

    static Map<Integer, byte[]> dataGroups() {
        Map<Integer, byte[]> groups = new TreeMap<>();
        groups.put(1, "61 DG1".getBytes(StandardCharsets.US_ASCII));
        groups.put(2, "75 DG2".getBytes(StandardCharsets.US_ASCII));
        groups.put(13, "6D DG13".getBytes(StandardCharsets.US_ASCII));
        groups.put(14, "6E DG14".getBytes(StandardCharsets.US_ASCII));
        groups.put(15, "6F DG15".getBytes(StandardCharsets.US_ASCII));
        return groups;
    }

    static SecurityObject sign() {
        SecurityObjectBuilder builder = SecurityObject.builder().signingTime(SIGNED);
        dataGroups().forEach(builder::dataGroup);
        return builder.sign(DS.certificate(), DS.privateKey());
    }

    @Test
    void signedSodParsesBackWithItsHashesSignerAndSigningTime() throws Exception {
        SecurityObject sod = SecurityObject.parse(sign().encoded());

        assertEquals(SecurityObject.ID_LDS_SECURITY_OBJECT, sod.eContentType());
        assertEquals(Optional.of(LdsDigestAlgorithm.SHA256), sod.digestAlgorithm());
        assertEquals(List.of(1, 2, 13, 14, 15), sod.dataGroupNumbers());
        dataGroups().forEach((number, content) ->
                assertArrayEquals(LdsDigestAlgorithm.SHA256.digest(content), sod.dataGroupHash(number).orElseThrow()));
        assertEquals(DS.certificate(), sod.signerCertificate().orElseThrow());
        assertEquals(List.of(DS.certificate()), sod.certificates());
        assertEquals(Optional.of(SIGNED), sod.signingTime());
        assertEquals(0, sod.version());
        assertTrue(sod.ldsVersion().isEmpty());
        assertEquals("1.2.840.10045.4.3.2", sod.signatureAlgorithmOid());
        assertEquals(LdsDigestAlgorithm.SHA256.oid(), sod.signerDigestAlgorithmOid());
        assertArrayEquals(LdsDigestAlgorithm.SHA256.digest(sod.encapsulatedContent()),
                sod.signedAttributes().messageDigest().orElseThrow());
    }

    @Test
    void encodingIsDerSignedDataV3LikeRealPassports() throws Exception {
        byte[] encoded = sign().encoded();
        assertEquals(0x77, encoded[0] & 0xFF);

        ASN1Primitive outer = ASN1Primitive.fromByteArray(encoded);
        assertArrayEquals(encoded, outer.getEncoded(ASN1Encoding.DER), "DER, no indefinite lengths");
        ContentInfo contentInfo = ContentInfo.getInstance(((ASN1TaggedObject) outer).getExplicitBaseObject());
        SignedData signedData = SignedData.getInstance(contentInfo.getContent());
        assertEquals(3, signedData.getVersion().intValueExact());
        assertEquals(ICAOObjectIdentifiers.id_icao_ldsSecurityObject, signedData.getEncapContentInfo().getContentType());
        assertEquals(1, signedData.getSignerInfos().size());
        SignerInfo signerInfo = SignerInfo.getInstance(signedData.getSignerInfos().getObjectAt(0));
        assertEquals(1, signerInfo.getVersion().intValueExact(), "issuerAndSerialNumber signer identifier");
        assertEquals(1, signedData.getCertificates().size());

        SecurityObject.SignedAttributes attributes = SecurityObject.parse(encoded).signedAttributes();
        assertEquals(3, attributes.count(), "contentType, messageDigest, signingTime and nothing else");
        assertEquals(Optional.of(SecurityObject.ID_LDS_SECURITY_OBJECT), attributes.contentType());
    }

    @Test
    void ldsVersionMakesAVersion1SecurityObject() throws Exception {
        SecurityObjectBuilder builder = SecurityObject.builder().ldsVersion("0108", "040000");
        dataGroups().forEach(builder::dataGroup);
        SecurityObject sod = SecurityObject.parse(builder.sign(DS.certificate(), DS.privateKey()).encoded());

        assertEquals(1, sod.version());
        assertEquals(Optional.of(new SecurityObject.LdsVersion("0108", "040000")), sod.ldsVersion());
    }

    @Test
    void everyDigestAlgorithmRoundTrips() throws Exception {
        for (LdsDigestAlgorithm algorithm : LdsDigestAlgorithm.values()) {
            SecurityObjectBuilder builder = SecurityObject.builder().digestAlgorithm(algorithm);
            dataGroups().forEach(builder::dataGroup);
            SecurityObject sod = SecurityObject.parse(builder.sign(DS.certificate(), DS.privateKey()).encoded());
            assertEquals(Optional.of(algorithm), sod.digestAlgorithm());
            assertEquals(algorithm.length(), sod.dataGroupHash(1).orElseThrow().length);
        }
    }

    @Test
    void withoutSigningTimeHasTwoSignedAttributes() throws Exception {
        SecurityObjectBuilder builder = SecurityObject.builder().withoutSigningTime();
        dataGroups().forEach(builder::dataGroup);
        SecurityObject sod = builder.sign(DS.certificate(), DS.privateKey());

        assertTrue(sod.signingTime().isEmpty());
        assertEquals(2, sod.signedAttributes().count());
    }

    @Test
    void unknownHashAlgorithmStillParses() throws Exception {
        SecurityObjectBuilder builder = SecurityObject.builder().hashAlgorithmOid("1.2.3.4");
        dataGroups().forEach((number, content) -> builder.dataGroupHash(number, new byte[] {1, 2, 3}));
        SecurityObject sod = SecurityObject.parse(builder.sign(DS.certificate(), DS.privateKey()).encoded());

        assertEquals("1.2.3.4", sod.digestAlgorithmOid());
        assertTrue(sod.digestAlgorithm().isEmpty());
    }

    @Test
    void everyTruncationOfAValidSodIsMalformed() {
        byte[] encoded = sign().encoded();
        for (int length = 0; length < encoded.length; length++) {
            byte[] truncated = Arrays.copyOf(encoded, length);
            assertThrows(MalformedDataException.class, () -> SecurityObject.parse(truncated), "length " + length);
        }
    }

    @Test
    void trailingBytesWrongTagAndNullAreMalformed() {
        byte[] encoded = sign().encoded();
        byte[] trailing = Arrays.copyOf(encoded, encoded.length + 2);
        byte[] wrongTag = encoded.clone();
        wrongTag[0] = 0x78;

        assertThrows(MalformedDataException.class, () -> SecurityObject.parse(trailing));
        assertThrows(MalformedDataException.class, () -> SecurityObject.parse(wrongTag));
        assertThrows(MalformedDataException.class, () -> SecurityObject.parse(null));
        assertThrows(MalformedDataException.class, () -> SecurityObject.parse(new byte[] {0x77, 0x00}));
        assertThrows(MalformedDataException.class, () -> SecurityObject.parse(new byte[] {0x77, 0x03, 0x02, 0x01, 0x00}));
    }

    @Test
    void randomlyCorruptedSodsNeverThrowAnythingButMalformedData() {
        byte[] encoded = sign().encoded();
        Random random = new Random(9303);
        for (int i = 0; i < 3000; i++) {
            byte[] corrupted = encoded.clone();
            for (int flips = 1 + random.nextInt(3); flips > 0; flips--) {
                corrupted[random.nextInt(corrupted.length)] = (byte) random.nextInt(256);
            }
            try {
                SecurityObject.parse(corrupted);
            } catch (MalformedDataException expected) {
                // fine: corrupt structure
            } catch (RuntimeException e) {
                fail("iteration " + i + " threw " + e, e);
            }
        }
    }

    @Test
    void toStringHoldsNoHashes() {
        SecurityObject sod = sign();
        String text = sod.toString();
        String hex = java.util.HexFormat.of().formatHex(sod.dataGroupHash(1).orElseThrow());
        assertFalse(text.contains(hex.substring(0, 8)), text);
        assertTrue(text.contains("SHA256"), text);
    }

    @Test
    void builderRefusesFewerThanTwoDataGroups() {
        SecurityObjectBuilder builder = SecurityObject.builder().dataGroup(1, new byte[] {1});
        assertThrows(IllegalStateException.class, () -> builder.sign(DS.certificate(), DS.privateKey()));
        assertThrows(IllegalArgumentException.class, () -> SecurityObject.builder().dataGroup(17, new byte[0]));
    }
}
