package vn.kiosk.simulator.card;

import java.util.concurrent.locks.LockSupport;
import java.util.function.LongConsumer;
import java.util.function.LongSupplier;

import vn.kiosk.simulator.link.ChipOperation;
import vn.kiosk.simulator.link.LinkModel;

/**
 * A card whose every exchange takes as long as the link model says it would on a real reader.
 * The operation is told from the APDU itself ({@link ChipOperation#of}), so any card can be
 * wrapped. The delay is real (the calling thread is parked), so wall-clock measurements through
 * javax.smartcardio see it; the time the wrapped card spent computing counts towards it.
 */
public final class TimedCard extends ForwardingCard {
    /** Parking overshoots by tens of microseconds; the last stretch is spun to keep per-APDU error small. */
    private static final long SPIN_NANOS = 50_000;

    private final LinkModel link;
    private final LongSupplier clock;
    private final LongConsumer waitUntil;

    public TimedCard(VirtualCard inner, LinkModel link) {
        this(inner, link, System::nanoTime, TimedCard::waitUntil);
    }

    /** With another clock and way of waiting: for tests of what the card waits for. */
    TimedCard(VirtualCard inner, LinkModel link, LongSupplier clock, LongConsumer waitUntil) {
        super(inner);
        this.link = link;
        this.clock = clock;
        this.waitUntil = waitUntil;
    }

    public LinkModel link() {
        return link;
    }

    @Override
    public byte[] process(byte[] command) {
        long start = clock.getAsLong();
        byte[] response = super.process(command);
        if (link.instant()) {
            return response;
        }
        long due = link.exchangeNanos(command.length, response.length, ChipOperation.of(command, response),
                ChipOperation.secured(command));
        // From the start: the wrapped card's own computing time is part of the modelled time, not added to it.
        waitUntil.accept(start + due);
        return response;
    }

    private static void waitUntil(long deadline) {
        for (long left = deadline - System.nanoTime(); left > 0; left = deadline - System.nanoTime()) {
            if (left > SPIN_NANOS) {
                LockSupport.parkNanos(left - SPIN_NANOS);
                if (Thread.interrupted()) {
                    // A removal may interrupt the card's thread: answer now, keep the flag for the caller.
                    Thread.currentThread().interrupt();
                    return;
                }
            } else {
                Thread.onSpinWait();
            }
        }
    }
}
