package vn.kiosk.app.flow;

/** Why an identity was not accepted for a service; each has its own explanation on screen. */
public enum Refusal {
    /** The chip's data does not match its signature: altered. */
    FORGED,
    /** Signed, but not by a card issuer the kiosk trusts. */
    UNTRUSTED_ISSUER,
    /** The chip failed active or chip authentication: a copy of a card. */
    CLONE,
    /** The chip offers no clone check and this service needs one. */
    NO_CLONE_CHECK,
    /** The chip's data could not be checked at all. */
    NOT_VERIFIED,
    /** A QR was shown, and this service needs the chip. */
    QR_NEEDS_CHIP,
    /** The card is past its expiry date. */
    EXPIRED
}
