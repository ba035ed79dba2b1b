package vn.kiosk.simulator.pcsc;

import javax.smartcardio.Card;
import javax.smartcardio.CardException;
import javax.smartcardio.CardNotPresentException;
import javax.smartcardio.CardTerminal;

/** The javax.smartcardio face of a {@link VirtualReader}. */
final class VirtualCardTerminal extends CardTerminal {

    private final VirtualReader reader;
    private VirtualCardConnection connection; // guarded by this

    VirtualCardTerminal(VirtualReader reader) {
        this.reader = reader;
    }

    @Override
    public String getName() {
        return reader.name();
    }

    /**
     * Like the JDK, hands out the existing connection while it is valid, so two callers on one
     * terminal share a connection (and one disconnect ends it for both).
     */
    @Override
    public synchronized Card connect(String protocol) throws CardException {
        if (!protocol.equals("*") && !protocol.equalsIgnoreCase("T=1")) {
            if (protocol.equalsIgnoreCase("T=0") || protocol.equalsIgnoreCase("direct")) {
                throw new CardException("connect() failed", new PcscError(PcscError.PROTO_MISMATCH));
            }
            throw new IllegalArgumentException("Unsupported protocol " + protocol);
        }
        if (connection != null && connection.isValid()) {
            return connection;
        }
        connection = null;
        Insertion insertion = reader.insertion();
        if (insertion == null) {
            throw new CardNotPresentException("No card present", new PcscError(PcscError.NO_SMARTCARD));
        }
        connection = new VirtualCardConnection(reader, insertion);
        return connection;
    }

    @Override
    public boolean isCardPresent() {
        return reader.isCardPresent();
    }

    @Override
    public boolean waitForCardPresent(long timeout) throws CardException {
        return await(true, timeout);
    }

    @Override
    public boolean waitForCardAbsent(long timeout) throws CardException {
        return await(false, timeout);
    }

    private boolean await(boolean present, long timeout) throws CardException {
        if (timeout < 0) {
            throw new IllegalArgumentException("timeout must not be negative");
        }
        try {
            return reader.awaitPresence(present, timeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CardException("interrupted while waiting for the card", e);
        }
    }

    @Override
    public String toString() {
        return "virtual terminal " + reader.name();
    }
}
