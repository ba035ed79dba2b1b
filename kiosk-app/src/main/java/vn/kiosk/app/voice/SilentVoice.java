package vn.kiosk.app.voice;

import java.util.Locale;

/** No speech: a kiosk without a loudspeaker, the tests, or a voice switched off by configuration. */
public final class SilentVoice implements Voice {

    @Override
    public void say(String text, Locale language) {
        // deliberately nothing
    }

    @Override
    public void stop() {
        // nothing is ever speaking
    }

    @Override
    public boolean available() {
        return false;
    }
}
