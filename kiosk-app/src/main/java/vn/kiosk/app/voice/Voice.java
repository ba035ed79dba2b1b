package vn.kiosk.app.voice;

import java.util.Locale;

/**
 * Reads the kiosk's guidance aloud. Calls return at once (speech runs elsewhere) and never throw:
 * a kiosk that cannot speak must still work.
 */
public interface Voice {

    /** Speaks {@code text}, cutting off whatever is still being said. */
    void say(String text, Locale language);

    /** Stops speaking now. */
    void stop();

    /** Whether this voice can produce sound at all; a screen hides the voice toggle when not. */
    default boolean available() {
        return true;
    }
}
