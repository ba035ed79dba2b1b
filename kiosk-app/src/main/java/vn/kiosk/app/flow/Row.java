package vn.kiosk.app.flow;

import java.util.Objects;

/** A label and its value, as shown on a summary or printed on a receipt. */
public record Row(Text label, Text value) {
    public Row {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(value, "value");
    }
}
