package vn.kiosk.simulator.pcsc;

import javax.smartcardio.ATR;
import javax.smartcardio.Card;
import javax.smartcardio.CardChannel;
import javax.smartcardio.CardException;

/**
 * A connection to the card of one insertion, with the JDK card's state rules: after a transmit
 * has seen the card removed, every further use throws IllegalStateException("Card has been
 * removed"); after disconnect, "Card has been disconnected".
 */
final class VirtualCardConnection extends Card {

    private enum State { OK, REMOVED, DISCONNECTED }

    private static final byte[] OPEN_CHANNEL = {0x00, 0x70, 0x00, 0x00, 0x01};

    private final VirtualReader reader;
    private final Insertion insertion;
    private final ATR atr;
    private final VirtualCardChannel basicChannel;
    private volatile State state = State.OK;
    private volatile Thread exclusiveThread;

    VirtualCardConnection(VirtualReader reader, Insertion insertion) {
        this.reader = reader;
        this.insertion = insertion;
        this.atr = new ATR(insertion.card().atr());
        this.basicChannel = new VirtualCardChannel(this, 0);
    }

    /** What the JDK checks before reusing a connection: still open and the card still there. */
    boolean isValid() {
        if (state != State.OK) {
            return false;
        }
        if (insertion.isGone()) {
            state = State.REMOVED;
            return false;
        }
        return true;
    }

    void checkState() {
        State s = state;
        if (s == State.DISCONNECTED) {
            throw new IllegalStateException("Card has been disconnected");
        } else if (s == State.REMOVED) {
            throw new IllegalStateException("Card has been removed");
        }
    }

    void checkExclusive() throws CardException {
        Thread t = exclusiveThread;
        if (t != null && t != Thread.currentThread()) {
            throw new CardException("Exclusive access established by another Thread");
        }
    }

    /** One raw exchange; a removal seen here poisons the connection like the JDK's handleError. */
    byte[] exchange(byte[] command) throws CardException {
        try {
            return reader.exchange(insertion, command);
        } catch (CardException e) {
            if (e.getCause() instanceof PcscError p && PcscError.REMOVED_CARD.equals(p.getMessage())) {
                state = State.REMOVED;
            }
            throw e;
        }
    }

    @Override
    public ATR getATR() {
        return atr;
    }

    /** Contactless cards appear as T=1 through PC/SC, and so do these. */
    @Override
    public String getProtocol() {
        return "T=1";
    }

    @Override
    public CardChannel getBasicChannel() {
        checkState();
        return basicChannel;
    }

    @Override
    public CardChannel openLogicalChannel() throws CardException {
        checkState();
        checkExclusive();
        byte[] response = exchange(OPEN_CHANNEL);
        if (response.length != 3 || response[1] != (byte) 0x90 || response[2] != 0) {
            throw new CardException("openLogicalChannel() failed, card response: " + response.length + " bytes");
        }
        return new VirtualCardChannel(this, response[0]);
    }

    @Override
    public synchronized void beginExclusive() throws CardException {
        checkState();
        if (exclusiveThread != null) {
            throw new CardException("Exclusive access has already been assigned to Thread "
                    + exclusiveThread.getName());
        }
        if (insertion.isGone()) {
            state = State.REMOVED;
            throw new CardException("beginExclusive() failed", new PcscError(PcscError.REMOVED_CARD));
        }
        exclusiveThread = Thread.currentThread();
    }

    @Override
    public synchronized void endExclusive() throws CardException {
        checkState();
        if (exclusiveThread != Thread.currentThread()) {
            throw new IllegalStateException("Exclusive access not assigned to current Thread");
        }
        exclusiveThread = null;
    }

    @Override
    public byte[] transmitControlCommand(int controlCode, byte[] command) throws CardException {
        checkState();
        checkExclusive();
        if (command == null) {
            throw new NullPointerException();
        }
        throw new CardException("transmitControlCommand() failed", new PcscError(PcscError.UNSUPPORTED_FEATURE));
    }

    /** With {@code reset}, the card is warm-reset (powered on again), as SCARD_RESET_CARD does. */
    @Override
    public void disconnect(boolean reset) throws CardException {
        if (state != State.OK) {
            return;
        }
        checkExclusive();
        try {
            if (reset) {
                reader.reset(insertion);
            }
        } finally {
            state = State.DISCONNECTED;
            exclusiveThread = null;
        }
    }

    @Override
    public String toString() {
        return "virtual card in " + reader.name() + ", protocol T=1, state " + state;
    }
}
