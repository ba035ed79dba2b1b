package vn.kiosk.reader.error;

/** Bytes from the card did not parse as the structure the specification says they are. */
public final class MalformedDataException extends ReaderException {
    public MalformedDataException(String message) {
        super(message);
    }

    public MalformedDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
