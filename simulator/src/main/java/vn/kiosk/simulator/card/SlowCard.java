package vn.kiosk.simulator.card;

import java.time.Duration;

/**
 * A card on a poor contactless link ({@code slow-link}): every exchange takes a fixed extra time.
 * The link-timing model that charges per byte and per frame is a separate piece of work.
 */
public final class SlowCard extends ForwardingCard {
    private final Duration delay;

    public SlowCard(VirtualCard inner, Duration delay) {
        super(inner);
        this.delay = delay;
    }

    @Override
    public byte[] process(byte[] command) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return super.process(command);
    }
}
