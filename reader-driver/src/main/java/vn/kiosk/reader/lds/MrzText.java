package vn.kiosk.reader.lds;

import java.text.Normalizer;
import java.util.Locale;

/** Character-level rules of the MRZ (Doc 9303 Part 3, 4.3 and 6). */
final class MrzText {
    static final char FILLER = '<';

    private MrzText() {
    }

    static boolean isMrzLine(String line, int length) {
        return line.length() == length && line.chars().allMatch(MrzText::isMrzChar);
    }

    static boolean isMrzChar(int c) {
        return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || c == FILLER;
    }

    /** A field without its trailing fillers. */
    static String trimFillers(String field) {
        int end = field.length();
        while (end > 0 && field.charAt(end - 1) == FILLER) {
            end--;
        }
        return field.substring(0, end);
    }

    /** Fillers inside a name component read as spaces. */
    static String readable(String component) {
        return trimFillers(component).replace(FILLER, ' ').trim().replaceAll(" +", " ");
    }

    /** The primary identifier (surname) of a name field: everything before the first {@code <<}. */
    static String primaryIdentifier(String nameField) {
        int split = nameField.indexOf("<<");
        return readable(split < 0 ? nameField : nameField.substring(0, split));
    }

    /** The secondary identifier (given names): everything after the first {@code <<}. */
    static String secondaryIdentifier(String nameField) {
        int split = nameField.indexOf("<<");
        return split < 0 ? "" : readable(nameField.substring(split + 2));
    }

    static String pad(String field, int length) {
        if (field.length() > length) {
            throw new IllegalArgumentException("MRZ field longer than " + length + " characters");
        }
        return field + String.valueOf(FILLER).repeat(length - field.length());
    }

    /**
     * The name field: primary identifier, {@code <<}, secondary identifier, cut to the width. Names are
     * transliterated the way Vietnamese documents do it: diacritics dropped, Đ as D.
     */
    static String nameField(String primary, String secondary, int width) {
        String field = transliterate(primary) + FILLER + FILLER + transliterate(secondary);
        field = trimFillers(field);
        return pad(field.length() > width ? field.substring(0, width) : field, width);
    }

    static String transliterate(String name) {
        String stripped = Normalizer.normalize(name.replace('Đ', 'D').replace('đ', 'd'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toUpperCase(Locale.ROOT)
                .trim();
        StringBuilder out = new StringBuilder(stripped.length());
        for (int i = 0; i < stripped.length(); i++) {
            char c = stripped.charAt(i);
            out.append(isMrzChar(c) ? c : FILLER);
        }
        return out.toString();
    }
}
