package vn.kiosk.simulator.card;

/**
 * A card that behaves like another except where a subclass says otherwise: the base of the fault
 * wrappers (slow link, removal, tampering), which only change how APDUs are answered.
 */
public abstract class ForwardingCard implements VirtualCard {
    private final VirtualCard inner;

    protected ForwardingCard(VirtualCard inner) {
        this.inner = inner;
    }

    @Override
    public byte[] atr() {
        return inner.atr();
    }

    @Override
    public void powerOn() {
        inner.powerOn();
    }

    @Override
    public byte[] process(byte[] command) {
        return inner.process(command);
    }
}
