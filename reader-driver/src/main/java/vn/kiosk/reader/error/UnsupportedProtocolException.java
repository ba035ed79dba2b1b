package vn.kiosk.reader.error;

/** The card offers nothing we can speak (unknown PACE parameters, no eMRTD application, ...). */
public final class UnsupportedProtocolException extends ReaderException {
    public UnsupportedProtocolException(String message) {
        super(message);
    }
}
