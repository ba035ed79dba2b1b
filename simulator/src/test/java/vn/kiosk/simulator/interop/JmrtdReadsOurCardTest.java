package vn.kiosk.simulator.interop;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import javax.smartcardio.CardTerminal;

import net.sf.scuba.smartcards.CardServiceException;

import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.jmrtd.BACKey;
import org.jmrtd.PACEKeySpec;
import org.jmrtd.PassportService;
import org.jmrtd.lds.CardAccessFile;
import org.jmrtd.lds.ChipAuthenticationInfo;
import org.jmrtd.lds.LDSFileUtil;
import org.jmrtd.lds.PACEInfo;
import org.jmrtd.lds.SODFile;
import org.jmrtd.lds.SecurityInfo;
import org.jmrtd.lds.icao.COMFile;
import org.jmrtd.lds.icao.DG14File;
import org.jmrtd.lds.icao.DG15File;
import org.jmrtd.lds.icao.DG1File;
import org.jmrtd.lds.icao.DG2File;
import org.jmrtd.lds.iso19794.FaceImageInfo;
import org.jmrtd.lds.iso19794.FaceInfo;
import org.jmrtd.protocol.ReadBinaryAPDUSender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import vn.kiosk.reader.bac.MrzKey;
import vn.kiosk.simulator.chip.ChipContent;
import vn.kiosk.simulator.chip.ElementaryFiles;
import vn.kiosk.simulator.chip.VirtualChip;
import vn.kiosk.simulator.citizen.Citizen;
import vn.kiosk.simulator.personalise.CardProfile;
import vn.kiosk.simulator.personalise.CitizenMrz;
import vn.kiosk.simulator.personalise.FacePortrait;
import vn.kiosk.simulator.testing.PcscdExtension;
import vn.kiosk.simulator.testing.RealPcscd;
import vn.kiosk.simulator.testing.TestCards;
import vn.kiosk.simulator.vpcd.VpcdClient;

/**
 * JMRTD, an independent eMRTD implementation, reads our virtual chip through the real pcscd: its
 * PACE and BAC, its secure messaging (with MAC checking on) and its READ BINARY must agree with
 * ours, and JMRTD's own LDS parsers must accept every file the Personaliser wrote: EF.COM, EF.SOD
 * (hashes and signature checked by JMRTD's SOD parser) and the data groups.
 */
@ExtendWith(PcscdExtension.class)
class JmrtdReadsOurCardTest {
    private static final Citizen CITIZEN = TestCards.citizen(23);
    /** DG1, DG2, DG3, DG13, DG14, DG15: what a CCCD lists in EF.COM. */
    private static final int[] COM_DATA_GROUPS = {1, 2, 3, 13, 14, 15};
    /** What the SOD hashes: every data group on the chip (DG3 is listed but never readable). */
    private static final Set<Integer> SIGNED_DATA_GROUPS = Set.of(1, 2, 13, 14, 15);
    private static final int SW_SECURITY_STATUS_NOT_SATISFIED = 0x6982;

    private VpcdClient client;

    @AfterEach
    void pull() {
        if (client != null) {
            client.close();
        }
    }

    @Test
    void jmrtdOpensPaceWithTheCanAndAcceptsEveryFile(RealPcscd pcscd) throws Exception {
        ChipContent content = TestCards.card(CITIZEN, CardProfile.CCCD_2021).withExtendedLength(false);
        PassportService passport = open(content, pcscd);

        CardAccessFile cardAccess = new CardAccessFile(passport.getInputStream(PassportService.EF_CARD_ACCESS));
        PACEInfo pace = cardAccess.getSecurityInfos().stream().filter(PACEInfo.class::isInstance)
                .map(PACEInfo.class::cast).findFirst().orElseThrow();
        assertEquals(PACEInfo.PARAM_ID_ECP_BRAINPOOL_P256_R1, pace.getParameterId().intValue());
        assertEquals(SecurityInfo.ID_PACE_ECDH_GM_AES_CBC_CMAC_128, pace.getObjectIdentifier());

        passport.doPACE(PACEKeySpec.createCANKey(CITIZEN.can()), pace.getObjectIdentifier(),
                PACEInfo.toParameterSpec(pace.getParameterId()), pace.getParameterId());
        passport.sendSelectApplet(true);

        assertJmrtdAcceptsTheFiles(passport, content);
        passport.close();
    }

