package vn.kiosk.app.outbox;

/**
 * A stored body failed AES-GCM authentication: the key is not the one it was sealed with, or the
 * row was altered (including a ciphertext moved from another row). The message never contains
 * any of the data.
 */
public final class UndecryptableBodyException extends Exception {
    private static final long serialVersionUID = 1L;

    public UndecryptableBodyException(String message, Throwable cause) {
        super(message, cause);
    }
}
