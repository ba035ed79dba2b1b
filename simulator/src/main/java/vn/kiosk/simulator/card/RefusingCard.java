package vn.kiosk.simulator.card;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * A card, or a man in the middle in front of it, that answers some commands with a status word of
 * its choosing instead of passing them on: a chip that refuses PACE although EF.CardAccess offers
 * it (hoping the reader falls back to BAC), or a link that hides EF.CardAccess altogether.
 */
public final class RefusingCard extends ForwardingCard {
    private static final int SFI_CARD_ACCESS = 0x1C;

    private final Predicate<byte[]> refused;
    private final int statusWord;
    private final AtomicInteger refusals = new AtomicInteger();

    /**
     * @param refused    which command APDUs to refuse
     * @param statusWord the answer to them, e.g. 0x6A80
     */
    public RefusingCard(VirtualCard inner, Predicate<byte[]> refused, int statusWord) {
        super(inner);
        this.refused = Objects.requireNonNull(refused, "refused");
        this.statusWord = statusWord;
    }

    /** Refuses MSE:Set AT for PACE ({@code 00 22 C1 A4}) with this status word. */
    public static RefusingCard refusingPace(VirtualCard inner, int statusWord) {
        return new RefusingCard(inner, command -> header(command, 0x22, 0xC1, 0xA4), statusWord);
    }

    /**
     * Answers 6A82 (file not found) to every attempt to read or select EF.CardAccess, so that the
     * chip looks like one without PACE.
     */
    public static RefusingCard hidingCardAccess(VirtualCard inner) {
        return new RefusingCard(inner, command -> header(command, 0xB0, 0x80 | SFI_CARD_ACCESS, -1)
                || (command.length >= 7 && (command[1] & 0xFF) == 0xA4 && (command[5] & 0xFF) == 0x01
                && (command[6] & 0xFF) == 0x1C), 0x6A82);
    }

    private static boolean header(byte[] command, int ins, int p1, int p2) {
        return command.length >= 4 && (command[0] & 0x0C) == 0 && (command[1] & 0xFF) == ins
                && (command[2] & 0xFF) == p1 && (p2 < 0 || (command[3] & 0xFF) == p2);
    }

    @Override
    public byte[] process(byte[] command) {
        if (refused.test(command)) {
            refusals.incrementAndGet();
            return new byte[] {(byte) (statusWord >> 8), (byte) statusWord};
        }
        return super.process(command);
    }

    /** How many commands were refused so far. */
    public int refusals() {
        return refusals.get();
    }
}
