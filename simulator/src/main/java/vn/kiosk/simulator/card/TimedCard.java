package vn.kiosk.simulator.card;

import java.time.Duration;

import vn.kiosk.simulator.link.LinkModel;

/** A card whose every exchange takes as long as the link model says it would on a real reader. */
public final class TimedCard extends ForwardingCard {
    private final LinkModel link;

    public TimedCard(VirtualCard inner, LinkModel link) {
        super(inner);
        this.link = link;
    }

    @Override
    public byte[] process(byte[] command) {
        long start = System.nanoTime();
        byte[] response = super.process(command);
        Duration due = link.exchange(command.length, response.length).minusNanos(System.nanoTime() - start);
        if (!due.isNegative()) {
            try {
                Thread.sleep(due.toMillis(), due.toNanosPart() % 1_000_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return response;
    }
}
