package vn.kiosk.simulator.pcsc;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import javax.smartcardio.CardException;
import javax.smartcardio.CardTerminal;
import vn.kiosk.simulator.card.VirtualCard;

/** One slot of {@link VirtualReaders}: holds at most one card and carries APDUs to it. */
public final class VirtualReader {

    private final String name;
    private final VirtualReaders owner;
    private final VirtualCardTerminal terminal;
    // Serialises everything that touches the card object, like a reader talks to one chip at a time.
    private final ReentrantLock cardAccess = new ReentrantLock();
    private Insertion current; // guarded by owner.lock

    VirtualReader(String name, VirtualReaders owner) {
        this.name = name;
        this.owner = owner;
        this.terminal = new VirtualCardTerminal(this);
    }

    public String name() {
        return name;
    }

    /** The javax.smartcardio view of this reader. */
    public CardTerminal terminal() {
        return terminal;
    }

    /**
     * The card enters the field: it is powered on (its volatile state reset) and waiting
     * threads learn about it.
     *
     * @throws IllegalStateException if a card is already in this reader
     */
    public void insert(VirtualCard card) {
        Objects.requireNonNull(card, "card");
        Insertion insertion = new Insertion(card);
        // Holding cardAccess throughout: no transmit reaches the card before its power-on.
        cardAccess.lock();
        try {
            owner.lock.lock();
            try {
                if (current != null) {
                    throw new IllegalStateException("reader " + name + " already holds a card; remove it first");
                }
            } finally {
                owner.lock.unlock();
            }
            card.powerOn();
            owner.lock.lock();
            try {
                current = insertion;
                owner.changed.signalAll();
            } finally {
                owner.lock.unlock();
            }
        } finally {
            cardAccess.unlock();
        }
    }

    /**
     * The card leaves the field. A transmit in progress fails at once with SCARD_W_REMOVED_CARD,
     * as do later ones on connections made before.
     *
     * @return whether there was a card to remove
     */
    public boolean remove() {
        Insertion gone;
        owner.lock.lock();
        try {
            gone = current;
            current = null;
            owner.changed.signalAll();
        } finally {
            owner.lock.unlock();
        }
        if (gone == null) {
            return false;
        }
        gone.end();
        return true;
    }

    public boolean isCardPresent() {
        return insertion() != null;
    }

    public Optional<VirtualCard> card() {
        Insertion now = insertion();
        return now == null ? Optional.empty() : Optional.of(now.card());
    }

    Insertion insertion() {
        owner.lock.lock();
        try {
            return current;
        } finally {
            owner.lock.unlock();
        }
    }

    /** Caller holds owner.lock. */
    Insertion insertionLocked() {
        return current;
    }

    /** Waits until the slot is (not) empty; timeout 0 means forever, as in javax.smartcardio. */
    boolean awaitPresence(boolean wantPresent, long timeoutMillis) throws InterruptedException {
        long left = timeoutMillis == 0 ? Long.MAX_VALUE : TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        owner.lock.lock();
        try {
            while ((current != null) != wantPresent) {
                if (left <= 0) {
                    return false;
                }
                left = owner.changed.awaitNanos(left);
            }
            return true;
        } finally {
            owner.lock.unlock();
        }
    }

    /** A warm reset of the card of {@code insertion}, if it is still here. */
    void reset(Insertion insertion) {
        if (!insertion.isGone()) {
            withCard(insertion.card()::powerOn);
        }
    }

    /**
     * One command APDU to the card and its response. The card runs on a worker thread so that
     * removal can cut the exchange short, as a card leaving the field does: the caller gets
     * SCARD_W_REMOVED_CARD at once, however slow the card is.
     */
    byte[] exchange(Insertion insertion, byte[] command) throws CardException {
        if (insertion.isGone()) {
            throw removed();
        }
        CompletableFuture<byte[]> result = new CompletableFuture<>();
        Future<?> task;
        try {
            task = owner.worker.submit(() -> {
                try {
                    cardAccess.lockInterruptibly();
                    try {
                        result.complete(insertion.card().process(command.clone()));
                    } finally {
                        cardAccess.unlock();
                    }
                } catch (Throwable t) {
                    result.completeExceptionally(t);
                }
            });
        } catch (RejectedExecutionException e) {
            throw new CardException(new PcscError(PcscError.NOT_TRANSACTED, e));
        }
        try {
            CompletableFuture.anyOf(result, insertion.gone()).get();
        } catch (InterruptedException e) {
            task.cancel(true);
            Thread.currentThread().interrupt();
            throw new CardException("interrupted while waiting for the card", e);
        } catch (ExecutionException e) {
            // the card threw: handled below
        }
        if (result.isDone() && !result.isCompletedExceptionally()) {
            byte[] response = result.join();
            if (response == null || response.length < 2) {
                throw new CardException(new PcscError(PcscError.NOT_TRANSACTED));
            }
            return response;
        }
        if (insertion.isGone()) {
            // Interrupt a slow card so a worker is not kept busy for a card that is gone.
            task.cancel(true);
            throw removed();
        }
        // The card broke its own contract (VirtualCard.process never throws): a mute card.
        throw new CardException(new PcscError(PcscError.NOT_TRANSACTED, causeOf(result)));
    }

    private static Throwable causeOf(CompletableFuture<byte[]> failed) {
        try {
            failed.join();
            return null;
        } catch (RuntimeException e) {
            return e.getCause() != null ? e.getCause() : e;
        }
    }

    private void withCard(Runnable action) {
        cardAccess.lock();
        try {
            action.run();
        } finally {
            cardAccess.unlock();
        }
    }

    static CardException removed() {
        return new CardException(new PcscError(PcscError.REMOVED_CARD));
    }

    @Override
    public String toString() {
        return "VirtualReader[" + name + "]";
    }
}
