package vn.kiosk.reader.qr;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Places the values of a card-front QR into its fields. Values are taken in order; a value that
 * does not have the shape of the next field is either that field missing (when it fits a later
 * field) or a value we do not understand (when it fits none), so a card with a field more or
 * less than usual still reads, and what was skipped is reported.
 *
 * @param values   the value of each field found
 * @param skipped  1-based positions of values that fit no field where they stood
 * @param trailing 1-based positions of non-empty values after the last field
 */
record CccdFields(Map<CccdField, String> values, List<Integer> skipped, List<Integer> trailing) {

    static CccdFields place(List<String> parts) {
        Map<CccdField, String> values = new EnumMap<>(CccdField.class);
        List<Integer> skipped = new ArrayList<>();
        CccdField[] fields = CccdField.values();
        int field = 0;
        int i = 0;
        while (i < parts.size() && field < fields.length) {
            String value = parts.get(i).strip();
            if (fields[field].fits(value)) {
                values.put(fields[field], value);
                field++;
                i++;
            } else if (fitsLater(fields, field, value)) {
                field++;
            } else if (value.isEmpty()) {
                // an empty slot where the field stands: the field is empty on this card
                field++;
                i++;
            } else {
                skipped.add(i + 1);
                i++;
            }
        }
        List<Integer> trailing = new ArrayList<>();
        for (; i < parts.size(); i++) {
            if (!parts.get(i).isBlank()) {
                trailing.add(i + 1);
            }
        }
        return new CccdFields(values, List.copyOf(skipped), List.copyOf(trailing));
    }

    private static boolean fitsLater(CccdField[] fields, int from, String value) {
        for (int f = from + 1; f < fields.length; f++) {
            if (fields[f].fits(value)) {
                return true;
            }
        }
        return false;
    }

    String get(CccdField field) {
        return values.getOrDefault(field, "");
    }

    boolean has(CccdField field) {
        return values.containsKey(field);
    }
}
