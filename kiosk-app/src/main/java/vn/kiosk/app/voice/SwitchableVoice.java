package vn.kiosk.app.voice;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * A voice the citizen (a toggle on screen) or the operator (configuration) can switch off. Off
 * stops the sentence being spoken and ignores later ones until switched on again. Two switches
 * stack: {@code new SwitchableVoice(new SwitchableVoice(espeak, operatorOn), true)}.
 *
 * <p>No JavaFX: listeners run on the thread that calls {@link #setEnabled}; a view that shows the
 * toggle hops to the FX thread itself if needed.
 */
public final class SwitchableVoice implements Voice {

    private final Voice delegate;
    private final List<Consumer<Boolean>> listeners = new CopyOnWriteArrayList<>();
    private boolean enabled;

    public SwitchableVoice(Voice delegate, boolean enabled) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.enabled = enabled;
    }

    @Override
    public void say(String text, Locale language) {
        // checked and spoken under one lock, so a say racing a switch-off cannot start speaking after it
        synchronized (this) {
            if (enabled) {
                delegate.say(text, language);
            }
        }
    }

    @Override
    public void stop() {
        delegate.stop();
    }

    @Override
    public boolean available() {
        return delegate.available();
    }

    public synchronized boolean isEnabled() {
        return enabled;
    }

    /** Switches speech on or off; off also silences the sentence being spoken. */
    public void setEnabled(boolean on) {
        synchronized (this) {
            if (enabled == on) {
                return;
            }
            enabled = on;
            if (!on) {
                delegate.stop();
            }
        }
        for (Consumer<Boolean> listener : listeners) {
            listener.accept(on);
        }
    }

    /** Called with the new state after each change of {@link #setEnabled}. */
    public void addEnabledListener(Consumer<Boolean> listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    public void removeEnabledListener(Consumer<Boolean> listener) {
        listeners.remove(listener);
    }
}
