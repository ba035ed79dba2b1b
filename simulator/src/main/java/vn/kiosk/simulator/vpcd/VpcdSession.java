package vn.kiosk.simulator.vpcd;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import jdk.net.ExtendedSocketOptions;
import vn.kiosk.simulator.card.VirtualCard;

/**
 * One insertion over vpcd: a thread answering pcscd's messages on one connection until either
 * side closes it.
 */
final class VpcdSession {

    /** vpcd's one-byte control messages. */
    static final int POWER_OFF = 0;
    static final int POWER_ON = 1;
    static final int RESET = 2;
    static final int GET_ATR = 4;

    /**
     * What goes back when the card has no usable answer (it threw, or answered more than the
     * 65535 bytes a frame carries): "no precise diagnosis" rather than a truncated response the
     * reader would misread.
     */
    private static final byte[] SW_UNKNOWN = {0x6F, 0x00};

    private final Socket socket;
    private final VirtualCard card;
    private final ReentrantLock cardAccess;
    private final Thread thread;
    private volatile boolean stopping;
    private volatile IOException failure;
    private boolean quickAck; // only touched by the serving thread

    VpcdSession(Socket socket, VirtualCard card, ReentrantLock cardAccess, String threadName) {
        this.socket = socket;
        this.card = card;
        this.cardAccess = cardAccess;
        this.thread = new Thread(this::serve, threadName);
        this.thread.setDaemon(true);
        this.quickAck = socket.supportedOptions().contains(ExtendedSocketOptions.TCP_QUICKACK);
    }

    void start() {
        thread.start();
    }

    boolean isAlive() {
        return thread.isAlive();
    }

    Optional<IOException> failure() {
        return Optional.ofNullable(failure);
    }

    /** Closes the connection (the card leaves) and waits up to {@code wait} for the thread. */
    void stop(Duration wait) {
        stopping = true;
        try {
            socket.close();
        } catch (IOException ignored) {
            // the point was to close it
        }
        // Wakes a slow card that sleeps in process(); its answer has nowhere to go anyway.
        thread.interrupt();
        if (Thread.currentThread() != thread) {
            try {
                thread.join(wait.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void serve() {
        try (socket) {
            DataInputStream in = new DataInputStream(new BufferedInputStream(socket.getInputStream()));
            OutputStream out = socket.getOutputStream();
            byte[] message;
            while (!stopping && (message = VpcdFrames.read(in, this::ackPromptly)) != null) {
                byte[] answer = answer(message);
                if (answer != null && !stopping) {
                    VpcdFrames.write(out, answer);
                }
            }
        } catch (IOException e) {
            if (!stopping) {
                failure = e; // pcscd went away or the connection broke
            }
        } catch (InterruptedException e) {
            // stop() interrupted a card waiting for its turn: the session is over
        }
    }

    /**
     * vpcd sends a frame's length and its payload in two writes with Nagle's algorithm on, so the
     * payload waits for our ACK of the length, and Linux delays that ACK by 40 ms: 40 ms per APDU,
     * several seconds per ID card. Asking for an immediate ACK before every read removes that.
     * Linux clears the flag on its own, hence before every read, not once.
     */
    private void ackPromptly() {
        if (quickAck) {
            try {
                socket.setOption(ExtendedSocketOptions.TCP_QUICKACK, true);
            } catch (IOException | UnsupportedOperationException e) {
                quickAck = false;
            }
        }
    }

    /** The reply to one vpcd message, or null for messages that get none (power control). */
    private byte[] answer(byte[] message) throws InterruptedException {
        if (message.length == 1) {
            return switch (message[0] & 0xFF) {
                // Power-on and reset both mean a fresh chip: sessions and selections are gone.
                case POWER_ON, RESET -> {
                    withCard(() -> {
                        card.powerOn();
                        return null;
                    });
                    yield null;
                }
                case GET_ATR -> card.atr();
                default -> null; // POWER_OFF and anything unknown: nothing to answer
            };
        }
        if (message.length == 0) {
            return null;
        }
        byte[] response;
        try {
            response = withCard(() -> card.process(message));
        } catch (RuntimeException e) {
            // A card bug (process() must not throw) shows as an error status, not as a removal.
            response = null;
        }
        return response == null || response.length < 2 || response.length > VpcdFrames.MAX_PAYLOAD
                ? SW_UNKNOWN.clone() : response;
    }

    private <T> T withCard(Supplier<T> action) throws InterruptedException {
        cardAccess.lockInterruptibly();
        try {
            return action.get();
        } finally {
            cardAccess.unlock();
        }
    }
}
