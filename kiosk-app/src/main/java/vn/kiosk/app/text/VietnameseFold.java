package vn.kiosk.app.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reduces Vietnamese text to its bare letters so that a citizen who types without diacritics
 * ("giay khai sinh") still finds "Giấy khai sinh". Input may arrive in NFC or NFD (file names,
 * some Android keyboards and macOS produce NFD), so the decomposition happens here rather than
 * being assumed of the caller.
 */
public final class VietnameseFold {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    // \s alone misses the no-break spaces that text copied from web pages carries
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");

    private VietnameseFold() {
    }

    /** Lower case, no tone or vowel marks, đ → d, runs of white space as one space, trimmed. */
    public static String fold(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        // lower-case before stripping: some upper-case letters lower-case to a letter plus a mark
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD).toLowerCase(Locale.ROOT);
        String bare = MARKS.matcher(decomposed).replaceAll("")
                // đ has no canonical decomposition, so NFD leaves it whole
                .replace('đ', 'd');
        return SPACES.matcher(bare).replaceAll(" ").trim();
    }
}
