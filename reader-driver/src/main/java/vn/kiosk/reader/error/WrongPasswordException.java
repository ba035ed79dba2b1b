package vn.kiosk.reader.error;

/** The chip rejected the access key (CAN or MRZ): BAC or PACE mutual authentication failed. */
public final class WrongPasswordException extends ReaderException {
    private final int statusWord;

    public WrongPasswordException(String message, int statusWord) {
        super(message);
        this.statusWord = statusWord;
    }

    /** The status word the chip answered with, or 0 when the terminal detected the mismatch itself. */
    public int statusWord() {
        return statusWord;
    }

    /** Tries left when the chip reports them with 63Cx, or -1 when it does not. */
    public int retriesLeft() {
        return (statusWord & 0xFFF0) == 0x63C0 ? statusWord & 0x0F : -1;
    }
}
