package vn.kiosk.reader.error;

/** The reader or PC/SC stack failed to carry an APDU for a reason other than the card leaving. */
public final class LinkException extends ReaderException {
    public LinkException(String message) {
        super(message);
    }

    public LinkException(String message, Throwable cause) {
        super(message, cause);
    }
}
