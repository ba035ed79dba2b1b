package vn.kiosk.simulator.chip.aa;

import net.sf.scuba.smartcards.CardService;
import net.sf.scuba.smartcards.CommandAPDU;
import net.sf.scuba.smartcards.ResponseAPDU;

import vn.kiosk.simulator.card.VirtualCard;

/** JMRTD's card service straight onto a virtual card: JMRTD's bytes go to the chip unchanged. */
public final class ChipCardService extends CardService {
    private final VirtualCard card;
    private boolean open;

    public ChipCardService(VirtualCard card) {
        this.card = card;
    }

    @Override
    public void open() {
        card.powerOn();
        open = true;
    }

    @Override
    public boolean isOpen() {
        return open;
    }

    @Override
    public ResponseAPDU transmit(CommandAPDU command) {
        return new ResponseAPDU(card.process(command.getBytes()));
    }

    @Override
    public byte[] getATR() {
        return card.atr();
    }

    @Override
    public boolean isExtendedAPDULengthSupported() {
        return false;
    }

    @Override
    public void close() {
        open = false;
    }

    @Override
    public boolean isConnectionLost(Exception e) {
        return false;
    }
}
