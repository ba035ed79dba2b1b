package vn.kiosk.simulator.bench;

import javax.smartcardio.Card;
import javax.smartcardio.CardChannel;
import javax.smartcardio.CardException;
import javax.smartcardio.CardTerminal;

import net.sf.scuba.smartcards.CardService;
import net.sf.scuba.smartcards.CardServiceException;
import net.sf.scuba.smartcards.CommandAPDU;
import net.sf.scuba.smartcards.ResponseAPDU;

/**
 * JMRTD's card service over a javax.smartcardio terminal, the way scuba's own terminal service
 * (an artifact we do not pull in) does it: one basic channel, APDUs passed through as they are.
 */
final class TerminalCardService extends CardService {
    private final CardTerminal terminal;
    private Card card;
    private CardChannel channel;

    TerminalCardService(CardTerminal terminal) {
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
    public void close() {
        try {
            if (card != null) {
                card.disconnect(true);
            }
        } catch (CardException e) {
            // the card may have gone; nothing left to reset
        }
        channel = null;
    }

    @Override
    public boolean isConnectionLost(Exception e) {
        return false;
    }
}
