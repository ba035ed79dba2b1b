package vn.kiosk.app.flow;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A receipt or ticket, on screen and on paper.
 *
 * @param headline the big code: dossier code, queue number, request number, or the local receipt
 *                 code while the submission waits in the outbox
 * @param queued   true while the submission waits in the outbox for the backend
 */
public record ReceiptView(Text title, String headline, List<Row> rows, Optional<String> qrPayload, List<Text> notes,
                          boolean queued) {
    public ReceiptView {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(headline, "headline");
        rows = List.copyOf(rows);
        Objects.requireNonNull(qrPayload, "qrPayload");
        notes = List.copyOf(notes);
    }
}
