package vn.kiosk.simulator.card;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A card that leaves the field after answering a given number of APDUs ({@code remove-at:N}).
 * Leaving is the plug-in's business (closing the vpcd socket, emptying the in-process slot), so the
 * plug-in hands over how; the APDU that finds the card gone is never answered.
 */
public final class RemovableCard extends ForwardingCard {
    private final int answeredBeforeRemoval;
    private final AtomicInteger answered = new AtomicInteger();
    private final CountDownLatch gone = new CountDownLatch(1);
    private volatile Runnable leaveField = () -> { };

    public RemovableCard(VirtualCard inner, int answeredBeforeRemoval) {
        super(inner);
        this.answeredBeforeRemoval = answeredBeforeRemoval;
    }

    /** How to take this card out of its reader; called once, off the APDU thread. */
    public void onRemoval(Runnable leaveField) {
        this.leaveField = leaveField;
    }

    @Override
    public byte[] process(byte[] command) {
        if (answered.getAndIncrement() >= answeredBeforeRemoval) {
            CompletableFuture.runAsync(() -> {
                leaveField.run();
                gone.countDown();
            });
            try {
                // Hold the answer until the card is out; the reader must see removal, not a reply.
                gone.await(Duration.ofSeconds(5).toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new byte[0];
        }
        return super.process(command);
    }
}
