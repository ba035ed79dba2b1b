package vn.kiosk.app.flow;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import vn.kiosk.app.outbox.Delivery;
import vn.kiosk.app.outbox.DeliveryReport;
import vn.kiosk.app.outbox.EnqueueResult;
import vn.kiosk.app.outbox.Outbox;
import vn.kiosk.app.outbox.Submission;

/**
 * Outbox first, then straight on: a submission is saved (encrypted, fsync'ed) before anything is
 * sent, then delivered at once if the backend answers. So there is one path for online and
 * offline, one idempotency key per submission from the start, and a submission is never lost
 * between "the network failed" and "now queue it" — nor sent twice, because a retry after an
 * unanswered send reuses the stored key.
 *
 * <p>A citizen waits for the backend at most {@code patience}: a slower answer still arrives and
 * is recorded, but the citizen has long had the receipt of the saved submission.
 */
public final class OutboxSubmitter implements Submitter {
    private final Outbox outbox;
    private final Delivery delivery;
    private final Duration patience;

    public OutboxSubmitter(Outbox outbox, Delivery delivery, Duration patience) {
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.delivery = Objects.requireNonNull(delivery, "delivery");
        this.patience = Objects.requireNonNull(patience, "patience");
    }

    @Override
    public SubmitOutcome submit(Submission submission) {
        EnqueueResult saved = outbox.enqueue(submission);
        if (!(saved instanceof EnqueueResult.Saved)) {
            return new SubmitOutcome.NotSaved();
        }
        EnqueueResult.Saved entry = (EnqueueResult.Saved) saved;
        DeliveryReport report;
        try {
            report = CompletableFuture.supplyAsync(() -> outbox.deliverNow(entry.id(), delivery))
                    .get(patience.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            // saved is saved: this attempt or the background worker delivers it
            return new SubmitOutcome.Queued(entry.receiptCode());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new SubmitOutcome.Queued(entry.receiptCode());
        }
        String body = report.delivered().get(entry.id());
        if (body != null) {
            return new SubmitOutcome.Accepted(body);
        }
        if (report.rejected().contains(entry.id())) {
            String reason = outbox.status(entry.id()).flatMap(s -> s.lastReason()).orElse("REJECTED");
            return new SubmitOutcome.Refused(reason);
        }
        return new SubmitOutcome.Queued(entry.receiptCode());
    }
}
