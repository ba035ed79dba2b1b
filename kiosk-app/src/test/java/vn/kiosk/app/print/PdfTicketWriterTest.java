package vn.kiosk.app.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfTicketWriterTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-14T02:30:12.345Z"), ZoneId.of("Asia/Ho_Chi_Minh"));

    @TempDir
    Path dir;

    private PdfTicketWriter writer(Path directory) {
        return new PdfTicketWriter(directory, CLOCK, TicketFonts.SYSTEM_FONT_DIRECTORIES);
    }

    private static String nfc(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    @Test
    void systemHasAVietnameseFont() {
        // CI installs fonts-dejavu-core / fonts-noto-core; without them the PDF fallback cannot work
        assertTrue(TicketFonts.find().isPresent(), "install " + TicketFonts.lookingFor());
    }

    @Test
    void writesAPdfWithVietnameseTextAndTheQrImage() throws Exception {
        PrintResult result = writer(dir).print(VietnameseTicketOverTcpTest.clinicTicket());

        PrintResult.Printed printed = assertInstanceOf(PrintResult.Printed.class, result);
        Path file = dir.resolve("20250314-093012-345_A012.pdf");
        assertEquals("pdf " + file, printed.where());
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            assertEquals(1, doc.getNumberOfPages());
            String text = nfc(new PDFTextStripper().getText(doc));
            for (String expected : List.of("PHIẾU KHÁM BỆNH", "A012", "Bệnh viện Đa khoa tỉnh", "Khoa: Nội tổng hợp",
                    "Người đi kèm: Đặng Thị Hằng", "MANG THEO NHỮNG GIẤY TỜ GỐC")) {
                assertTrue(text.contains(expected), "missing '" + expected + "' in:\n" + text);
            }
            PDPage page = doc.getPage(0);
            int images = 0;
            for (COSName name : page.getResources().getXObjectNames()) {
                if (page.getResources().getXObject(name) instanceof PDImageXObject) {
                    images++;
                }
            }
            assertEquals(1, images, "the QR code image");
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList(), "no temporary file left behind");
        }
    }

    @Test
    void noQrNoImage() throws Exception {
        writer(dir).print(Ticket.of("", "Biên nhận", "HS-2025/0001", List.of()));
        Path file = dir.resolve("20250314-093012-345_HS-2025_0001.pdf");
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            assertFalse(doc.getPage(0).getResources().getXObjectNames().iterator().hasNext());
            assertTrue(nfc(new PDFTextStripper().getText(doc)).contains("Biên nhận"));
        }
    }

    @Test
    void fileNamesAreSanitisedAndNeverOverwritten() {
        assertEquals("20250314-093012-345_So_12_-Duong.pdf",
                TicketFiles.fileName(CLOCK, "Số 12/../-Đường ", "pdf"));
        assertEquals("20250314-093012-345_ticket.pdf", TicketFiles.fileName(CLOCK, "../..", "pdf"));
        Ticket t = Ticket.of("", "T", "A1", List.of());
        String first = ((PrintResult.Printed) writer(dir).print(t)).where();
        String second = ((PrintResult.Printed) writer(dir).print(t)).where();
        assertEquals("pdf " + dir.resolve("20250314-093012-345_A1.pdf"), first);
        assertEquals("pdf " + dir.resolve("20250314-093012-345_A1-2.pdf"), second);
    }

    @Test
    void createsTheDirectory() {
        Path nested = dir.resolve("var/lib/tickets");
        assertEquals(PrinterStatus.Reachable.YES, writer(nested).status().reachable());
        assertInstanceOf(PrintResult.Printed.class, writer(nested).print(Ticket.of("", "T", "A1", List.of())));
        assertTrue(Files.isDirectory(nested));
    }

    @Test
    void unwritableDirectoryIsAFailureNotAnException() throws Exception {
        Path notADir = Files.writeString(dir.resolve("file"), "x");
        PrintResult result = writer(notADir).print(VietnameseTicketOverTcpTest.clinicTicket());
        PrintResult.Failed failed = assertInstanceOf(PrintResult.Failed.class, result);
        assertTrue(failed.reason().startsWith("pdf " + notADir), failed.reason());
        assertEquals(PrinterStatus.Reachable.NO, writer(notADir).status().reachable());
    }

    @Test
    void missingFontIsAFailure() throws Exception {
        Path noFonts = Files.createDirectory(dir.resolve("nofonts"));
        PdfTicketWriter w = new PdfTicketWriter(dir.resolve("out"), CLOCK, List.of(noFonts));
        PrintResult.Failed failed = assertInstanceOf(PrintResult.Failed.class, w.print(Ticket.of("", "T", "A1", List.of())));
        assertTrue(failed.reason().contains("no font with Vietnamese letters"), failed.reason());
        assertEquals(PrinterStatus.Reachable.NO, w.status().reachable());
    }

    @Test
    void charactersWithoutGlyphBecomeQuestionMarks() throws Exception {
        Ticket t = new Ticket("", "Tên 漢 \uD83D\uDE00", "A1", List.of(), Optional.empty(), List.of());
        assertInstanceOf(PrintResult.Printed.class, writer(dir).print(t));
        try (PDDocument doc = Loader.loadPDF(dir.resolve("20250314-093012-345_A1.pdf").toFile())) {
            String text = nfc(new PDFTextStripper().getText(doc));
            assertTrue(text.contains("Tên"), text);
        }
    }
}
