package vn.kiosk.reader.qr.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SerialScannerSourceTest {
    private static final String QR = "001099012345|123456789|Nguyễn Thị Nữ|01011999|Nữ|Số 1, Phường Bến Nghé|01012021";

    private final BlockingQueue<ScanEvent> events = new LinkedBlockingQueue<>();
    private final PipedOutputStream device = new PipedOutputStream();
    private SerialScannerSource source;

    private void start(InputStream in, Duration idleGap, int maxLine) {
        source = new SerialScannerSource(in, "test", idleGap, maxLine);
        source.start(events::add);
    }

    private void startOnPipe(Duration idleGap, int maxLine) throws IOException {
        start(new PipedInputStream(device, 64 * 1024), idleGap, maxLine);
    }

    private ScanEvent next() throws InterruptedException {
        ScanEvent e = events.poll(3, TimeUnit.SECONDS);
        assertNotNull(e, "no event within 3 s");
        return e;
    }

    @AfterEach
    void close() {
        if (source != null) {
            source.close();
        }
    }

    @Test
    void crlfEndsEachLine() throws Exception {
        startOnPipe(Duration.ofSeconds(10), 8192);
        device.write((QR + "\r\n" + "second\r\n").getBytes(StandardCharsets.UTF_8));
        device.flush();
        assertEquals(QR, ((ScanEvent.Scanned) next()).text());
        assertEquals("second", ((ScanEvent.Scanned) next()).text());
        assertNull(events.poll(200, TimeUnit.MILLISECONDS), "CRLF must not give an empty line");
    }

    @Test
    void anIdleGapEndsALineWithoutSuffix() throws Exception {
        startOnPipe(Duration.ofMillis(80), 8192);
        byte[] bytes = QR.getBytes(StandardCharsets.UTF_8);
        // in two pieces closer than the gap: still one line
        device.write(bytes, 0, 20);
        device.flush();
        Thread.sleep(20);
        device.write(bytes, 20, bytes.length - 20);
        device.flush();
        assertEquals(QR, ((ScanEvent.Scanned) next()).text());
    }

    @Test
    void windows1252BytesAreReadWithANote() throws Exception {
        startOnPipe(Duration.ofSeconds(10), 8192);
        device.write("001099012345|Bùi Văn A\n".getBytes(Charset.forName("windows-1252")));
        device.flush();
        ScanEvent.Scanned s = (ScanEvent.Scanned) next();
        assertTrue(s.text().startsWith("001099012345|B"));
        assertTrue(s.notes().stream().anyMatch(n -> n.contains("Windows-1252")), s.notes().toString());
    }

    @Test
    void anOversizeLineIsDroppedAndReportedAndTheNextLineStillReads() throws Exception {
        startOnPipe(Duration.ofSeconds(10), 8192);
        device.write(("x".repeat(20_000) + "\n" + QR + "\n").getBytes(StandardCharsets.UTF_8));
        device.flush();
        ScanEvent.Failed failed = assertInstanceOf(ScanEvent.Failed.class, next());
        assertEquals(ScanFailure.LINE_TOO_LONG, failed.failure());
        assertEquals(QR, ((ScanEvent.Scanned) next()).text());
    }

    @Test
    void aDeviceThatFailsIsReportedAsGone() throws Exception {
        InputStream unplugged = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("No such device");
            }
        };
        start(unplugged, Duration.ofMillis(50), 8192);
        ScanEvent.Failed failed = assertInstanceOf(ScanEvent.Failed.class, next());
        assertEquals(ScanFailure.DEVICE_GONE, failed.failure());
        assertTrue(failed.detail().contains("No such device"), failed.detail());
    }

    @Test
    void theEndOfTheStreamDeliversThePendingLineThenGone() throws Exception {
        startOnPipe(Duration.ofSeconds(10), 8192);
        device.write(QR.getBytes(StandardCharsets.UTF_8));
        device.close();
        assertEquals(QR, ((ScanEvent.Scanned) next()).text());
        assertEquals(ScanFailure.DEVICE_GONE, ((ScanEvent.Failed) next()).failure());
    }

    @Test
    void closeStopsTheThreadsPromptlyWhileBlockedInRead() throws Exception {
        startOnPipe(Duration.ofMillis(50), 8192);
        Thread.sleep(100); // the reader is now blocked in read()
        assertTrue(source.running());
        long start = System.nanoTime();
        source.close();
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertFalse(source.running(), "threads still running after close");
        assertTrue(millis < 500, "close took " + millis + " ms");
        assertTrue(events.isEmpty(), "close is not a failure: " + events);
    }
}
