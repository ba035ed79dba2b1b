package vn.kiosk.app.flow;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Turns a submission's outcome into the receipt, the "waiting in the outbox" receipt, or an explanation. */
final class Receipts {
    private Receipts() {
    }

    /**
     * @param accepted builds the receipt from the backend's answer; empty when the answer does not
     *                 match the contract (then the citizen gets the queued receipt: the backend
     *                 has it, and the outbox code is still a valid reference for the staff)
     * @param queuedRows what the queued receipt shows about the request
     */
    static Transition of(ServiceKind service, SubmitOutcome outcome, Function<String, Optional<ReceiptView>> accepted,
                         Text title, List<Row> queuedRows) {
        if (outcome instanceof SubmitOutcome.Accepted) {
            Optional<ReceiptView> receipt = accepted.apply(((SubmitOutcome.Accepted) outcome).body());
            if (receipt.isPresent()) {
                return Transition.go(new Step.Receipt(service, receipt.get(), PrintOutcome.PENDING));
            }
        }
        if (outcome instanceof SubmitOutcome.Accepted || outcome instanceof SubmitOutcome.Queued) {
            String code = outcome instanceof SubmitOutcome.Queued ? ((SubmitOutcome.Queued) outcome).receiptCode()
                    : "—";
            List<Text> notes = new ArrayList<>();
            notes.add(Text.key("receipt.queued.note"));
            ReceiptView receipt = new ReceiptView(title, code, queuedRows, Optional.of(code), notes, true);
            return Transition.go(new Step.Receipt(service, receipt, PrintOutcome.PENDING));
        }
        if (outcome instanceof SubmitOutcome.Refused) {
            return Transition.go(new Step.Failed(Text.key("failed.refused", ((SubmitOutcome.Refused) outcome).reason()),
                    false));
        }
        return Transition.go(new Step.Failed(Text.key("failed.not-saved"), false));
    }
}
