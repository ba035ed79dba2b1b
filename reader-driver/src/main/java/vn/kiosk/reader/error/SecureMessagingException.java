package vn.kiosk.reader.error;

/**
 * A secure-messaging response could not be trusted: wrong or missing MAC, missing status
 * object, bad padding. The session is dead after this: the send-sequence counters no longer agree.
 */
public final class SecureMessagingException extends ReaderException {
    public SecureMessagingException(String message) {
        super(message);
    }

    public SecureMessagingException(String message, Throwable cause) {
        super(message, cause);
    }
}
