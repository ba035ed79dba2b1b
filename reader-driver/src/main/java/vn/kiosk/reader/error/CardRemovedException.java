package vn.kiosk.reader.error;

/** The card left the field (or the reader disappeared) while we were talking to it. */
public final class CardRemovedException extends ReaderException {
    public CardRemovedException(String message) {
        super(message);
    }

    public CardRemovedException(String message, Throwable cause) {
        super(message, cause);
    }
}
