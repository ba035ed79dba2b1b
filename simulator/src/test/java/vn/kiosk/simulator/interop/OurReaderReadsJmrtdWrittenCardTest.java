package vn.kiosk.simulator.interop;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.spec.ECGenParameterSpec;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import net.sf.scuba.data.Gender;

import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.jmrtd.lds.ChipAuthenticationInfo;
import org.jmrtd.lds.ChipAuthenticationPublicKeyInfo;
import org.jmrtd.lds.LDSFileUtil;
import org.jmrtd.lds.SODFile;
import org.jmrtd.lds.SecurityInfo;
import org.jmrtd.lds.icao.COMFile;
import org.jmrtd.lds.icao.DG14File;
import org.jmrtd.lds.icao.DG15File;
import org.jmrtd.lds.icao.DG1File;
import org.jmrtd.lds.icao.DG2File;
import org.jmrtd.lds.icao.MRZInfo;
import org.jmrtd.lds.iso19794.FaceImageInfo;
import org.jmrtd.lds.iso19794.FaceInfo;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.kiosk.reader.access.AccessKey;
import vn.kiosk.reader.access.AccessProtocol;
import vn.kiosk.reader.identity.Assurance;
import vn.kiosk.reader.identity.Identity;
import vn.kiosk.reader.lds.Dg1;
import vn.kiosk.reader.lds.FaceImage;
import vn.kiosk.reader.lds.ImageFormat;
import vn.kiosk.reader.read.CardRead;
import vn.kiosk.reader.read.IdCardReader;
import vn.kiosk.reader.read.ReadOptions;
import vn.kiosk.reader.read.Verification.Check;
import vn.kiosk.reader.verify.DataGroupVerdict;
import vn.kiosk.reader.verify.PassiveVerdict;
import vn.kiosk.reader.verify.TrustStore;
import vn.kiosk.simulator.chip.ChipContent;
import vn.kiosk.simulator.chip.ChipSecrets;
import vn.kiosk.simulator.chip.ElementaryFiles;
import vn.kiosk.simulator.chip.VirtualChip;
import vn.kiosk.simulator.citizen.Citizen;
import vn.kiosk.simulator.pcsc.VirtualReaders;
import vn.kiosk.simulator.personalise.CardProfile;
import vn.kiosk.simulator.personalise.CitizenMrz;
import vn.kiosk.simulator.personalise.FacePortrait;
import vn.kiosk.simulator.personalise.Personaliser;
import vn.kiosk.simulator.testing.TestCards;

/**
 * The other direction of {@link JmrtdReadsOurCardTest}: every file of the chip is written by
 * JMRTD's encoders (EF.COM, DG1, DG2, DG14, DG15, and EF.SOD signed by JMRTD with the test PKI's
 * document signer); only DG13, which JMRTD does not know, is ours. Our reader must read it, verify
 * it passively, authenticate the chip with JMRTD's DG14 key and the AA key in JMRTD's DG15, and
 * say who the holder is.
 */
class OurReaderReadsJmrtdWrittenCardTest {
    private static final Citizen CITIZEN = TestCards.citizen(7);
    private static final TrustStore TRUST = TrustStore.of(List.of(TestCards.PKI.csca().certificate()),
            List.of(TestCards.PKI.crl()));
    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");
    private static final int[] COM_DATA_GROUPS = {1, 2, 3, 13, 14, 15};

    private static byte[] jpeg;
    private static ChipContent content;

