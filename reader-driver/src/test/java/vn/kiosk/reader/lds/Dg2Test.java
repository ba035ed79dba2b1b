package vn.kiosk.reader.lds;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

import javax.imageio.ImageIO;

import org.jmrtd.cbeff.BiometricEncodingType;
import org.jmrtd.lds.icao.DG2File;
import org.jmrtd.lds.iso19794.FaceImageInfo;
import org.jmrtd.lds.iso19794.FaceInfo;
import org.junit.jupiter.api.Test;

import net.sf.scuba.data.Gender;
import vn.kiosk.reader.error.MalformedDataException;
import vn.kiosk.reader.tlv.Tlv;

class Dg2Test {
    private static final HexFormat HEX = HexFormat.of().withUpperCase();
    private static final byte[] TINY_JPEG = HEX.parseHex("FFD8FFE000104A464946FFD9");
    private static final byte[] JP2 = HEX.parseHex("0000000C6A5020200D0A870A" + "00000014667479706A703220" + "0102030405");
    private static final byte[] J2K = HEX.parseHex("FF4FFF51002F000000000100");

    /** A real JFIF image, over 256 bytes so every length is in long form. */
    static byte[] realJpeg(int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x2E6DB4));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.ORANGE);
        g.fillOval(width / 4, height / 5, width / 2, height / 2);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", out);
        return out.toByteArray();
    }

    /**
     * DG2 for a 12-byte image of 640 x 480, every length worked out by hand: image 12, face block
     * 20 + 12 + 12 = 44 (2C), record 14 + 44 = 58 (3A), header template 18 (12), BIT 20 + 3 + 58 = 81
     * (51), group 3 + 3 + 81 = 87 (57), DG2 3 + 87 = 90 (5A).
     */
    private static final String TINY_DG2 = "755A" + "7F6157" + "020101" + "7F6051"
            + "A112" + "80020101" + "810102" + "820100" + "87020101" + "88020008"
            + "5F2E3A"
            + "46414300" + "30313000" + "0000003A" + "0001"
            + "0000002C" + "0000" + "00" + "00" + "00" + "000000" + "0000" + "000000" + "000000"
            + "01" + "00" + "0280" + "01E0" + "01" + "02" + "0000" + "0000"
            + "FFD8FFE000104A464946FFD9";

    @Test
    void encodesExactlyTheHandWorkedBytes() {
        assertEquals(TINY_DG2, HEX.formatHex(Dg2.ofJpeg(TINY_JPEG, 640, 480).encode()));
    }

    @Test
    void parsesTheHandWorkedBytes() throws Exception {
        FaceImage face = Dg2.parse(HEX.parseHex(TINY_DG2)).face();
        assertEquals(ImageFormat.JPEG, face.format());
        assertEquals(640, face.width());
        assertEquals(480, face.height());
        assertArrayEquals(TINY_JPEG, face.data());
        assertTrue(face.formatAsDeclared());
    }

    @Test
    void roundTripsARealJpegWithLongFormLengths() throws Exception {
        byte[] jpeg = realJpeg(240, 320);
        assertTrue(jpeg.length > 300, "a real image");
        byte[] encoded = Dg2.ofJpeg(jpeg, 240, 320).encode();
        assertEquals(0x82, encoded[1] & 0xFF);
        Dg2 parsed = Dg2.parse(encoded);
        assertEquals(Dg2.ofJpeg(jpeg, 240, 320), parsed);
        assertEquals("jpeg", parsed.face().format().jsonName());
        assertEquals(jpeg.length, parsed.face().size());
    }

    @Test
    void roundTripsJpeg2000BothFileAndCodestream() throws Exception {
        for (byte[] image : List.of(JP2, J2K)) {
            Dg2 dg2 = new Dg2(List.of(FaceImage.jpeg2000(image, 120, 160)));
            FaceImage face = Dg2.parse(dg2.encode()).face();
            assertEquals(ImageFormat.JPEG2000, face.format());
            assertEquals(1, face.declaredType());
            assertArrayEquals(image, face.data());
        }
    }

    @Test
    void theImageBytesWinWhenTheHeaderDisagrees() throws Exception {
        byte[] encoded = Dg2.ofJpeg(JP2, 10, 10).encode();
        FaceImage face = Dg2.parse(encoded).face();
        assertEquals(ImageFormat.JPEG2000, face.format());
        assertEquals(0, face.declaredType());
        assertFalse(face.formatAsDeclared());
    }

    @Test
    void headerDecidesWhenTheImageHasNoKnownSignature() throws Exception {
        byte[] odd = HEX.parseHex("0102030405");
        assertEquals(ImageFormat.JPEG2000, Dg2.parse(new Dg2(List.of(FaceImage.jpeg2000(odd, 0, 0))).encode())
                .face().format());
        byte[] unknownType = Dg2.ofJpeg(odd, 0, 0).encode();
        unknownType[unknownType.length - odd.length - 11] = 0x07; // image data type
        assertThrows(MalformedDataException.class, () -> Dg2.parse(unknownType));
    }

    @Test
    void acceptsABareImageAndATemplatedDataBlock() throws Exception {
        byte[] bare = dg2WithBlock(Tlv.encode(0x5F2E, TINY_JPEG));
        FaceImage face = Dg2.parse(bare).face();
        assertEquals(ImageFormat.JPEG, face.format());
        assertEquals(-1, face.declaredType());
        assertEquals(0, face.width());
        assertTrue(face.declaredWidth().isEmpty());

        byte[] record = Tlv.parseAll(Tlv.parseAll(Tlv.parseAll(Tlv.parseAll(Tlv.parseOne(HEX.parseHex(TINY_DG2), 0x75)
                .value()).get(0).value()).get(1).value()).get(1).encoded()).get(0).value();
        byte[] templated = dg2WithBlock(Tlv.encode(0x7F2E, Tlv.encode(0x81, record)));
        assertEquals(640, Dg2.parse(templated).face().width());
    }

    private static byte[] dg2WithBlock(byte[] block) {
        byte[] header = Tlv.encode(0xA1, HEX.parseHex("80020101810102820100870201018802" + "0008"));
        return Tlv.encode(0x75, Tlv.encode(0x7F61, Tlv.concat(HEX.parseHex("020101"),
                Tlv.encode(0x7F60, Tlv.concat(header, block)))));
    }

    @Test
    void severalFacesRoundTrip() throws Exception {
        Dg2 two = new Dg2(List.of(FaceImage.jpeg(TINY_JPEG, 1, 2), FaceImage.jpeg2000(JP2, 3, 4)));
        byte[] encoded = two.encode();
        assertEquals(two, Dg2.parse(encoded));
        assertEquals(2, new DG2File(new ByteArrayInputStream(encoded)).getSubRecords().size());
    }

    @Test
    void rejectsInconsistentStructures() {
        String wrongCount = TINY_DG2.replaceFirst("020101", "020102");
        assertThrows(MalformedDataException.class, () -> Dg2.parse(HEX.parseHex(wrongCount)));
        String noFaces = TINY_DG2.replace("46414300" + "30313000" + "0000003A" + "0001", "46414300" + "30313000" + "0000003A" + "0000");
        assertThrows(MalformedDataException.class, () -> Dg2.parse(HEX.parseHex(noFaces)));
        String longBlock = TINY_DG2.replace("0000002C", "0000002D");
        assertThrows(MalformedDataException.class, () -> Dg2.parse(HEX.parseHex(longBlock)));
        String shortBlock = TINY_DG2.replace("0000002C", "00000020");
        assertThrows(MalformedDataException.class, () -> Dg2.parse(HEX.parseHex(shortBlock)));
        String version = TINY_DG2.replace("30313000", "30333000");
        assertThrows(MalformedDataException.class, () -> Dg2.parse(HEX.parseHex(version)));
        assertThrows(MalformedDataException.class, () -> Dg2.parse(null));
        assertThrows(MalformedDataException.class, () -> Dg2.parse(HEX.parseHex("7503020101")));
    }

    @Test
    void hostileInputsOnlyEverGiveMalformedData() throws Exception {
        byte[] tiny = HEX.parseHex(TINY_DG2);
        DataGroupFuzz.everyTruncationIsMalformed(tiny, Dg2::parse);
        DataGroupFuzz.hostileInputsOnlyMalformed(tiny, Dg2::parse, 2);
        DataGroupFuzz.hostileInputsOnlyMalformed(Dg2.ofJpeg(realJpeg(60, 80), 60, 80).encode(), Dg2::parse, 3);
        DataGroupFuzz.deepNestingIsMalformed(0x75, Dg2::parse);
    }

    @Test
    void jmrtdReadsOurDg2() throws Exception {
        byte[] jpeg = realJpeg(240, 320);
        DG2File dg2 = new DG2File(new ByteArrayInputStream(Dg2.ofJpeg(jpeg, 240, 320).encode()));
        assertEquals(BiometricEncodingType.ISO_19794, dg2.getEncodingType());
        FaceImageInfo info = firstFace(dg2);
        assertEquals("image/jpeg", info.getMimeType());
        assertEquals(240, info.getWidth());
        assertEquals(320, info.getHeight());
        assertEquals(jpeg.length, info.getImageLength());
        assertEquals(20 + 12 + jpeg.length, info.getRecordLength());
        byte[] image = new byte[info.getImageLength()];
        new DataInputStream(info.getImageInputStream()).readFully(image);
        assertArrayEquals(jpeg, image);

        DG2File jp2 = new DG2File(new ByteArrayInputStream(new Dg2(List.of(FaceImage.jpeg2000(JP2, 5, 6))).encode()));
        assertEquals("image/jp2", firstFace(jp2).getMimeType());
    }

    private static FaceImageInfo firstFace(DG2File dg2) {
        return ((FaceInfo) dg2.getSubRecords().get(0)).getFaceImageInfos().get(0);
    }

    @Test
    void weReadJmrtdsDg2WithFeaturePoints() throws Exception {
        byte[] jpeg = realJpeg(180, 240);
        FaceImageInfo.FeaturePoint[] points = {
            new FaceImageInfo.FeaturePoint(1, 12, 0, 60, 90), new FaceImageInfo.FeaturePoint(1, 11, 0, 120, 90)};
        FaceImageInfo info = new FaceImageInfo(Gender.FEMALE, FaceImageInfo.EyeColor.BROWN, 0x000001,
                FaceImageInfo.HAIR_COLOR_BLACK, FaceImageInfo.EXPRESSION_NEUTRAL, new int[3], new int[3],
                FaceImageInfo.FACE_IMAGE_TYPE_FULL_FRONTAL, FaceImageInfo.IMAGE_COLOR_SPACE_RGB24,
                FaceImageInfo.SOURCE_TYPE_STATIC_PHOTO_DIGITAL_CAM, 0, 0, points, 180, 240,
                new ByteArrayInputStream(jpeg), jpeg.length, FaceImageInfo.IMAGE_DATA_TYPE_JPEG);
        byte[] theirs = DG2File.createISO19794DG2File(List.of(new FaceInfo(List.of(info)))).getEncoded();
        FaceImage face = Dg2.parse(theirs).face();
        assertEquals(ImageFormat.JPEG, face.format());
        assertEquals(180, face.width());
        assertEquals(240, face.height());
        assertArrayEquals(jpeg, face.data());
    }

    @Test
    void toStringHidesTheImage() {
        String text = Dg2.ofJpeg(TINY_JPEG, 1, 1).toString();
        assertTrue(text.contains("12 bytes"), text);
    }

    @Test
    void sniffing() {
        assertEquals(ImageFormat.JPEG, ImageFormat.sniff(TINY_JPEG).orElseThrow());
        assertEquals(ImageFormat.JPEG2000, ImageFormat.sniff(JP2).orElseThrow());
        assertEquals(ImageFormat.JPEG2000, ImageFormat.sniff(J2K).orElseThrow());
        assertTrue(ImageFormat.sniff(new byte[] {(byte) 0xFF}).isEmpty());
        byte[] random = new byte[64];
        new Random(5).nextBytes(random);
        random[0] = 0x12;
        assertTrue(ImageFormat.sniff(random).isEmpty());
    }
}
