package vn.kiosk.app.keyboard;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * The words on and for the keys, from the screen's resource bundle. The keyboard's own code holds
 * symbols and letters only, so a Vietnamese and an English kiosk differ by their bundle alone.
 */
public final class KeyTexts {

    private final ResourceBundle bundle;

    public KeyTexts(ResourceBundle bundle) {
        this.bundle = Objects.requireNonNull(bundle, "bundle");
    }

    /** The bundle's text for {@code key}; the key itself when missing, so a gap shows, not crashes. */
    public String word(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /** {@link #word} used as a {@link MessageFormat} pattern with {@code arguments}. */
    public String format(String key, Object... arguments) {
        Locale locale = bundle.getLocale() == null ? Locale.ROOT : bundle.getLocale();
        return new MessageFormat(word(key), locale).format(arguments);
    }
}