    @Test
    void jmrtdOpensBacWithTheMrzAndAcceptsEveryFile(RealPcscd pcscd) throws Exception {
        ChipContent content = TestCards.card(CITIZEN, CardProfile.BAC_ONLY).withExtendedLength(false);
        PassportService passport = open(content, pcscd);
        MrzKey key = CitizenMrz.keyOf(CITIZEN);

        passport.sendSelectApplet(false);
        passport.doBAC(new BACKey(key.documentNumber(), key.dateOfBirth(), key.dateOfExpiry()));

        assertJmrtdAcceptsTheFiles(passport, content);
        passport.close();
    }

    private static void assertJmrtdAcceptsTheFiles(PassportService passport, ChipContent content) throws Exception {
        // EF.COM: the LDS versions and the tag list.
        byte[] comBytes = read(passport, PassportService.EF_COM, content, ElementaryFiles.COM);
        COMFile com = new COMFile(new ByteArrayInputStream(comBytes));
        int[] listed = Arrays.stream(com.getTagList()).map(LDSFileUtil::lookupDataGroupNumberByTag).toArray();
        assertArrayEquals(COM_DATA_GROUPS, listed, () -> "EF.COM lists " + Arrays.toString(listed));

        // EF.SOD.
        byte[] sodBytes = read(passport, PassportService.EF_SOD, content, ElementaryFiles.SOD);
        SODFile sod = new SODFile(new ByteArrayInputStream(sodBytes));
        assertEquals(SIGNED_DATA_GROUPS, sod.getDataGroupHashes().keySet());

        // Every data group, each through JMRTD's own parser.
        Map<Integer, byte[]> groups = new TreeMap<>();
        groups.put(1, read(passport, PassportService.EF_DG1, content, ElementaryFiles.dataGroup(1)));
        DG1File dg1 = new DG1File(new ByteArrayInputStream(groups.get(1)));
        assertEquals(String.join("", CitizenMrz.of(CITIZEN).lines()), dg1.getMRZInfo().toString().replace("\n", ""));
        assertEquals(CITIZEN.documentNumber(), dg1.getMRZInfo().getDocumentNumber());

        groups.put(2, read(passport, PassportService.EF_DG2, content, ElementaryFiles.dataGroup(2)));
        DG2File dg2 = new DG2File(new ByteArrayInputStream(groups.get(2)));
        assertEquals(1, dg2.getFaceInfos().size(), "one facial record");
        FaceInfo face = dg2.getFaceInfos().get(0);
        assertEquals(1, face.getFaceImageInfos().size(), "one face image");
        FaceImageInfo image = face.getFaceImageInfos().get(0);
        assertEquals(FaceImageInfo.IMAGE_DATA_TYPE_JPEG, image.getImageDataType());
        assertEquals("image/jpeg", image.getMimeType());
        assertEquals(FacePortrait.WIDTH, image.getWidth());
        assertEquals(FacePortrait.HEIGHT, image.getHeight());
        assertArrayEquals(FacePortrait.jpeg(Long.parseLong(CITIZEN.idNumber())),
                image.getImageInputStream().readAllBytes());

        // DG13 is the CCCD's own: JMRTD has no parser for it, the raw bytes are what the SOD signs.
        groups.put(13, read(passport, PassportService.EF_DG13, content, ElementaryFiles.dataGroup(13)));

        groups.put(14, read(passport, PassportService.EF_DG14, content, ElementaryFiles.dataGroup(14)));
        DG14File dg14 = new DG14File(new ByteArrayInputStream(groups.get(14)));
        assertEquals(1, dg14.getChipAuthenticationPublicKeyInfos().size());
        assertTrue(dg14.getChipAuthenticationPublicKeyInfos().get(0).getSubjectPublicKey() instanceof ECPublicKey);
        assertEquals(1, dg14.getChipAuthenticationInfos().size());
        ChipAuthenticationInfo ca = dg14.getChipAuthenticationInfos().get(0);
        assertEquals(SecurityInfo.ID_CA_ECDH_AES_CBC_CMAC_128, ca.getObjectIdentifier());
        assertEquals(ChipAuthenticationInfo.VERSION_1, ca.getVersion());
        assertEquals(1, dg14.getTerminalAuthenticationInfos().size());

        groups.put(15, read(passport, PassportService.EF_DG15, content, ElementaryFiles.dataGroup(15)));
        DG15File dg15 = new DG15File(new ByteArrayInputStream(groups.get(15)));
        assertEquals("RSA", dg15.getPublicKey().getAlgorithm());

        // The SOD's hashes, by JMRTD's reading of it, over the bytes JMRTD read.
        MessageDigest digest = MessageDigest.getInstance(sod.getDigestAlgorithm());
        assertEquals(32, digest.getDigestLength(), "the SOD names SHA-256: " + sod.getDigestAlgorithm());
        for (Map.Entry<Integer, byte[]> group : groups.entrySet()) {
            assertArrayEquals(sod.getDataGroupHashes().get(group.getKey()), digest.digest(group.getValue()),
                    "hash of DG" + group.getKey());
        }

        // The SOD's signer and signature, by JMRTD's reading of it.
        X509Certificate signer = sod.getDocSigningCertificate();
        assertEquals(TestCards.PKI.documentSigner().certificate(), signer);
        byte[] signedAttributes = sod.getEContent(); // checks the messageDigest attribute, returns the attributes
        Signature verifier = Signature.getInstance(sod.getDigestEncryptionAlgorithm(), new BouncyCastleProvider());
        verifier.initVerify(signer.getPublicKey());
        verifier.update(signedAttributes);
        assertTrue(verifier.verify(sod.getEncryptedDigest()), "the SOD's signature over its signed attributes");
        signedAttributes[signedAttributes.length - 1] ^= 1;
        verifier.initVerify(signer.getPublicKey());
        verifier.update(signedAttributes);
        assertFalse(verifier.verify(sod.getEncryptedDigest()), "the signature check is a real one");

        // DG3 is listed but needs EAC terminal authentication, which JMRTD has not done. JMRTD's file
        // system turns any failure into "Could not select file" and drops the status word...
        assertThrows(CardServiceException.class, () -> passport.getInputStream(PassportService.EF_DG3).readAllBytes());
        // ...so the chip's answer is seen through JMRTD's APDU layer, still under its secure messaging:
        // SELECT succeeds, READ BINARY is refused with 6982.
        ReadBinaryAPDUSender apdus = new ReadBinaryAPDUSender(passport);
        apdus.sendSelectFile(passport.getWrapper(), PassportService.EF_DG3);
        CardServiceException refused = assertThrows(CardServiceException.class,
                () -> apdus.sendReadBinary(passport.getWrapper(), 0, 0, 8, false, false));
        assertEquals(SW_SECURITY_STATUS_NOT_SATISFIED, refused.getSW(), refused::toString);
        // The secure channel survives the refusal (JMRTD caches files it read, so ask the chip anew).
        apdus.sendSelectFile(passport.getWrapper(), PassportService.EF_DG1);
        assertArrayEquals(Arrays.copyOf(groups.get(1), 8), apdus.sendReadBinary(passport.getWrapper(), 0, 0, 8, false, false));
    }

    /** The file through JMRTD's secure messaging, checked against what the chip was given. */
    private static byte[] read(PassportService passport, short fid, ChipContent content, int ourFid) throws Exception {
        byte[] bytes = passport.getInputStream(fid).readAllBytes();
        assertArrayEquals(content.files().get(ourFid), bytes, () -> LDSFileUtil.lookupFileNameByFID(fid));
        return bytes;
    }

    private PassportService open(ChipContent content, RealPcscd pcscd) throws Exception {
        pcscd.awaitEmpty(RealPcscd.READER_0, Duration.ofSeconds(3));
        CardTerminal terminal = pcscd.terminal(RealPcscd.READER_0);
        client = new VpcdClient(new VirtualChip(content, new SecureRandom()));
        client.insert();
        assertTrue(terminal.waitForCardPresent(3000), "pcscd noticed the card");
        PassportService passport = new PassportService(new SmartcardioCardService(terminal),
                PassportService.NORMAL_MAX_TRANCEIVE_LENGTH, PassportService.DEFAULT_MAX_BLOCKSIZE, false, true);
        passport.open();
        return passport;
    }
}
