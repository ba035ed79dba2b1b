package vn.kiosk.app.ui;

import java.util.Objects;
import java.util.Optional;
import vn.kiosk.app.flow.KioskState;
import vn.kiosk.app.flow.Text;
import vn.kiosk.app.i18n.Messages;
import vn.kiosk.app.voice.Voice;

/**
 * Reads each new screen aloud in the citizen's language while the voice is on; a new screen cuts
 * off the sentence still being said, and switching the voice off stops it at once.
 */
public final class VoiceGuide {
    private final Voice voice;
    private Optional<Text> lastSaid = Optional.empty();

    public VoiceGuide(Voice voice) {
        this.voice = Objects.requireNonNull(voice, "voice");
    }

    /** For the engine's listener: called on the flow thread for every state. */
    public synchronized void on(KioskState state) {
        if (!state.voice()) {
            voice.stop();
            lastSaid = Optional.empty();
            return;
        }
        Optional<Text> text = Narration.of(state.step());
        if (text.isPresent() && !text.equals(lastSaid)) {
            Messages messages = Messages.of(state.language());
            voice.say(messages.text(text.get()), messages.locale());
        }
        lastSaid = text;
    }
}
