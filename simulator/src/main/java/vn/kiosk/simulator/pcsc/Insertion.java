package vn.kiosk.simulator.pcsc;

import java.util.concurrent.CompletableFuture;
import vn.kiosk.simulator.card.VirtualCard;

/**
 * One stay of a card in a reader, from insertion to removal. Connections remember the insertion
 * they were made on, so a card that was removed and put back still invalidates them, as the real
 * stack does.
 */
final class Insertion {
    private final VirtualCard card;
    private final CompletableFuture<Void> gone = new CompletableFuture<>();

    Insertion(VirtualCard card) {
        this.card = card;
    }

    VirtualCard card() {
        return card;
    }

    /** Completes when the card leaves the reader; a pending exchange waits on this too. */
    CompletableFuture<Void> gone() {
        return gone;
    }

    boolean isGone() {
        return gone.isDone();
    }

    void end() {
        gone.complete(null);
    }
}
