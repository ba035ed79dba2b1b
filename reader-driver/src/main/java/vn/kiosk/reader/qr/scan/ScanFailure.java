package vn.kiosk.reader.qr.scan;

/** Why a {@link QrSource} delivered no text. */
public enum ScanFailure {
    /** More than a QR can hold, or more than the source buffers: dropped, not truncated. */
    LINE_TOO_LONG,
    /** Keys came too slowly to be a scanner: a person typing, ignored (reported for diagnosis). */
    TYPED_TOO_SLOWLY,
    /** The device was unplugged or its stream ended: the source has stopped and must be reopened. */
    DEVICE_GONE
}