    @BeforeAll
    static void personaliseWithJmrtd() throws Exception {
        SecureRandom keys = SecureRandom.getInstance("SHA1PRNG");
        keys.setSeed(20240701L);
        KeyPair chipAuthentication = ec("brainpoolP256r1", keys);
        KeyPair activeAuthentication = rsa1024(keys);
        jpeg = FacePortrait.jpeg(Long.parseLong(CITIZEN.idNumber()));

        Map<Integer, byte[]> groups = new TreeMap<>();
        groups.put(1, new DG1File(mrz(CITIZEN)).getEncoded());
        groups.put(2, new DG2File(List.of(new FaceInfo(List.of(face(jpeg))))).getEncoded());
        groups.put(13, Personaliser.dg13(CITIZEN).encode()); // ours: JMRTD has no DG13 encoder
        groups.put(14, new DG14File(List.<SecurityInfo>of(
                new ChipAuthenticationPublicKeyInfo(chipAuthentication.getPublic()),
                new ChipAuthenticationInfo(SecurityInfo.ID_CA_ECDH_AES_CBC_CMAC_128, ChipAuthenticationInfo.VERSION_1)))
                .getEncoded());
        groups.put(15, new DG15File(activeAuthentication.getPublic()).getEncoded());

        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        Map<Integer, byte[]> hashes = new TreeMap<>();
        groups.forEach((number, bytes) -> hashes.put(number, sha256.digest(bytes)));
        byte[] sod = new SODFile("SHA-256", "SHA256withECDSA", hashes, TestCards.PKI.documentSigner().privateKey(),
                TestCards.PKI.documentSigner().certificate()).getEncoded();
        int[] tags = Arrays.stream(COM_DATA_GROUPS).map(LDSFileUtil::lookupTagByDataGroupNumber).toArray();
        byte[] com = new COMFile("1.7", "4.0.0", tags).getEncoded();

        Map<Integer, byte[]> files = new TreeMap<>();
        groups.forEach((number, bytes) -> files.put(ElementaryFiles.dataGroup(number), bytes));
        files.put(ElementaryFiles.COM, com);
        files.put(ElementaryFiles.SOD, sod);

        // The access secrets (CAN, MRZ key, EF.CardAccess) are the citizen's card's; the files are JMRTD's.
        ChipContent issued = TestCards.card(CITIZEN, CardProfile.CCCD_2021);
        content = new ChipContent(issued.can(), issued.mrzKey(), issued.cardAccess(), files, issued.extendedLength(),
                new ChipSecrets(Optional.of(activeAuthentication.getPrivate()), Optional.of(chipAuthentication.getPrivate())));
    }

    @Test
    void ourReaderVerifiesAndReadsACardJmrtdWrote() throws Exception {
        CardRead read = read(content, AccessKey.can(CITIZEN.can()));

        assertEquals(AccessProtocol.PACE, read.stats().accessProtocol());
        assertEquals(PassiveVerdict.VALID, read.verification().passive(), read.verification().problems()::toString);
        for (int dg : new int[] {1, 2, 13, 14, 15}) {
            assertEquals(DataGroupVerdict.VALID, read.verification().dataGroups().get(dg), "DG" + dg);
        }
        assertEquals(Check.VALID, read.verification().chip(), read.verification().problems()::toString);
        assertEquals(Check.VALID, read.verification().active(), read.verification().problems()::toString);
        assertEquals(Assurance.CHIP_CLONE_CHECKED, read.verification().assurance());
        assertTrue(read.verification().problems().isEmpty(), read.verification().problems()::toString);

        assertHolder(read.identity());

        FaceImage photo = read.photo().orElseThrow();
        assertEquals(ImageFormat.JPEG, photo.format());
        assertTrue(photo.formatAsDeclared(), "JMRTD's header says JPEG");
        assertEquals(FacePortrait.WIDTH, photo.width());
        assertEquals(FacePortrait.HEIGHT, photo.height());
        assertArrayEquals(jpeg, photo.data());
    }

    @Test
    void aBacOnlyChipWithJmrtdsFilesOpensWithTheMrzAndVerifies() throws Exception {
        CardRead read = read(content.withoutPace(), AccessKey.mrz(CitizenMrz.keyOf(CITIZEN)));
        assertEquals(AccessProtocol.BAC, read.stats().accessProtocol());
        assertEquals(PassiveVerdict.VALID, read.verification().passive(), read.verification().problems()::toString);
        assertEquals(Assurance.CHIP_CLONE_CHECKED, read.verification().assurance());
        assertHolder(read.identity());
    }

