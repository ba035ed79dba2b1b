package vn.kiosk.reader.read;

/**
 * Hears a read's progress. Called on the reading thread, except {@link ReadEvent.IdentityVerified}
 * which comes from the thread that verified it while the read went on: a listener must be
 * thread-safe, and hand UI work to the UI thread.
 */
@FunctionalInterface
public interface ReadListener {
    void on(ReadEvent event);

    ReadListener NONE = event -> { };
}
