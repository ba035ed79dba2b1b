package vn.kiosk.simulator.pcsc;

import javax.smartcardio.CardTerminals;
import javax.smartcardio.TerminalFactorySpi;

/** The SPI behind {@code TerminalFactory.getInstance("VirtualCCCD", readers, provider)}. */
final class VirtualTerminalFactorySpi extends TerminalFactorySpi {

    private final VirtualReaders readers;

    VirtualTerminalFactorySpi(VirtualReaders readers) {
        this.readers = readers;
    }

    /** A new object per call, as the JDK requires: each keeps its own waitForChange state. */
    @Override
    protected CardTerminals engineTerminals() {
        return new VirtualCardTerminals(readers);
    }
}
