package vn.kiosk.simulator.vpcd;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import vn.kiosk.simulator.card.VirtualCard;

/**
 * Puts a {@link VirtualCard} into a real pcscd through the vsmartcard vpcd driver: pcscd listens,
 * this connects, and from then on pcscd sees a card in "Virtual PCD 00 00" (port 35963) or
 * "Virtual PCD 00 01" (35964). Closing the connection is taking the card out.
 *
 * <pre>{@code
 * try (VpcdClient client = new VpcdClient(card)) {
 *     client.insert();      // blocks until connected; then served on a background thread
 *     ...                   // any PC/SC application now sees the card
 *     client.remove();      // the card leaves; insert() again puts it back as a new card
 * }
 * }</pre>
 */
public final class VpcdClient implements AutoCloseable {

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 35963;
    /** pcscd may still be starting (it loads the driver, then listens): how long insert() keeps trying. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);

    private static final Duration RETRY_PAUSE = Duration.ofMillis(100);
    private static final Duration STOP_WAIT = Duration.ofSeconds(2);

    private final VirtualCard card;
    private final InetSocketAddress vpcd;
    private final Duration connectTimeout;
    // One exchange with the card at a time, even across a remove/insert while a slow
    // process() from the previous insertion is still finishing.
    private final ReentrantLock cardAccess = new ReentrantLock();
    private final Object stateLock = new Object();
    private VpcdSession session;       // guarded by stateLock
    private boolean connecting;        // guarded by stateLock
    private boolean cancelConnect;     // guarded by stateLock

    public VpcdClient(VirtualCard card) {
        this(card, new InetSocketAddress(DEFAULT_HOST, DEFAULT_PORT), DEFAULT_CONNECT_TIMEOUT);
    }

    public VpcdClient(VirtualCard card, InetSocketAddress vpcd) {
        this(card, vpcd, DEFAULT_CONNECT_TIMEOUT);
    }

    public VpcdClient(VirtualCard card, InetSocketAddress vpcd, Duration connectTimeout) {
        this.card = Objects.requireNonNull(card, "card");
        this.vpcd = Objects.requireNonNull(vpcd, "vpcd");
        this.connectTimeout = Objects.requireNonNull(connectTimeout, "connectTimeout");
    }

    /** Parses "HOST:PORT", "HOST" or ":PORT" as the CLI's --vpcd takes it. */
    public static InetSocketAddress parseAddress(String hostPort) {
        String text = hostPort.trim();
        int colon = text.lastIndexOf(':');
        String host = colon < 0 ? text : text.substring(0, colon);
        int port = DEFAULT_PORT;
        if (colon >= 0) {
            try {
                port = Integer.parseInt(text.substring(colon + 1));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not a port number in \"" + hostPort + "\"", e);
            }
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port out of range in \"" + hostPort + "\"");
        }
        return new InetSocketAddress(host.isEmpty() ? DEFAULT_HOST : host, port);
    }

    /**
     * Inserts the card: connects to vpcd, retrying while nothing listens yet (pcscd starting)
     * for up to the connect timeout, then serves pcscd on a background daemon thread. pcscd
     * notices the card at its next presence poll, within about half a second.
     *
     * @throws IllegalStateException if the card is already inserted
     * @throws IOException if vpcd could not be reached in time, or remove()/close() intervened
     */
    public void insert() throws IOException {
        synchronized (stateLock) {
            if (session != null && session.isAlive()) {
                throw new IllegalStateException("card already inserted at " + vpcd);
            }
            if (connecting) {
                throw new IllegalStateException("insert() already in progress");
            }
            connecting = true;
            cancelConnect = false;
        }
        Socket socket = null;
        try {
            socket = connectWithRetries();
            synchronized (stateLock) {
                if (cancelConnect) {
                    throw new IOException("insert cancelled by remove()");
                }
                session = new VpcdSession(socket, card, cardAccess, "vpcd-card " + vpcd.getPort());
                session.start();
            }
        } catch (IOException | RuntimeException e) {
            closeQuietly(socket);
            throw e;
        } finally {
            synchronized (stateLock) {
                connecting = false;
            }
        }
    }

    private Socket connectWithRetries() throws IOException {
        long deadline = System.nanoTime() + connectTimeout.toNanos();
        IOException last;
        do {
            Socket socket = new Socket();
            try {
                socket.setTcpNoDelay(true); // APDUs are small and latency-bound
                socket.connect(vpcd, (int) Math.max(1, Math.min(1000, remainingMillis(deadline))));
                return socket;
            } catch (IOException e) {
                closeQuietly(socket);
                last = e;
            }
            synchronized (stateLock) {
                if (cancelConnect) {
                    throw new IOException("insert cancelled by remove()");
                }
            }
            try {
                Thread.sleep(Math.min(RETRY_PAUSE.toMillis(), Math.max(1, remainingMillis(deadline))));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while connecting to vpcd at " + vpcd);
            }
        } while (remainingMillis(deadline) > 0);
        throw new IOException("vpcd at " + vpcd.getHostString() + ":" + vpcd.getPort()
                + " not reachable within " + connectTimeout.toMillis() + " ms (is pcscd running with the vpcd driver?)",
                last);
    }

    private static long remainingMillis(long deadline) {
        return Duration.ofNanos(deadline - System.nanoTime()).toMillis();
    }

    /**
     * Takes the card out: closes the connection, so pcscd fails a pending transmit and reports
     * the slot empty at its next poll. Waits briefly for the serving thread to finish. Does
     * nothing if the card is not inserted.
     */
    public void remove() {
        VpcdSession ending;
        synchronized (stateLock) {
            cancelConnect = true;
            ending = session;
            session = null;
        }
        if (ending != null) {
            ending.stop(STOP_WAIT);
        }
    }

    /** Whether the card is in the reader: connected, and pcscd has not hung up. */
    public boolean isInserted() {
        synchronized (stateLock) {
            return session != null && session.isAlive();
        }
    }

    /** Why the last session ended, if it ended by an error rather than by remove(). */
    public Optional<IOException> lastFailure() {
        synchronized (stateLock) {
            return session == null ? Optional.empty() : session.failure();
        }
    }

    public InetSocketAddress address() {
        return vpcd;
    }

    @Override
    public void close() {
        remove();
    }

    private static void closeQuietly(Socket socket) {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing is all we wanted
            }
        }
    }

    @Override
    public String toString() {
        return "VpcdClient[" + vpcd + (isInserted() ? ", inserted]" : "]");
    }
}
