package vn.kiosk.simulator.testing;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import vn.kiosk.reader.apdu.CommandApdu;
import vn.kiosk.simulator.card.VirtualCard;

/**
 * A test card that answers every command with its own data followed by 9000, so a test can see
 * exactly what reached the card. It can also hold the next commands until the test releases
 * them ({@link #holdCommands()}), to remove a card while a transmit is provably pending.
 */
public final class EchoCard implements VirtualCard {

    /**
     * Contactless-style ATR (PC/SC part 3 shape) whose historical bytes carry the card
     * capabilities F7 41 E0: extended Lc/Le supported.
     */
    public static final byte[] EXTENDED_ATR = HexFormat.of().parseHex("3B8A800180318073F741E08290000D");

    private final byte[] atr;
    private final AtomicInteger powerOns = new AtomicInteger();
    private final AtomicInteger commands = new AtomicInteger();
    private volatile CountDownLatch hold = new CountDownLatch(0);
    private volatile CountDownLatch holding = new CountDownLatch(1);

    public EchoCard() {
        this(EXTENDED_ATR);
    }

    public EchoCard(byte[] atr) {
        this.atr = atr.clone();
    }

    @Override
    public byte[] atr() {
        return atr.clone();
    }

    @Override
    public void powerOn() {
        powerOns.incrementAndGet();
    }

    @Override
    public byte[] process(byte[] command) {
        commands.incrementAndGet();
        CountDownLatch gate = hold;
        if (gate.getCount() > 0) {
            holding.countDown();
            try {
                gate.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt(); // the reader gave up on us: answer anyway
            }
        }
        byte[] data;
        try {
            data = CommandApdu.parse(command).data();
        } catch (IllegalArgumentException e) {
            return new byte[] {0x67, 0x00};
        }
        byte[] response = Arrays.copyOf(data, data.length + 2);
        response[data.length] = (byte) 0x90;
        return response;
    }

    /** From now on, commands wait inside the card until {@link #release()} (or 10 s pass). */
    public void holdCommands() {
        holding = new CountDownLatch(1);
        hold = new CountDownLatch(1);
    }

    /** Blocks until a command is being held, i.e. a transmit is pending on the card. */
    public boolean awaitHeldCommand(long millis) throws InterruptedException {
        return holding.await(millis, TimeUnit.MILLISECONDS);
    }

    public void release() {
        hold.countDown();
    }

    public int powerOns() {
        return powerOns.get();
    }

    public int commands() {
        return commands.get();
    }
}
