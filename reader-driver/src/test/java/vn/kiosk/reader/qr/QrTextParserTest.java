package vn.kiosk.reader.qr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.kiosk.reader.access.AccessKey;
import vn.kiosk.reader.identity.Identity;
import vn.kiosk.reader.identity.Identity.Sex;

class QrTextParserTest {
    private static final Clock NOW = Clock.fixed(Instant.parse("2025-06-01T03:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));
    private static final String SAMPLE = "001089012345|163456789|Nguyễn Văn Đức|15031989|Nam|"
            + "Số 12 phố Láng Hạ, phường Láng Hạ, quận Đống Đa, Hà Nội|20042021";

    private final QrTextParser parser = new QrTextParser(NOW);

    private QrResult.Recognised recognised(String text) {
        return assertInstanceOf(QrResult.Recognised.class, parser.parse(text));
    }

    @Test
    void aCardFrontQrGivesItsHolder() {
        QrResult.Recognised r = recognised(SAMPLE);
        assertEquals(QrKind.CCCD, r.kind());
        assertEquals(List.of(), r.problems());
        Identity id = r.identity();
        assertEquals("001089012345", id.idNumber());
        assertEquals("163456789", id.oldIdNumber());
        assertEquals("Nguyễn Văn Đức", id.fullName());
        assertEquals(Optional.of(LocalDate.of(1989, 3, 15)), id.dateOfBirth());
        assertEquals(Optional.of(Sex.M), id.sex());
        assertEquals("Số 12 phố Láng Hạ, phường Láng Hạ, quận Đống Đa, Hà Nội", id.placeOfResidence());
        assertEquals(Optional.of(LocalDate.of(2021, 4, 20)), id.issueDate());
        assertEquals("", id.mrz());
        assertEquals("", id.fatherName());
        assertEquals(Optional.empty(), id.expiryDate());
    }

    @Test
    void theAccessKeyIsTheCanAndTheMrzKeyWithTheRenewalAgeExpiry() {
        QrAccessKey key = recognised(SAMPLE).accessKey();
        assertEquals(Optional.of("012345"), key.can());
        // born 1989, issued 2021 at 32: renew at 40, i.e. 15 March 2029
        assertEquals(Optional.of("089012345,890315,290315"), key.mrzText());
        assertEquals(AccessKey.can("012345"), key.preferred().orElseThrow());
    }

    @Test
    void aHolderWhoseCardNeverExpiresHasNoMrzKey() {
        QrAccessKey key = recognised("038060001234||Lê Thị Hoa|01021960|Nữ|Thanh Hóa|05052021").accessKey();
        assertEquals(Optional.of("001234"), key.can());
        assertEquals(Optional.empty(), key.mrz());
    }

    @Test
    void anEmptyOldIdAndDecomposedDiacriticsAreFine() {
        String decomposed = java.text.Normalizer.normalize(SAMPLE.replace("163456789", ""), java.text.Normalizer.Form.NFD);
        QrResult.Recognised r = recognised(decomposed + "\r\n");
        assertEquals(List.of(), r.problems());
        assertEquals("", r.identity().oldIdNumber());
        assertEquals("Nguyễn Văn Đức", r.identity().fullName());
    }

    @Test
    void aMissingOldIdFieldIsPlacedByShape() {
        QrResult.Recognised r = recognised(SAMPLE.replace("|163456789|", "|"));
        assertEquals("Nguyễn Văn Đức", r.identity().fullName());
        assertEquals(Optional.of(LocalDate.of(2021, 4, 20)), r.identity().issueDate());
        assertEquals(List.of("the QR has 6 fields where the CCCD layout has 7"), r.problems());
    }

    @Test
    void extraFieldsAreKeptOutAndReported() {
        QrResult.Recognised r = recognised(SAMPLE + "|Nguyễn Văn An|Trần Thị Bình|");
        assertEquals(Optional.of(LocalDate.of(2021, 4, 20)), r.identity().issueDate());
        assertTrue(r.problems().contains("2 field(s) after the issue date not understood (fields [8, 9])"), r.problems()::toString);
    }

    @Test
    void missingFieldsAreListed() {
        QrResult.Recognised r = recognised("001089012345|163456789|Nguyễn Văn Đức");
        assertEquals(QrKind.CCCD, r.kind());
        assertTrue(r.problems().containsAll(List.of("no date of birth", "no sex", "no address", "no issue date")),
                r.problems()::toString);
        assertEquals(Optional.of("012345"), r.accessKey().can());
        assertEquals(Optional.empty(), r.accessKey().mrz());
    }

    @Test
    void aTrailingDelimiterIsNotAProblemOfContent() {
        QrResult.Recognised r = recognised(SAMPLE + "|");
        assertEquals(List.of("the QR has 8 fields where the CCCD layout has 7"), r.problems());
    }

    @Test
    void inconsistentIdDigitsAreReported() {
        // province 003 does not exist; century/sex digit 1 = female born 1900s; year digits 88
        QrResult.Recognised r = recognised(SAMPLE.replace("001089012345", "003188012345"));
        assertEquals(List.of("the ID number does not start with a province code",
                "the birth-year digits of the ID number do not match the birth date",
                "the sex digit of the ID number does not match the sex"), r.problems());
        QrResult.Recognised century = recognised(SAMPLE.replace("001089012345", "001289012345"));
        assertEquals(List.of("the century digit of the ID number does not match the birth year"), century.problems());
    }

    @Test
    void aBirthIn2000sNeedsCenturyDigitTwoOrThree() {
        QrResult.Recognised r = recognised("079304001234||Trần Thị Mai|29022004|Nữ|Quận 1, TP HCM|10102022");
        assertEquals(List.of(), r.problems());
        assertEquals(Optional.of(LocalDate.of(2004, 2, 29)), r.identity().dateOfBirth());
    }

    @Test
    void impossibleDatesAreReportedNotThrown() {
        QrResult.Recognised r = recognised(SAMPLE.replace("15031989", "30021989"));
        assertTrue(r.problems().contains("the date of birth is not a real calendar date"), r.problems()::toString);
        assertEquals(Optional.empty(), r.identity().dateOfBirth());
        assertEquals(Optional.empty(), r.accessKey().mrz());
        assertEquals(Optional.of("012345"), r.accessKey().can());
    }

    @Test
    void issueBeforeBirthAndFutureDatesAreReported() {
        assertTrue(recognised(SAMPLE.replace("20042021", "20041985")).problems()
                .contains("the issue date is before the date of birth"));
        List<String> future = recognised(SAMPLE.replace("20042021", "02062025")).problems();
        assertTrue(future.contains("the issue date is in the future"), future::toString);
        // the clock, not the machine's date, decides
        assertFalse(new QrTextParser(Clock.offset(NOW, java.time.Duration.ofDays(2)))
                .parse(SAMPLE.replace("20042021", "02062025")).problems().contains("the issue date is in the future"));
    }

    @Test
    void aCardIssuedFromJuly2024IsACanCuoc() {
        QrResult.Recognised r = recognised(SAMPLE.replace("20042021", "01072024") + "|001089099999|Nguyễn Văn An");
        assertEquals(QrKind.CAN_CUOC_2024, r.kind());
        assertEquals("Nguyễn Văn Đức", r.identity().fullName());
        assertTrue(r.problems().stream().anyMatch(p -> p.contains("layout is not published")), r.problems()::toString);
        assertTrue(r.problems().stream().anyMatch(p -> p.contains("not understood")), r.problems()::toString);
        assertEquals(QrKind.CCCD, recognised(SAMPLE.replace("20042021", "30062024")).kind());
    }

    @Test
    void anotherDelimiterIsReadButFlagged() {
        QrResult.Recognised r = recognised(SAMPLE.replace('|', ';'));
        assertEquals("Nguyễn Văn Đức", r.identity().fullName());
        assertTrue(r.problems().get(0).startsWith("fields are separated by ';'"), r.problems()::toString);
    }

    @Test
    void utf8ReadAsLatin1IsRepaired() {
        String mangled = new String(SAMPLE.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        QrResult.Recognised r = recognised(mangled);
        assertEquals("Nguyễn Văn Đức", r.identity().fullName());
        assertEquals(Optional.of(Sex.M), r.identity().sex());
        assertTrue(r.problems().get(0).contains("repaired"), r.problems()::toString);
        // As Windows shows it: Windows-1252, its five undefined bytes passed through as U+0081 etc.
        StringBuilder cp1252 = new StringBuilder();
        for (byte b : SAMPLE.getBytes(StandardCharsets.UTF_8)) {
            String shown = new String(new byte[] {b}, java.nio.charset.Charset.forName("windows-1252"));
            cp1252.append(shown.equals("\uFFFD") ? String.valueOf((char) (b & 0xFF)) : shown);
        }
        assertTrue(cp1252.indexOf("\u2026") >= 0, "the sample has Windows-1252 punctuation in it");
        assertEquals("Nguyễn Văn Đức", recognised(cp1252.toString()).identity().fullName());
    }

    @Test
    void rawBytesAreUtf8OrSaidOtherwise() {
        QrResult.Recognised utf8 = assertInstanceOf(QrResult.Recognised.class, parser.parse(SAMPLE.getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of(), utf8.problems());
        byte[] latin = "001089012345||Nguyen Van Duc|15031989|Nam|H\u00e0 N\u00f4i|20042021".getBytes(StandardCharsets.ISO_8859_1);
        QrResult latinResult = parser.parse(latin);
        assertTrue(latinResult.problems().get(0).contains("not UTF-8"), latinResult.problems()::toString);
    }

    @Test
    void aScannerPrefixAndControlCharactersAreRemoved() {
        QrResult.Recognised r = recognised("]Q1" + SAMPLE.replace("Nam", "Nam\u0007") + "\n");
        assertEquals(Optional.of(Sex.M), r.identity().sex());
        assertTrue(r.problems().contains("a scanner's symbology prefix was removed"));
        assertTrue(r.problems().contains("control characters were removed"));
    }

    @Test
    void aVneidQrGivesOnlyAStandaloneIdNumber() {
        QrResult.Recognised r = recognised("https://vneid.gov.vn/qr?id=001089012345&t=1700000000");
        assertEquals(QrKind.VNEID, r.kind());
        assertEquals("001089012345", r.identity().idNumber());
        assertEquals("", r.identity().fullName());
        assertEquals(Optional.of("012345"), r.accessKey().can());
        assertEquals(Optional.empty(), r.accessKey().mrz());

        QrResult.Recognised none = recognised("VNeID:eyJhbGciOiJIUzI1NiJ9.payload");
        assertEquals(QrKind.VNEID, none.kind());
        assertEquals("", none.identity().idNumber());
        assertEquals(QrAccessKey.NONE, none.accessKey());
        assertTrue(none.problems().contains("no 12-digit ID number found"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "hello", "001089012345", "12345|Nguyễn|x", "http://example.com/?q=1",
            "|||||||", "WIFI:S:kiosk;T:WPA;P:secret;;"})
    void otherTextsAreUnknownWithAReason(String text) {
        QrResult result = parser.parse(text);
        assertInstanceOf(QrResult.Unrecognised.class, result);
        assertEquals(QrKind.UNKNOWN, result.kind());
        assertFalse(result.problems().isEmpty());
    }

    @Test
    void nullAndHugeInputsAreUnknown() {
        assertEquals(QrKind.UNKNOWN, parser.parse((String) null).kind());
        assertEquals(QrKind.UNKNOWN, parser.parse((byte[]) null).kind());
        String huge = SAMPLE + "x".repeat(100_000);
        QrResult result = parser.parse(huge);
        assertEquals(List.of("longer than any QR code can hold: not an ID QR"), result.problems());
        assertEquals(QrKind.UNKNOWN, parser.parse(huge.getBytes(StandardCharsets.UTF_8)).kind());
    }

    @Test
    void thereAreSixtyThreeProvinceCodes() {
        assertEquals(63, ProvinceCodes.count());
        assertTrue(ProvinceCodes.isProvince("096"));
        assertFalse(ProvinceCodes.isProvince("003"));
    }

    @Test
    void problemsNeverQuoteTheHoldersData() {
        String bad = "001089012345|163456789|Nguyễn Văn Đức|31021989|Nữ|Hà Nội|20042021|Extra Secret Name";
        QrResult r = parser.parse(bad);
        for (String problem : r.problems()) {
            assertFalse(problem.contains("Nguyễn") || problem.contains("Secret") || problem.contains("012345")
                    || problem.contains("31021989"), problem);
        }
    }
}
