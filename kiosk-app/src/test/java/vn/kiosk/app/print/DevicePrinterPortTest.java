package vn.kiosk.app.print;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.FileInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DevicePrinterPortTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    @TempDir
    Path dir;

    private static TicketPrinter printerOn(Path device) {
        return new EscPosPrinter(new DevicePrinterPort(device),
                new EscPosEncoder(PaperWidth.MM80, EscPosCodePage.CP1258), TIMEOUT);
    }

    @Test
    void writesTheJobToTheDeviceFile() throws Exception {
        Path device = Files.createFile(dir.resolve("lp0"));
        Ticket ticket = VietnameseTicketOverTcpTest.clinicTicket();

        PrintResult result = printerOn(device).print(ticket);

        assertEquals(new PrintResult.Printed("device " + device), result);
        byte[] expected = new EscPosEncoder(PaperWidth.MM80, EscPosCodePage.CP1258).encode(ticket);
        assertArrayEquals(expected, Files.readAllBytes(device));
        assertEquals("Bệnh viện Đa khoa tỉnh", EscPosInterpreter.run(Files.readAllBytes(device)).texts().get(0));
    }

    @Test
    void appendsRatherThanTruncating() throws Exception {
        Path device = Files.write(dir.resolve("lp0"), new byte[] {1, 2, 3});
        new DevicePrinterPort(device).write(new byte[] {4, 5}, TIMEOUT);
        assertArrayEquals(new byte[] {1, 2, 3, 4, 5}, Files.readAllBytes(device));
    }

    @Test
    void missingDeviceIsAFailureAndIsNotCreated() {
        Path device = dir.resolve("usb/lp0");

        PrintResult result = printerOn(device).print(VietnameseTicketOverTcpTest.clinicTicket());

        PrintResult.Failed failed = assertInstanceOf(PrintResult.Failed.class, result);
        assertTrue(failed.reason().contains("not found"), failed.reason());
        assertFalse(Files.exists(device), "no regular file in place of the device");
        assertFalse(failed.reason().contains("A012") || failed.reason().contains("Nguyễn"), "no ticket contents");
    }

    @Test
    void unwritableDeviceIsAFailure() throws Exception {
        Path device = Files.createFile(dir.resolve("lp0"));
        assumeTrue(device.toFile().setWritable(false) && !Files.isWritable(device), "running as root");
        PrintResult result = printerOn(device).print(VietnameseTicketOverTcpTest.clinicTicket());
        assertTrue(((PrintResult.Failed) result).reason().contains("not writable"), result.toString());
    }

    @Test
    void aDeviceThatNeverTakesDataTimesOut() throws Exception {
        // a FIFO without reader blocks the open, like a printer that is off blocks the write
        Path fifo = dir.resolve("fifo");
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (java.io.IOException e) {
            assumeTrue(false, "no mkfifo");
            return;
        }
        assumeTrue(mkfifo.waitFor() == 0, "mkfifo failed");
        long start = System.nanoTime();
        try {
            PrintResult result = new EscPosPrinter(new DevicePrinterPort(fifo),
                    new EscPosEncoder(PaperWidth.MM58, EscPosCodePage.CP1258), Duration.ofMillis(500))
                    .print(VietnameseTicketOverTcpTest.clinicTicket());
            Duration took = Duration.ofNanos(System.nanoTime() - start);

            PrintResult.Failed failed = assertInstanceOf(PrintResult.Failed.class, result);
            assertTrue(failed.reason().contains("within 500 ms"), failed.reason());
            assertTrue(took.compareTo(Duration.ofSeconds(2)) < 0, "took " + took);
        } finally {
            releaseBlockedWriter(fifo);
        }
    }

    /** Opens the FIFO's read end so the abandoned writer thread's open completes and it can end. */
    private static void releaseBlockedWriter(Path fifo) throws InterruptedException {
        Thread reader = new Thread(() -> {
            try (FileInputStream in = new FileInputStream(fifo.toFile())) {
                byte[] buffer = new byte[8192];
                while (in.read(buffer) >= 0) {
                    // discard
                }
            } catch (java.io.IOException e) {
                // the writer may already be gone
            }
        });
        reader.setDaemon(true);
        reader.start();
        reader.join(2000);
    }

    @Test
    void statusReportsExistenceAndWritability() throws Exception {
        Path device = dir.resolve("lp0");
        PrinterStatus missing = printerOn(device).status();
        assertEquals(PrinterStatus.Reachable.NO, missing.reachable());
        assertEquals("device " + device, missing.description());
        assertTrue(missing.lastError().orElseThrow().contains("not found"));

        Files.createFile(device);
        assertEquals(new PrinterStatus(PrinterStatus.Reachable.YES, "device " + device, java.util.Optional.empty()),
                printerOn(device).status());
    }
}
