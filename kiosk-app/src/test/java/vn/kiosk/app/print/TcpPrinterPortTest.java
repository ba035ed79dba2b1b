package vn.kiosk.app.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TcpPrinterPortTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(1);
    private static final Duration SLACK = Duration.ofSeconds(2);

    private static EscPosPrinter printer(String host, int port, Duration timeout) {
        return new EscPosPrinter(new TcpPrinterPort(host, port),
                new EscPosEncoder(PaperWidth.MM80, EscPosCodePage.CP1258), timeout);
    }

    /** A port on which nothing listens: bind, note it, close. */
    private static int closedPort() throws Exception {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    @Test
    void connectionRefusedIsAFailureInPlainWords() throws Exception {
        int port = closedPort();
        long start = System.nanoTime();

        PrintResult result = printer("127.0.0.1", port, TIMEOUT).print(VietnameseTicketOverTcpTest.clinicTicket());

        PrintResult.Failed failed = assertInstanceOf(PrintResult.Failed.class, result);
        assertEquals("printer tcp 127.0.0.1:" + port + ": connection refused (printer off, or wrong address or port?)",
                failed.reason());
        assertTrue(System.nanoTime() - start < TIMEOUT.toNanos(), "refused is immediate");
    }

    @Test
    void unreachableHostFailsWithinTheTimeout() {
        // TEST-NET-1 (RFC 5737): never routed; either silently dropped (timeout) or "unreachable" at once
        long start = System.nanoTime();

        PrintResult result = printer("192.0.2.1", 9100, TIMEOUT).print(VietnameseTicketOverTcpTest.clinicTicket());

        Duration took = Duration.ofNanos(System.nanoTime() - start);
        PrintResult.Failed failed = assertInstanceOf(PrintResult.Failed.class, result);
        assertTrue(failed.reason().startsWith("printer tcp 192.0.2.1:9100: "), failed.reason());
        assertTrue(took.compareTo(TIMEOUT.plus(SLACK)) < 0, "took " + took);
    }

    @Test
    void aPrinterThatStopsReadingTimesOut() throws Exception {
        // accepts but never reads, like a printer out of paper: the job fills the socket buffers
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            server.setReceiveBufferSize(4096);
            Thread acceptor = new Thread(() -> {
                try (Socket s = server.accept()) {
                    Thread.sleep(10_000);
                } catch (Exception e) {
                    // test over
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            TcpPrinterPort port = new TcpPrinterPort("127.0.0.1", server.getLocalPort());
            long start = System.nanoTime();

            java.io.IOException e = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
                    () -> port.write(new byte[64 * 1024 * 1024], Duration.ofMillis(800)));

            Duration took = Duration.ofNanos(System.nanoTime() - start);
            assertTrue(e.getMessage().contains("stopped taking data within 800 ms"), e.getMessage());
            assertTrue(took.compareTo(Duration.ofMillis(800).plus(SLACK)) < 0, "took " + took);
            acceptor.interrupt();
        }
    }

    @Test
    void statusConnectsWithoutPrinting() throws Exception {
        try (FakeEscPosPrinter fake = new FakeEscPosPrinter()) {
            PrinterStatus up = printer("127.0.0.1", fake.port(), TIMEOUT).status();
            assertEquals(new PrinterStatus(PrinterStatus.Reachable.YES, "tcp 127.0.0.1:" + fake.port(), Optional.empty()), up);
            assertEquals(0, fake.awaitJob(Duration.ofSeconds(2)).length, "a status check sends nothing");
        }
        int port = closedPort();
        PrinterStatus down = printer("127.0.0.1", port, TIMEOUT).status();
        assertEquals(PrinterStatus.Reachable.NO, down.reachable());
        assertTrue(down.lastError().orElseThrow().contains("connection refused"));
    }

    @Test
    void statusRemembersTheLastPrintFailureUntilAGoodPrint() throws Exception {
        try (FakeEscPosPrinter fake = new FakeEscPosPrinter()) {
            EscPosPrinter p = printer("127.0.0.1", fake.port(), TIMEOUT);
            assertEquals(Optional.empty(), p.status().lastError());
        }
        int port = closedPort();
        EscPosPrinter p = printer("127.0.0.1", port, TIMEOUT);
        PrintResult.Failed failed = (PrintResult.Failed) p.print(VietnameseTicketOverTcpTest.clinicTicket());
        assertTrue(p.status().lastError().orElseThrow().contains("connection refused"));
        assertTrue(failed.reason().contains("connection refused"));
    }

    @Test
    void unknownHostIsAFailure() {
        PrintResult result = printer("no-such-printer.invalid", 9100, TIMEOUT).print(VietnameseTicketOverTcpTest.clinicTicket());
        PrintResult.Failed failed = assertInstanceOf(PrintResult.Failed.class, result);
        assertTrue(failed.reason().contains("unknown printer host no-such-printer.invalid"), failed.reason());
    }
}
