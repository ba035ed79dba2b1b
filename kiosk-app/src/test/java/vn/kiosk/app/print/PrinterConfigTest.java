package vn.kiosk.app.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PrinterConfigTest {

    @Test
    void tcpWithDefaults() {
        assertEquals(PrinterConfig.EscPos.of(new PortAddress.Tcp("10.0.0.5", 9100)),
                PrinterConfig.parse("escpos:tcp://10.0.0.5"));
        assertEquals(new PrinterConfig.EscPos(new PortAddress.Tcp("10.0.0.5", 9100), PaperWidth.MM80,
                EscPosCodePage.CP1258, 52, Duration.ofSeconds(5), Optional.empty()),
                PrinterConfig.parse("  escpos:tcp://10.0.0.5  "));
    }

    @Test
    void tcpWithPortAndOptions() {
        assertEquals(new PrinterConfig.EscPos(new PortAddress.Tcp("printer.kiosk.local", 9101), PaperWidth.MM58,
                        EscPosCodePage.ASCII, 0, Duration.ofSeconds(10), Optional.of(Path.of("/var/lib/cccd-kiosk/tickets"))),
                PrinterConfig.parse("escpos:tcp://printer.kiosk.local:9101;width=58;codepage=ascii;timeout=10;"
                        + "fallback=/var/lib/cccd-kiosk/tickets"));
        assertEquals(new PortAddress.Tcp("fe80::1", 9100),
                ((PrinterConfig.EscPos) PrinterConfig.parse("escpos:tcp://[fe80::1]")).address());
        PrinterConfig.EscPos table = (PrinterConfig.EscPos) PrinterConfig.parse("ESCPOS:TCP://10.0.0.5; CodePage=CP1258 ;table=30");
        assertEquals(EscPosCodePage.CP1258, table.codePage());
        assertEquals(30, table.codeTable());
    }

    @Test
    void deviceFile() {
        assertEquals(PrinterConfig.EscPos.of(new PortAddress.DeviceFile(Path.of("/dev/usb/lp0"))),
                PrinterConfig.parse("escpos:file:/dev/usb/lp0"));
        assertEquals(new PortAddress.DeviceFile(Path.of("/dev/usb/lp0")),
                ((PrinterConfig.EscPos) PrinterConfig.parse("escpos:file:///dev/usb/lp0;width=80")).address());
    }

    @Test
    void filesAndNone() {
        assertEquals(new PrinterConfig.Pdf(Path.of("/var/lib/cccd-kiosk/tickets")),
                PrinterConfig.parse("pdf:/var/lib/cccd-kiosk/tickets"));
        assertEquals(new PrinterConfig.Png(Path.of("/tmp/t")), PrinterConfig.parse("png:/tmp/t/"));
        assertEquals(new PrinterConfig.None(), PrinterConfig.parse("none"));
        assertEquals(new PrinterConfig.None(), PrinterConfig.parse("NONE"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "", " ", "cups:office", "escpos:", "escpos:tcp://", "escpos:tcp://10.0.0.5:", "escpos:tcp://10.0.0.5:0",
        "escpos:tcp://10.0.0.5:70000", "escpos:tcp://10.0.0.5:9100/", "escpos:tcp://fe80::1",
        "escpos:tcp://host name", "escpos:usb://lp0", "escpos:file:", "escpos:file:dev/usb/lp0",
        "escpos:tcp://10.0.0.5;width=57", "escpos:tcp://10.0.0.5;width=wide", "escpos:tcp://10.0.0.5;codepage=utf8",
        "escpos:tcp://10.0.0.5;colour=red", "escpos:tcp://10.0.0.5;width", "escpos:tcp://10.0.0.5;width=",
        "escpos:tcp://10.0.0.5;width=58;width=80", "escpos:tcp://10.0.0.5;table=256",
        "escpos:tcp://10.0.0.5;timeout=0", "escpos:tcp://10.0.0.5;timeout=1000",
        "escpos:tcp://10.0.0.5;fallback=tickets", "pdf:", "pdf:tickets", "png:relative/dir"})
    void badSettingsAreRejectedWithAnOperatorMessage(String setting) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PrinterConfig.parse(setting));
        assertTrue(e.getMessage().contains("escpos:tcp://HOST[:PORT]"), e.getMessage());
        assertTrue(e.getMessage().contains("none"), e.getMessage());
    }

    @Test
    void messagesSayWhatIsWrong() {
        assertMessage("escpos:tcp://10.0.0.5;width=57", "paper width must be 58 or 80");
        assertMessage("escpos:tcp://10.0.0.5;codepage=utf8", "codepage must be cp1258 or ascii");
        assertMessage("escpos:tcp://10.0.0.5;colour=red", "unknown option 'colour'");
        assertMessage("pdf:tickets", "directory must be an absolute path");
        assertMessage(null, "printer setting is empty");
    }

    private static void assertMessage(String setting, String part) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PrinterConfig.parse(setting));
        assertTrue(e.getMessage().contains(part), e.getMessage());
    }

    @Test
    void factoryBuildsTheConfiguredPrinter() {
        assertInstanceOf(EscPosPrinter.class, Printers.from("escpos:tcp://10.0.0.5"));
        assertInstanceOf(EscPosPrinter.class, Printers.from("escpos:file:/dev/usb/lp0"));
        assertInstanceOf(FallbackPrinter.class, Printers.from("escpos:tcp://10.0.0.5;fallback=/tmp/tickets"));
        assertInstanceOf(PdfTicketWriter.class, Printers.from("pdf:/tmp/tickets"));
        assertInstanceOf(PngTicketWriter.class, Printers.from("png:/tmp/tickets"));
        TicketPrinter none = Printers.from("none");
        assertInstanceOf(NoPrinter.class, none);
        assertEquals(new PrintResult.Failed("no printer configured"), none.print(Ticket.of("", "T", "A1", java.util.List.of())));
        assertEquals(PrinterStatus.Reachable.UNKNOWN, none.status().reachable());
    }

    @Test
    void factoryPrinterReallyPrintsWithTheConfiguredWidthAndCodePage() throws Exception {
        try (FakeEscPosPrinter fake = new FakeEscPosPrinter()) {
            TicketPrinter p = Printers.from("escpos:tcp://127.0.0.1:" + fake.port() + ";width=58;codepage=ascii");
            assertInstanceOf(PrintResult.Printed.class, p.print(VietnameseTicketOverTcpTest.clinicTicket()));
            EscPosInterpreter.Result printed = EscPosInterpreter.run(fake.awaitJob(Duration.ofSeconds(5)));
            assertEquals("Benh vien Da khoa tinh", printed.texts().get(0));
            assertEquals("-".repeat(32), printed.texts().get(3));
        }
    }
}
