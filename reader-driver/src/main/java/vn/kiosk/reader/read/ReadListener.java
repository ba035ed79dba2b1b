package vn.kiosk.reader.read;

/** Hears a read's progress. Called on the reading thread: hand UI work to the UI thread. */
@FunctionalInterface
public interface ReadListener {
    void on(ReadEvent event);

    ReadListener NONE = event -> { };
}
