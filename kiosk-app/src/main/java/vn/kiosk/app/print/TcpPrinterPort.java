package vn.kiosk.app.print;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * A network printer on a raw TCP port ("JetDirect", usually 9100): connect, write the job, close.
 *
 * <p>Non-blocking channel and selector rather than {@code java.net.Socket}: a Socket has connect and
 * read timeouts but no write timeout, and a printer that is out of paper stops reading, so a
 * blocking write of a job larger than the socket buffers would hang the kiosk. Here connect, write
 * and the final drain all share one deadline.
 */
public final class TcpPrinterPort implements PrinterPort {

    /** After sending, how long to wait for the printer to close its side (see {@link #drain}). */
    private static final Duration LINGER = Duration.ofMillis(500);

    private final String host;
    private final int port;

    public TcpPrinterPort(String host, int port) {
        this.host = Objects.requireNonNull(host, "host");
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port must be 1..65535, not " + port);
        }
        this.port = port;
    }

    @Override
    public String description() {
        return "tcp " + (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }

    @Override
    public void write(byte[] data, Duration timeout) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        try (SocketChannel channel = SocketChannel.open(); Selector selector = Selector.open()) {
            connect(channel, selector, deadline, timeout);
            ByteBuffer buffer = ByteBuffer.wrap(data);
            SelectionKey key = channel.keyFor(selector);
            key.interestOps(SelectionKey.OP_WRITE);
            while (buffer.hasRemaining()) {
                if (channel.write(buffer) == 0) {
                    await(selector, deadline, "the printer stopped taking data within " + Wording.duration(timeout)
                            + " (out of paper, cover open or busy?)");
                }
            }
            // FIN after the last byte; the kernel keeps sending what is still buffered after close
            channel.shutdownOutput();
            drain(channel, selector, key, Math.min(deadline, System.nanoTime() + LINGER.toNanos()));
        } catch (SocketException e) {
            throw new IOException(plain(e), e);
        }
    }

    @Override
    public PrinterStatus check(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        try (SocketChannel channel = SocketChannel.open(); Selector selector = Selector.open()) {
            connect(channel, selector, deadline, timeout);
            return PrinterStatus.up(description());
        } catch (SocketException e) {
            return PrinterStatus.down(description(), plain(e));
        } catch (IOException e) {
            return PrinterStatus.down(description(), e.getMessage());
        }
    }

    private void connect(SocketChannel channel, Selector selector, long deadline, Duration timeout)
            throws IOException {
        channel.configureBlocking(false);
        // resolved per job, not at start-up: a DHCP reservation or DNS name may change while the kiosk runs
        InetSocketAddress address = new InetSocketAddress(host, port);
        if (address.isUnresolved()) {
            throw new IOException("unknown printer host " + host);
        }
        try {
            if (!channel.connect(address)) {
                channel.register(selector, SelectionKey.OP_CONNECT);
                while (!channel.finishConnect()) {
                    await(selector, deadline, "no answer within " + Wording.duration(timeout)
                            + " (printer off or wrong address?)");
                }
            } else {
                channel.register(selector, 0);
            }
        } catch (UnresolvedAddressException e) {
            throw new IOException("unknown printer host " + host, e);
        }
    }

    /**
     * Reads and discards whatever the printer sends (automatic status bytes) until it closes or the
     * deadline passes: closing a socket with unread input makes Linux send RST, which can throw away
     * the tail of the job still in our send buffer.
     */
    private static void drain(SocketChannel channel, Selector selector, SelectionKey key, long deadline)
            throws IOException {
        key.interestOps(SelectionKey.OP_READ);
        ByteBuffer sink = ByteBuffer.allocate(256);
        while (System.nanoTime() < deadline) {
            sink.clear();
            int n = channel.read(sink);
            if (n < 0) {
                return;
            }
            if (n == 0 && !select(selector, deadline)) {
                return;
            }
        }
    }

    private static void await(Selector selector, long deadline, String timeoutMessage) throws IOException {
        if (!select(selector, deadline)) {
            throw new SocketTimeoutException(timeoutMessage);
        }
    }

    /** Waits for the one registered key; false when the deadline passed first. */
    private static boolean select(Selector selector, long deadline) throws IOException {
        if (Thread.currentThread().isInterrupted()) {
            // select() returns at once for an interrupted thread: without this the loops would spin
            throw new InterruptedIOException("printing was interrupted");
        }
        long remainingMs = (deadline - System.nanoTime()) / 1_000_000;
        if (remainingMs <= 0) {
            return false;
        }
        int ready = selector.select(remainingMs);
        selector.selectedKeys().clear();
        return ready > 0 || System.nanoTime() < deadline;
    }

    private static String plain(SocketException e) {
        String m = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        if (m.contains("refused")) {
            return "connection refused (printer off, or wrong address or port?)";
        }
        if (m.contains("unreachable")) {
            return "network unreachable (kiosk network cable or Wi-Fi?)";
        }
        if (m.contains("no route")) {
            return "no route to the printer (printer off or on another network?)";
        }
        if (m.contains("reset") || m.contains("broken pipe")) {
            return "the printer dropped the connection";
        }
        return "network error: " + e.getMessage();
    }
}
