package vn.kiosk.app.flow;

/** How the citizen gives the chip's access key on the keypad. */
public enum KeyEntry {
    /** The six-digit card access number printed on the card's front. */
    CAN,
    /** Document number, date of birth and expiry, as in the MRZ on the back. */
    MRZ
}
