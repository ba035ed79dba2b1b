package vn.kiosk.reader.lds;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.security.MessageDigest;
import java.security.Signature;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1TaggedObject;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.SignedData;
import org.bouncycastle.asn1.cms.SignerInfo;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.jmrtd.lds.SODFile;
import org.jmrtd.lds.SignedDataUtil;
import org.junit.jupiter.api.Test;

import vn.kiosk.reader.verify.PassiveAuthentication;
import vn.kiosk.reader.verify.PassiveAuthenticationResult;
import vn.kiosk.reader.verify.PassiveVerdict;
import vn.kiosk.reader.verify.PkiFixture;
import vn.kiosk.reader.verify.PkiFixture.Issued;
import vn.kiosk.reader.verify.TrustStore;

/** JMRTD, an independent eMRTD implementation, and our SOD codec must read each other's files. */
class SecurityObjectJmrtdInteropTest {
    static final Issued CSCA = SecurityObjectTest.CSCA;
    static final Issued DS = SecurityObjectTest.DS;

    @Test
    void jmrtdReadsOurSodWithTheSameHashesAndItsSignatureCheckAgrees() throws Exception {
        SecurityObject ours = SecurityObjectTest.sign();

        SODFile jmrtd = new SODFile(new ByteArrayInputStream(ours.encoded()));

        assertEquals(ours.dataGroupNumbers(), List.copyOf(jmrtd.getDataGroupHashes().keySet()));
        ours.dataGroupHashes().forEach((number, hash) -> assertArrayEquals(hash, jmrtd.getDataGroupHashes().get(number)));
        assertEquals("SHA-256", jmrtd.getDigestAlgorithm());
        assertEquals(DS.certificate(), jmrtd.getDocSigningCertificate());
        // JMRTD's "eContent" is what the signature covers: the DER signed attributes.
        assertArrayEquals(ours.signedAttributes().encoded(), jmrtd.getEContent());
        assertArrayEquals(ours.signature(), jmrtd.getEncryptedDigest());
        assertArrayEquals(ours.encoded(), jmrtd.getEncoded(), "JMRTD re-encodes our file byte for byte");
        assertTrue(jmrtdSignatureCheck(ours.encoded()), "JMRTD's view of the signature verifies");
    }

    @Test
    void jmrtdAlsoRejectsOurSodWithAnAlteredSignature() throws Exception {
        SecurityObject ours = SecurityObjectTest.sign();
        byte[] encoded = ours.encoded();
        byte[] signature = ours.signature();
        int at = indexOf(encoded, signature);
        encoded[at + signature.length - 1] ^= 0x01;

        assertFalse(jmrtdSignatureCheck(encoded));
    }

    @Test
    void jmrtdReadsOurRsaSignedSod() throws Exception {
        Issued rsa = PkiFixture.documentSigner("DS RSA", CSCA, PkiFixture.rsaKeys(),
                Instant.parse("2024-01-01T00:00:00Z"), Instant.parse("2034-01-01T00:00:00Z"), KeyUsage.digitalSignature);
        SecurityObjectBuilder builder = SecurityObject.builder().digestAlgorithm(LdsDigestAlgorithm.SHA512);
        SecurityObjectTest.dataGroups().forEach(builder::dataGroup);
        SecurityObject ours = builder.sign(rsa.certificate(), rsa.privateKey());

        SODFile jmrtd = new SODFile(new ByteArrayInputStream(ours.encoded()));

        assertEquals("SHA-512", jmrtd.getDigestAlgorithm());
        assertArrayEquals(ours.dataGroupHash(13).orElseThrow(), jmrtd.getDataGroupHashes().get(13));
        assertTrue(jmrtdSignatureCheck(ours.encoded()));
    }

    @Test
    void weReadAndVerifyASodMadeByJmrtd() throws Exception {
        Map<Integer, byte[]> groups = SecurityObjectTest.dataGroups();
        Map<Integer, byte[]> hashes = new TreeMap<>();
        groups.forEach((number, content) -> hashes.put(number, LdsDigestAlgorithm.SHA256.digest(content)));
        SODFile jmrtd = new SODFile("SHA-256", "SHA256withECDSA", hashes, DS.privateKey(), DS.certificate());

        SecurityObject ours = SecurityObject.parse(jmrtd.getEncoded());

        assertEquals(List.copyOf(hashes.keySet()), ours.dataGroupNumbers());
        hashes.forEach((number, hash) -> assertArrayEquals(hash, ours.dataGroupHash(number).orElseThrow()));
        assertEquals(DS.certificate(), ours.signerCertificate().orElseThrow());
        PassiveAuthenticationResult result = new PassiveAuthentication(
                TrustStore.of(List.of(CSCA.certificate()), List.of()), Clock.systemUTC()).verify(ours, groups);
        assertEquals(PassiveVerdict.VALID, result.verdict(), result.problems()::toString);
    }

    @Test
    void jmrtdReadsOurBrainpoolSignedSod() throws Exception {
        Issued brainpool = PkiFixture.documentSigner("DS brainpool", CSCA, PkiFixture.ecKeys("brainpoolP256r1"),
                Instant.parse("2024-01-01T00:00:00Z"), Instant.parse("2034-01-01T00:00:00Z"), KeyUsage.digitalSignature);
        SecurityObjectBuilder builder = SecurityObject.builder();
        SecurityObjectTest.dataGroups().forEach(builder::dataGroup);
        SecurityObject ours = builder.sign(brainpool.certificate(), brainpool.privateKey());

        SODFile jmrtd = new SODFile(new ByteArrayInputStream(ours.encoded()));

        assertEquals(brainpool.certificate(), jmrtd.getDocSigningCertificate());
        assertTrue(jmrtdSignatureCheck(ours.encoded()));
    }

    /**
     * The check JMRTD-based readers perform: the signed attributes JMRTD returns as "eContent"
     * verified with the algorithm, signature and certificate JMRTD reports, and the messageDigest
     * attribute compared with the LDSSecurityObject as JMRTD decodes it.
     */
    private static boolean jmrtdSignatureCheck(byte[] efSod) throws Exception {
        SODFile sod = new SODFile(new ByteArrayInputStream(efSod));
        byte[] contentInfo = ((ASN1TaggedObject) ASN1Primitive.fromByteArray(efSod)).getExplicitBaseObject()
                .toASN1Primitive().getEncoded(ASN1Encoding.DER);
        SignedData signedData = SignedDataUtil.readSignedData(new ByteArrayInputStream(contentInfo));
        SignerInfo signerInfo = SignedDataUtil.getSignerInfo(signedData);

        AttributeTable attributes = new AttributeTable(signerInfo.getAuthenticatedAttributes());
        Attribute messageDigest = attributes.get(CMSAttributes.messageDigest);
        byte[] expected = ASN1OctetString.getInstance(messageDigest.getAttrValues().getObjectAt(0)).getOctets();
        byte[] actual = MessageDigest.getInstance(sod.getSignerInfoDigestAlgorithm())
                .digest(SignedDataUtil.getContent(signedData).getEncoded(ASN1Encoding.DER));
        if (!MessageDigest.isEqual(expected, actual)) {
            return false;
        }
        Signature signature = Signature.getInstance(sod.getDigestEncryptionAlgorithm(), PkiFixture.BC);
        signature.initVerify(sod.getDocSigningCertificate());
        signature.update(sod.getEContent());
        try {
            return signature.verify(sod.getEncryptedDigest());
        } catch (java.security.SignatureException e) {
            return false;
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
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
