package vn.kiosk.app.backend;

/** Why the backend gave no usable answer. None of these says anything about the request's content. */
public enum UnavailableReason {
    /** No TCP connection (refused, unreachable, unknown host). */
    CONNECT_FAILED,
    /** Connect, read or whole-call timeout, or HTTP 408. */
    TIMEOUT,
    /** The connection broke while sending or receiving. */
    CONNECTION_RESET,
    /** TLS failed: the backend's certificate is not from the pinned CA or not for this host, or it refused ours. */
    TLS_FAILED,
    /** HTTP 5xx. */
    SERVER_ERROR,
    /** HTTP 429, or a Retry-After longer than the client will wait. */
    THROTTLED,
    /** A 2xx whose body does not match the contract, or a status the contract never sends (1xx, 3xx). */
    INVALID_RESPONSE,
    /** The calling thread was interrupted (e.g. the session ended). */
    INTERRUPTED,
    /** A failure inside the client itself; a bug, reported rather than thrown. */
    CLIENT_FAILURE
}
