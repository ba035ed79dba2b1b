package vn.kiosk.reader.qr;

import java.util.Set;

/**
 * The first three digits of a 12-digit ID number: the province (or centrally run city) where the
 * birth was registered, as listed by Circular 07/2016/TT-BCA and kept by Circular 59/2021/TT-BCA.
 * The 63 codes stay valid for life: an ID number does not change when provinces are merged.
 */
final class ProvinceCodes {
    private static final Set<String> CODES = Set.of(
            "001", "002", "004", "006", "008", "010", "011", "012", "014", "015", "017", "019", "020", "022",
            "024", "025", "026", "027", "030", "031", "033", "034", "035", "036", "037", "038", "040", "042",
            "044", "045", "046", "048", "049", "051", "052", "054", "056", "058", "060", "062", "064", "066",
            "067", "068", "070", "072", "074", "075", "077", "079", "080", "082", "083", "084", "086", "087",
            "089", "091", "092", "093", "094", "095", "096");

    private ProvinceCodes() {
    }

    static boolean isProvince(String code) {
        return CODES.contains(code);
    }

    static int count() {
        return CODES.size();
    }
}
