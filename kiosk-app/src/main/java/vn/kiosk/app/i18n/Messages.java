package vn.kiosk.app.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import vn.kiosk.app.flow.Text;

/**
 * The kiosk's words in one language: the resource bundle, and {@link Text} made into a string.
 * Screens, the printer and the voice all say things through this, so no UI string lives in code.
 */
public final class Messages {
    public static final String BUNDLE = "vn.kiosk.app.messages";
    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final Locale locale;
    private final ResourceBundle bundle;

    private Messages(Locale locale, ResourceBundle bundle) {
        this.locale = locale;
        this.bundle = bundle;
    }

    /** Vietnamese for "vi", English for anything else. */
    public static Messages of(Locale locale) {
        Locale chosen = "vi".equals(locale.getLanguage()) ? VIETNAMESE : Locale.ENGLISH;
        // the English bundle is the base file: never fall back to the machine's default locale
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, chosen,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new Messages(chosen, bundle);
    }

    public Locale locale() {
        return locale;
    }

    public boolean vietnamese() {
        return "vi".equals(locale.getLanguage());
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            // a missing message must show as something a tester notices, never crash the kiosk
            return "⟨" + key + "⟩";
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    public String text(Text text) {
        Objects.requireNonNull(text, "text");
        if (text instanceof Text.Key) {
            Text.Key key = (Text.Key) text;
            return get(key.key(), key.args().toArray());
        }
        if (text instanceof Text.Both) {
            Text.Both both = (Text.Both) text;
            return vietnamese() ? both.vi() : both.en();
        }
        if (text instanceof Text.Code) {
            Text.Code code = (Text.Code) text;
            String key = code.prefix() + code.code();
            return bundle.containsKey(key) ? bundle.getString(key) : code.code();
        }
        return ((Text.Plain) text).text();
    }
}
