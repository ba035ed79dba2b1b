package vn.kiosk.reader.transport;

import java.nio.BufferOverflowException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import javax.smartcardio.Card;
import javax.smartcardio.CardChannel;
import javax.smartcardio.CardException;
import javax.smartcardio.CardTerminal;
import vn.kiosk.reader.error.LinkException;
import vn.kiosk.reader.error.ReaderException;

/**
 * An {@link ApduTransport} over one javax.smartcardio card connection: the real PC/SC stack
 * (pcscd, WinSCard) or any other TerminalFactory, such as the simulator's virtual readers.
 *
 * <p>Every failure leaves as a {@link ReaderException}: {@code CardRemovedException} when the
 * card is no longer there to talk to, {@code LinkException} otherwise. Not for concurrent use by
 * several protocol sessions (a card has one secure channel), so exchanges are serialised.
 *
 * <p>Open one transport per terminal at a time: the JDK hands every connect() on a terminal the
 * same Card while it is valid, so closing one transport would end the other's connection too.
 */
public final class SmartcardioTransport implements ApduTransport, AutoCloseable {

    /** Long enough for a contactless reader to report an empty slot, short enough for the UI. */
    static final Duration REMOVAL_GRACE = Duration.ofMillis(700);

    /** An extended Le asks for up to 65536 bytes, plus SW1 SW2. */
    private static final int MAX_RESPONSE = 65536 + 2;

    private final CardTerminal terminal;
    private final Card card;
    private final CardChannel channel;
    private final AtrInfo atrInfo;
    private final ApduTrace trace;
    private final PcscFailures failures;
    private final AtomicReference<TransportStats> stats = new AtomicReference<>(TransportStats.ZERO);
    // One buffer per connection: the JDK wants room for the largest answer on every call.
    private final ByteBuffer responseBuffer = ByteBuffer.allocate(MAX_RESPONSE);
    private volatile boolean closed;

    private SmartcardioTransport(CardTerminal terminal, Card card, CardChannel channel,
                                 ApduTrace trace, PcscFailures failures) {
        this.terminal = terminal;
        this.card = card;
        this.channel = channel;
        this.atrInfo = AtrInfo.parse(card.getATR().getBytes());
        this.trace = trace;
        this.failures = failures;
    }

    /** Connects to the card in {@code terminal} without tracing. */
    public static SmartcardioTransport open(CardTerminal terminal) throws ReaderException {
        return open(terminal, ApduTrace.NONE);
    }

    /**
     * Connects to the card in {@code terminal} with protocol "*": a contactless reader presents
     * T=CL as T=1, a contact reader picks what the card offers, and we do not care which.
     *
     * @throws vn.kiosk.reader.error.CardRemovedException when the slot is empty
     * @throws LinkException when the PC/SC stack or reader fails
     */
    public static SmartcardioTransport open(CardTerminal terminal, ApduTrace trace) throws ReaderException {
        Objects.requireNonNull(terminal, "terminal");
        Objects.requireNonNull(trace, "trace");
        PcscFailures failures = new PcscFailures(terminal, REMOVAL_GRACE);
        Card card;
        try {
            card = terminal.connect("*");
        } catch (CardException | RuntimeException e) {
            throw failures.map("connect", e);
        }
        try {
            return new SmartcardioTransport(terminal, card, card.getBasicChannel(), trace, failures);
        } catch (RuntimeException e) {
            disconnectQuietly(card);
            throw failures.map("connect", e);
        }
    }

    @Override
    public synchronized byte[] transmit(byte[] command) throws ReaderException {
        Objects.requireNonNull(command, "command");
        if (closed) {
            throw new LinkException("connection to " + terminal.getName() + " is closed");
        }
        long start = System.nanoTime();
        byte[] response;
        try {
            responseBuffer.clear();
            int n = channel.transmit(ByteBuffer.wrap(command), responseBuffer);
            response = Arrays.copyOf(responseBuffer.array(), n);
        } catch (BufferOverflowException e) {
            // Only reachable through the JDK's automatic GET RESPONSE chaining on a runaway card.
            throw new LinkException("response from card longer than " + MAX_RESPONSE + " bytes", e);
        } catch (CardException | RuntimeException e) {
            throw failures.map("transmit", e);
        }
        if (response.length < 2) {
            // vpcd (and some contactless readers) report success with an empty answer when the
            // card leaves mid-exchange; without a status word it is a failed exchange either way.
            throw failures.map("transmit", new CardException("card answered without a status word"));
        }
        long nanos = System.nanoTime() - start;
        stats.updateAndGet(s -> s.plus(command.length, response.length, nanos));
        traceQuietly(command, response, nanos);
        return response;
    }

    /** A trace is diagnostics: its bugs must not break a read at the kiosk. */
    private void traceQuietly(byte[] command, byte[] response, long nanos) {
        try {
            trace.exchanged(command.clone(), response.clone(), nanos);
        } catch (RuntimeException ignored) {
            // deliberately ignored, see above
        }
    }

    /** The ATR as the reader reported it (for contactless cards, usually synthesised by the reader). */
    public byte[] atr() {
        return atrInfo.atr();
    }

    public AtrInfo atrInfo() {
        return atrInfo;
    }

    /**
     * Whether to send extended-length APDUs: the card advertises them in its ATR and the protocol
     * can carry them (T=0 cannot; the JDK refuses them there).
     */
    public boolean extendedLength() {
        return atrInfo.extendedLength() && !"T=0".equals(protocol());
    }

    /** "T=0" or "T=1" (contactless cards appear as T=1). */
    public String protocol() {
        return card.getProtocol();
    }

    public String terminalName() {
        return terminal.getName();
    }

    /** Traffic so far; safe to call from another thread while an exchange is in flight. */
    public TransportStats stats() {
        return stats.get();
    }

    /**
     * Disconnects with a reset, so the chip drops its secure-messaging session and the next
     * person at the kiosk cannot continue ours. Never throws: the card may already be gone.
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        synchronized (this) {
            disconnectQuietly(card);
        }
    }

    private static void disconnectQuietly(Card card) {
        try {
            card.disconnect(true);
        } catch (CardException | RuntimeException ignored) {
            // card removed or service gone: nothing left to reset
        }
    }
}
