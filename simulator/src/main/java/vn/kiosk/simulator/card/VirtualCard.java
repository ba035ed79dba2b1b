package vn.kiosk.simulator.card;

/**
 * A contactless card as a reader sees it: an ATR and an APDU processor. Both plug-ins (the
 * in-process TerminalFactory and the vpcd client) drive a card only through this.
 */
public interface VirtualCard {

    /** The answer-to-reset, historical bytes included (they advertise extended length). */
    byte[] atr();

    /** Called when the card enters the field or is reset: volatile state (sessions, selected files) goes. */
    void powerOn();

    /** Command APDU in, response APDU (data + SW) out. Never throws: errors are status words. */
    byte[] process(byte[] command);
}
