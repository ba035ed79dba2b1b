package vn.kiosk.reader.qr.scan;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A serial scanner (USB CDC, e.g. /dev/ttyACM0, set up by the OS as a raw tty) read as a plain
 * stream: no native serial library. A line ends at CR or LF, or when the scanner goes quiet for
 * the idle gap (scanners configured without a suffix). Bytes are UTF-8, else Windows-1252 (noted).
 * Two threads: one blocks in {@code read} (the only way to learn that a device went away), one
 * frames by time, so the idle gap does not depend on the read returning.
 */
public final class SerialScannerSource implements QrSource {
    public static final Duration DEFAULT_IDLE_GAP = Duration.ofMillis(100);
    /** Far above any ID QR (a few hundred bytes): a longer line is noise or a wrong device. */
    public static final int DEFAULT_MAX_LINE_BYTES = 8 * 1024;
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(2);

    /** What the reading thread hands the framing thread. */
    private sealed interface Chunk permits Bytes, End {
    }

    private record Bytes(byte[] data) implements Chunk {
    }

    private record End(String why) implements Chunk {
    }

    private final InputStream in;
    private final String name;
    private final long idleGapNanos;
    private final int maxLineBytes;
    private final BlockingQueue<Chunk> chunks = new LinkedBlockingQueue<>();
    private volatile boolean closed;
    private Thread reader;
    private Thread framer;

    public SerialScannerSource(InputStream in, String name) {
        this(in, name, DEFAULT_IDLE_GAP, DEFAULT_MAX_LINE_BYTES);
    }

    public SerialScannerSource(InputStream in, String name, Duration idleGap, int maxLineBytes) {
        if (idleGap.isNegative() || idleGap.isZero() || maxLineBytes < 1) {
            throw new IllegalArgumentException("the idle gap and the line limit must be positive");
        }
        this.in = Objects.requireNonNull(in);
        this.name = Objects.requireNonNull(name);
        this.idleGapNanos = idleGap.toNanos();
        this.maxLineBytes = maxLineBytes;
    }

    /**
     * Opens a device file through a {@link FileChannel}: closing it wakes a thread blocked in its
     * read, which a {@code FileInputStream} on a tty would not.
     */
    public static SerialScannerSource open(Path device) throws IOException {
        return new SerialScannerSource(Channels.newInputStream(FileChannel.open(device, StandardOpenOption.READ)),
                device.toString());
    }

    @Override
    public synchronized void start(Listener listener) {
        Objects.requireNonNull(listener);
        if (reader != null) {
            throw new IllegalStateException("a source starts once");
        }
        reader = new Thread(this::read, "qr-serial-read " + name);
        framer = new Thread(() -> frame(listener), "qr-serial-frame " + name);
        reader.setDaemon(true);
        framer.setDaemon(true);
        framer.start();
        reader.start();
    }

    private void read() {
        byte[] buffer = new byte[1024];
        try {
            while (!closed) {
                int n = in.read(buffer);
                if (n < 0) {
                    chunks.add(new End("the device's stream ended (unplugged?)"));
                    return;
                }
                chunks.add(new Bytes(Arrays.copyOf(buffer, n)));
            }
        } catch (InterruptedIOException e) {
            // close() interrupted a blocked read: the framing thread knows from 'closed'
        } catch (IOException e) {
            chunks.add(new End("reading failed (unplugged?): " + e.getMessage()));
        }
    }

    private void frame(Listener listener) {
        LineFramer lines = new LineFramer(maxLineBytes, event -> deliver(listener, event));
        try {
            while (!closed) {
                Chunk chunk = lines.pending() ? chunks.poll(idleGapNanos, TimeUnit.NANOSECONDS) : chunks.take();
                if (chunk == null) {
                    lines.endLine(); // quiet for the idle gap: a scanner without a suffix has finished
                } else if (chunk instanceof Bytes b) {
                    lines.accept(b.data());
                } else if (chunk instanceof End end) {
                    lines.endLine();
                    deliver(listener, new ScanEvent.Failed(ScanFailure.DEVICE_GONE, name + ": " + end.why()));
                    return;
                }
            }
        } catch (InterruptedException e) {
            // close(): stop without delivering anything more
        }
    }

    private void deliver(Listener listener, ScanEvent event) {
        if (!closed) {
            listener.onEvent(event);
        }
    }

    @Override
    public void close() {
        Thread r;
        Thread f;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            r = reader;
            f = framer;
        }
        try {
            in.close();
        } catch (IOException e) {
            // closing a device that is already gone: nothing more to release
        }
        if (r == null) {
            return;
        }
        r.interrupt();
        f.interrupt();
        try {
            f.join(CLOSE_WAIT.toMillis());
            r.join(CLOSE_WAIT.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** True while the source's threads run (for tests and diagnostics). */
    public boolean running() {
        Thread r = reader;
        Thread f = framer;
        return r != null && (r.isAlive() || f.isAlive());
    }
}
