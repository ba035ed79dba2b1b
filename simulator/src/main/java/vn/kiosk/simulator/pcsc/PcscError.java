package vn.kiosk.simulator.pcsc;

/**
 * Stands in for the JDK's package-private PCSCException: its message is the PC/SC code name,
 * and it travels as the cause of a CardException, so code that classifies real PC/SC failures by
 * their code name sees the same shape from the virtual readers.
 */
final class PcscError extends Exception {
    private static final long serialVersionUID = 1L;

    static final String REMOVED_CARD = "SCARD_W_REMOVED_CARD";
    static final String NO_SMARTCARD = "SCARD_E_NO_SMARTCARD";
    static final String NOT_TRANSACTED = "SCARD_E_NOT_TRANSACTED";
    static final String PROTO_MISMATCH = "SCARD_E_PROTO_MISMATCH";
    static final String UNSUPPORTED_FEATURE = "SCARD_E_UNSUPPORTED_FEATURE";

    PcscError(String code) {
        super(code);
    }

    PcscError(String code, Throwable cause) {
        super(code, cause);
    }
}
