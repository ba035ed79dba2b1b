package vn.kiosk.app.flow;

import java.time.Clock;
import java.util.Objects;
import vn.kiosk.app.backend.BackendClient;

/** What the flows use from outside: devices, the backend, the outbox, the printer, the time. */
public record FlowContext(CardService cards, BackendClient backend, Submitter submitter, ReceiptPrinter printer,
                          Clock clock, FlowSettings settings) {
    public FlowContext {
        Objects.requireNonNull(cards, "cards");
        Objects.requireNonNull(backend, "backend");
        Objects.requireNonNull(submitter, "submitter");
        Objects.requireNonNull(printer, "printer");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(settings, "settings");
    }
}
