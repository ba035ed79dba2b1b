package vn.kiosk.app.outbox;

/**
 * The outbox database could not be opened, read or updated. Unchecked because a caller can do
 * nothing better than report it; enqueue never throws it (it returns {@link EnqueueResult.NotSaved}).
 */
public final class OutboxStorageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public OutboxStorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
