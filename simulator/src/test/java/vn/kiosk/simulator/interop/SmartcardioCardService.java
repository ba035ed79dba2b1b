package vn.kiosk.simulator.interop;

import javax.smartcardio.Card;
import javax.smartcardio.CardChannel;
import javax.smartcardio.CardException;
import javax.smartcardio.CardTerminal;

import net.sf.scuba.smartcards.CardService;
import net.sf.scuba.smartcards.CardServiceException;
import net.sf.scuba.smartcards.CommandAPDU;
import net.sf.scuba.smartcards.ResponseAPDU;

/**
 * JMRTD's card service over a javax.smartcardio terminal: one basic channel, APDUs passed through
 * as they are. scuba's own terminal service lives in an artifact we do not pull in; this adapter is
 * all JMRTD needs (the interop tests and the read benchmark).
 */
public final class SmartcardioCardService extends CardService {
    private final CardTerminal terminal;
    private Card card;
    private CardChannel channel;

    public SmartcardioCardService(CardTerminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public void open() throws CardServiceException {
        try {
            card = terminal.connect("*");
            channel = card.getBasicChannel();
        } catch (CardException e) {
            throw new CardServiceException(e.getMessage());
        }
    }

    @Override
    public boolean isOpen() {
        return channel != null;
    }

    @Override
    public ResponseAPDU transmit(CommandAPDU command) throws CardServiceException {
        try {
            return new ResponseAPDU(channel.transmit(new javax.smartcardio.CommandAPDU(command.getBytes())).getBytes());
        } catch (CardException e) {
            throw new CardServiceException(e.getMessage());
        }
    }

    @Override
    public byte[] getATR() {
        return card.getATR().getBytes();
    }

    @Override
    public boolean isExtendedAPDULengthSupported() {
        return false;
    }

    @Override
    public void close() {
        try {
            if (card != null) {
                card.disconnect(true);
            }
        } catch (CardException e) {
            // closing a card that has gone is not an error
        }
        channel = null;
    }

    @Override
    public boolean isConnectionLost(Exception e) {
        return false;
    }
}
