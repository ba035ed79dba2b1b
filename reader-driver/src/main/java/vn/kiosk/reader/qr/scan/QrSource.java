package vn.kiosk.reader.qr.scan;

/**
 * Where QR texts come from besides the camera: a keyboard-wedge (HID) scanner or a serial (USB
 * CDC) scanner. The kiosk starts a source with a listener and closes it when leaving the screen;
 * events arrive on the source's own thread (serial) or the caller's (wedge).
 */
public interface QrSource extends AutoCloseable {

    /** Receives scans and failures; must not block for long, the source waits for it. */
    @FunctionalInterface
    interface Listener {
        void onEvent(ScanEvent event);
    }

    /** Starts delivering to {@code listener}; a source starts once. */
    void start(Listener listener);

    /** Stops promptly; no events are delivered after it returns. Idempotent. */
    @Override
    void close();
}
