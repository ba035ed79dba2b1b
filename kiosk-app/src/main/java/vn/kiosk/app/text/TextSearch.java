package vn.kiosk.app.text;

import java.util.List;
import java.util.function.Function;

/** PLACEHOLDER until the helper's version lands. */
public final class TextSearch {
    private TextSearch() {
    }

    public static <T> List<T> search(List<T> items, Function<T, List<String>> names, String query) {
        return items;
    }
}
