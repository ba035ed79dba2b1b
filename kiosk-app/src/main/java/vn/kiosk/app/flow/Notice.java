package vn.kiosk.app.flow;

/** A one-line message on the identify screens about what just happened. */
public enum Notice {
    /** The card left the reader before the read finished. */
    CARD_REMOVED,
    /** The chip refused the CAN or MRZ given. */
    WRONG_KEY,
    /** The card answered, but not as an ID card, or the link failed. */
    CARD_UNREADABLE,
    /** A QR was scanned that is none of the ones we know. */
    QR_UNRECOGNISED,
    /** The card-front QR gave the key: now the card itself. */
    QR_KEY_READY,
    /** This party's card was already read for this request. */
    SAME_PERSON,
    /** The previous party's card is still on the reader. */
    TAKE_PREVIOUS_CARD
}
