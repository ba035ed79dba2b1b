package vn.kiosk.simulator.bench;

import java.util.concurrent.atomic.AtomicLong;

import vn.kiosk.simulator.card.ForwardingCard;
import vn.kiosk.simulator.card.VirtualCard;

/**
 * Counts what reaches the card: APDUs and bytes each way. Counting at the card, not in a reader,
 * counts every reader the same way (GET RESPONSE follow-ups of the JDK included).
 */
public final class CountingCard extends ForwardingCard {
    private final AtomicLong apdus = new AtomicLong();
    private final AtomicLong bytesToCard = new AtomicLong();
    private final AtomicLong bytesFromCard = new AtomicLong();

    public CountingCard(VirtualCard inner) {
        super(inner);
    }

    @Override
    public byte[] process(byte[] command) {
        byte[] response = super.process(command);
        apdus.incrementAndGet();
        bytesToCard.addAndGet(command.length);
        bytesFromCard.addAndGet(response.length);
        return response;
    }

    public Traffic traffic() {
        return new Traffic(apdus.get(), bytesToCard.get(), bytesFromCard.get());
    }

    public void reset() {
        apdus.set(0);
        bytesToCard.set(0);
        bytesFromCard.set(0);
    }

    /** APDUs, command bytes (to the card) and response bytes (from the card). */
    public record Traffic(long apdus, long bytesOut, long bytesIn) {
    }
}