    @Test
    void jmrtdsDg1IsByteForByteTheOneOurEncoderWrites() {
        // The read above checks the MRZ through our parser; this pins where a difference would lie.
        assertArrayEquals(new Dg1(CitizenMrz.of(CITIZEN)).encode(), content.files().get(ElementaryFiles.dataGroup(1)));
    }

    private static CardRead read(ChipContent chip, AccessKey key) throws Exception {
        return new IdCardReader(new SecureRandom()).read(
                VirtualReaders.withCard(new VirtualChip(chip, new SecureRandom())).firstTerminal(), key,
                ReadOptions.of(TRUST), event -> { });
    }

    private static void assertHolder(Identity id) {
        assertEquals(CITIZEN.idNumber(), id.idNumber());
        assertEquals(CITIZEN.fullName(), id.fullName());
        assertEquals(CITIZEN.dateOfBirth(), id.dateOfBirth().orElseThrow());
        assertEquals(CITIZEN.sex().name(), id.sex().orElseThrow().name());
        assertEquals(CITIZEN.nationality(), id.nationality());
        assertEquals(CITIZEN.ethnicity(), id.ethnicity());
        assertEquals(CITIZEN.religion(), id.religion());
        assertEquals(CITIZEN.placeOfResidence(), id.placeOfResidence());
        assertEquals(CITIZEN.placeOfOrigin(), id.placeOfOrigin());
        assertEquals(CITIZEN.issueDate(), id.issueDate().orElseThrow());
        assertEquals(CITIZEN.expiryDate(), id.expiryDate());
        assertEquals(CITIZEN.fatherName(), id.fatherName());
        assertEquals(CITIZEN.motherName(), id.motherName());
        assertEquals(CITIZEN.oldIdNumber(), id.oldIdNumber());
        // The MRZ JMRTD wrote, as our parser reads it back: the CCCD's TD1 lines.
        assertEquals(String.join("\n", CitizenMrz.of(CITIZEN).lines()), id.mrz());
    }

    /** A CCCD's TD1 MRZ through JMRTD: the 12-digit ID number, "<<" and its check digit in optional data 1. */
    private static MRZInfo mrz(Citizen c) {
        String expiry = c.expiryDate().map(d -> d.format(YYMMDD)).orElse(CitizenMrz.NO_EXPIRY);
        var ours = CitizenMrz.of(c);
        return MRZInfo.createTD1MRZInfo("ID", "VNM", c.documentNumber(),
                c.idNumber() + "<<" + MRZInfo.checkDigit(c.idNumber()), c.dateOfBirth().format(YYMMDD),
                c.sex() == Citizen.Sex.M ? Gender.MALE : Gender.FEMALE, expiry, "VNM", "",
                ours.primaryIdentifier(), ours.secondaryIdentifier());
    }

    private static FaceImageInfo face(byte[] jpeg) throws IOException {
        return new FaceImageInfo(CITIZEN.sex() == Citizen.Sex.M ? Gender.MALE : Gender.FEMALE,
                FaceImageInfo.EyeColor.UNSPECIFIED, 0, FaceImageInfo.HAIR_COLOR_UNSPECIFIED,
                FaceImageInfo.EXPRESSION_UNSPECIFIED, new int[3], new int[3], FaceImageInfo.FACE_IMAGE_TYPE_FULL_FRONTAL,
                FaceImageInfo.IMAGE_COLOR_SPACE_RGB24, FaceImageInfo.SOURCE_TYPE_STATIC_PHOTO_DIGITAL_CAM, 0, 0,
                new FaceImageInfo.FeaturePoint[0], FacePortrait.WIDTH, FacePortrait.HEIGHT,
                new ByteArrayInputStream(jpeg), jpeg.length, FaceImageInfo.IMAGE_DATA_TYPE_JPEG);
    }


    private static KeyPair ec(String curve, SecureRandom random) throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", new BouncyCastleProvider());
        generator.initialize(new ECGenParameterSpec(curve), random);
        return generator.generateKeyPair();
    }

    private static KeyPair rsa1024(SecureRandom random) throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(1024, random);
        return generator.generateKeyPair();
    }
}
