package vn.kiosk.app.print;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits caller text into what a printer may see: paragraphs of user-perceived characters (a base
 * letter with its combining marks), so that wrapping never separates "e" from its tone mark.
 */
final class TextClusters {

    private TextClusters() {
    }

    /** Paragraphs at line breaks; each is NFC, with control and format characters made harmless. */
    static List<String> paragraphs(String text) {
        List<String> out = new ArrayList<>();
        for (String p : text.split("\\R", -1)) {
            out.add(clean(p));
        }
        return out;
    }

    /** User-perceived characters of one paragraph, in order. */
    static List<String> clusters(String paragraph) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        paragraph.codePoints().forEach(cp -> {
            if (current.length() > 0 && !isMark(cp)) {
                out.add(current.toString());
                current.setLength(0);
            }
            current.appendCodePoint(cp);
        });
        if (current.length() > 0) {
            out.add(current.toString());
        }
        return out;
    }

    static boolean isMark(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    /*
     * Control bytes in a value would be ESC/POS commands (ESC, GS, LF): a name containing "\u001dV"
     * must not cut the paper. Format characters (bidi overrides, zero-width joiners) have no glyph
     * on a thermal printer. Exotic spaces become plain spaces so that wrapping sees them.
     */
    private static String clean(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        Normalizer.normalize(text, Normalizer.Form.NFC).codePoints().forEach(cp -> {
            if (cp == '\t' || Character.getType(cp) == Character.SPACE_SEPARATOR) {
                sb.append(' ');
            } else if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT) {
                // dropped
            } else {
                sb.appendCodePoint(cp);
            }
        });
        return sb.toString();
    }
}
