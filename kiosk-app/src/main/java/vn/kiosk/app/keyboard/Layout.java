package vn.kiosk.app.keyboard;

/** The key sets the keyboard can show. */
public enum Layout {
    /** QWERTY letters, the Vietnamese letter-mark row and the tone row. */
    LETTERS,
    /** Digits and the punctuation of addresses and reasons. */
    SYMBOLS,
    /** A telephone-style keypad for a CAN, a phone number or a code: 0-9, delete, done. */
    NUMERIC
}
