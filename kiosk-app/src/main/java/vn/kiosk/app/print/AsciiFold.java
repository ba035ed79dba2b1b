package vn.kiosk.app.print;

import java.text.Normalizer;
import java.util.Map;

/**
 * Vietnamese without diacritics, for printers that have no Vietnamese code table: "Đặng Hường" →
 * "Dang Huong". Readable, and what Vietnamese writers do themselves when accents are unavailable.
 */
final class AsciiFold {

    /** Letters and signs that do not decompose into ASCII + marks. */
    private static final Map<Integer, String> SPECIAL = Map.ofEntries(
            Map.entry((int) 'đ', "d"), Map.entry((int) 'Đ', "D"),
            Map.entry(0x20AB, "d"), // ₫, the dong sign
            Map.entry(0x2013, "-"), Map.entry(0x2014, "-"),
            Map.entry(0x2018, "'"), Map.entry(0x2019, "'"),
            Map.entry(0x201C, "\""), Map.entry(0x201D, "\""),
            Map.entry(0x2026, "..."));

    private AsciiFold() {
    }

    /** One user-perceived character as ASCII, or "?" when it has no ASCII base letter. */
    static String of(String cluster) {
        int first = cluster.codePointAt(0);
        String special = SPECIAL.get(first);
        if (special != null) {
            return special;
        }
        int base = Normalizer.normalize(cluster, Normalizer.Form.NFD).codePointAt(0);
        return base < 0x80 && !TextClusters.isMark(base) ? Character.toString(base) : "?";
    }
}
