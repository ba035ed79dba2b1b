package vn.kiosk.app.outbox;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Delivers the outbox in the background: every {@code interval}, and at once when nudged (after a
 * submission is saved, or when the network comes back). One thread, so deliveries never overlap
 * and the outbox's oldest-first order holds.
 */
public final class OutboxWorker implements AutoCloseable {
    private final Outbox outbox;
    private final Delivery delivery;
    private final ScheduledExecutorService thread;

    private OutboxWorker(Outbox outbox, Delivery delivery) {
        this.outbox = outbox;
        this.delivery = delivery;
        this.thread = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread t = new Thread(runnable, "outbox-delivery");
            t.setDaemon(true);
            return t;
        });
    }

    public static OutboxWorker start(Outbox outbox, Delivery delivery, Duration interval) {
        OutboxWorker worker = new OutboxWorker(outbox, delivery);
        worker.thread.scheduleWithFixedDelay(worker::deliver, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
        return worker;
    }

    /** Try now rather than at the next tick. */
    public void nudge() {
        if (!thread.isShutdown()) {
            thread.execute(this::deliver);
        }
    }

    private void deliver() {
        try {
            outbox.deliverDue(delivery);
        } catch (RuntimeException e) {
            // The next tick tries again; a thrown exception would cancel the schedule for good.
        }
    }

    /** Stops after the delivery in progress, if any; what is pending stays in the outbox. */
    @Override
    public void close() {
        thread.shutdown();
        try {
            if (!thread.awaitTermination(10, TimeUnit.SECONDS)) {
                thread.shutdownNow();
            }
        } catch (InterruptedException e) {
            thread.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
