package vn.kiosk.app.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FallbackPrinterTest {

    @TempDir
    Path dir;

    private static int closedPort() throws Exception {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    @Test
    void refusedPrinterFallsBackToPdfAndSaysSo() throws Exception {
        int port = closedPort();
        TicketPrinter printer = new FallbackPrinter(
                new EscPosPrinter(new TcpPrinterPort("127.0.0.1", port),
                        new EscPosEncoder(PaperWidth.MM80, EscPosCodePage.CP1258), Duration.ofSeconds(1)),
                new PdfTicketWriter(dir, PdfTicketWriterTest.CLOCK, TicketFonts.SYSTEM_FONT_DIRECTORIES));

        PrintResult result = printer.print(VietnameseTicketOverTcpTest.clinicTicket());

        Path pdf = dir.resolve("20250314-093012-345_A012.pdf");
        assertTrue(Files.size(pdf) > 0);
        assertEquals(new PrintResult.SavedInstead("pdf " + pdf, "printer tcp 127.0.0.1:" + port
                + ": connection refused (printer off, or wrong address or port?)"), result);
    }

    @Test
    void workingPrinterIsUsedAlone() throws Exception {
        AtomicInteger fallbackCalls = new AtomicInteger();
        try (FakeEscPosPrinter fake = new FakeEscPosPrinter()) {
            TicketPrinter printer = new FallbackPrinter(
                    new EscPosPrinter(new TcpPrinterPort("127.0.0.1", fake.port()),
                            new EscPosEncoder(PaperWidth.MM58, EscPosCodePage.CP1258), Duration.ofSeconds(2)),
                    new Counting(fallbackCalls, new PrintResult.Printed("never")));
            assertEquals(new PrintResult.Printed("tcp 127.0.0.1:" + fake.port()),
                    printer.print(VietnameseTicketOverTcpTest.clinicTicket()));
            assertTrue(fake.awaitJob(Duration.ofSeconds(2)).length > 100);
        }
        assertEquals(0, fallbackCalls.get());
    }

    @Test
    void bothFailingReportsBothReasons() {
        TicketPrinter printer = new FallbackPrinter(
                new Counting(new AtomicInteger(), new PrintResult.Failed("printer X: off")),
                new Counting(new AtomicInteger(), new PrintResult.Failed("pdf /y: disk full")));
        assertEquals(new PrintResult.Failed("printer X: off; fallback failed too: pdf /y: disk full"),
                printer.print(Ticket.of("", "T", "A1", List.of())));
    }

    @Test
    void aBuggyPrimaryStillGetsTheFallback() {
        TicketPrinter broken = new TicketPrinter() {
            @Override
            public PrintResult print(Ticket ticket) {
                throw new IllegalStateException("bug with Nguyễn inside");
            }

            @Override
            public PrinterStatus status() {
                return PrinterStatus.up("broken");
            }
        };
        PrintResult result = new FallbackPrinter(broken, new Counting(new AtomicInteger(), new PrintResult.Printed("pdf z")))
                .print(Ticket.of("", "T", "A1", List.of()));
        assertEquals(new PrintResult.SavedInstead("pdf z", "internal error (IllegalStateException)"), result);
    }

    @Test
    void statusIsThePrimarysAndNamesTheFallback() throws Exception {
        int port = closedPort();
        PrinterStatus status = new FallbackPrinter(
                new EscPosPrinter(new TcpPrinterPort("127.0.0.1", port),
                        new EscPosEncoder(PaperWidth.MM80, EscPosCodePage.CP1258), Duration.ofSeconds(1)),
                new PdfTicketWriter(dir, PdfTicketWriterTest.CLOCK, TicketFonts.SYSTEM_FONT_DIRECTORIES)).status();
        assertEquals(PrinterStatus.Reachable.NO, status.reachable());
        assertEquals("tcp 127.0.0.1:" + port + ", fallback pdf " + dir, status.description());
        assertTrue(status.lastError().orElseThrow().contains("connection refused"));
    }

    private record Counting(AtomicInteger calls, PrintResult result) implements TicketPrinter {
        @Override
        public PrintResult print(Ticket ticket) {
            calls.incrementAndGet();
            return result;
        }

        @Override
        public PrinterStatus status() {
            return new PrinterStatus(PrinterStatus.Reachable.UNKNOWN, "counting", Optional.empty());
        }
    }
}
