package vn.kiosk.app.backend;

/**
 * The client could not be set up from its configuration (unreadable PEM, wrong key type, no
 * certificate...). Thrown only when building a {@link BackendClient}, never from a call: the
 * operator must fix the configuration, retrying cannot help. Messages name files, never contents.
 */
public final class BackendConfigException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public BackendConfigException(String message, Throwable cause) {
        super(message, cause);
    }

    public BackendConfigException(String message) {
        super(message);
    }
}
