package vn.kiosk.simulator.pcsc;

import java.security.NoSuchAlgorithmException;
import java.security.Provider;
import javax.smartcardio.TerminalFactory;

/**
 * A JCA provider whose TerminalFactory type {@value #TYPE} makes {@link VirtualReaders} look like
 * ordinary PC/SC readers, so code written against javax.smartcardio (the reader driver, the
 * kiosk) runs unchanged against virtual cards. It is never registered globally: pass an instance
 * to {@link TerminalFactory#getInstance(String, Object, Provider)}, or use
 * {@link #terminalFactory(VirtualReaders)}.
 */
public final class VirtualPcscProvider extends Provider {

    private static final long serialVersionUID = 1L;

    public static final String NAME = "KioskVirtualPCSC";
    public static final String TYPE = "VirtualCCCD";

    public VirtualPcscProvider() {
        super(NAME, "1.0", "Virtual CCCD readers for tests and demo mode");
        putService(new FactoryService(this));
    }

    /** The factory over {@code readers}. */
    public static TerminalFactory terminalFactory(VirtualReaders readers) {
        try {
            return TerminalFactory.getInstance(TYPE, readers, new VirtualPcscProvider());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the virtual PC/SC provider failed to register itself", e);
        }
    }

    /**
     * Builds the SPI directly instead of by reflection, so the SPI class stays package-private
     * and the parameter type is checked with a clear message.
     */
    private static final class FactoryService extends Provider.Service {
        FactoryService(Provider provider) {
            super(provider, "TerminalFactory", TYPE, VirtualTerminalFactorySpi.class.getName(), null, null);
        }

        @Override
        public Object newInstance(Object parameter) throws NoSuchAlgorithmException {
            if (parameter instanceof VirtualReaders readers) {
                return new VirtualTerminalFactorySpi(readers);
            }
            throw new NoSuchAlgorithmException(TYPE + " needs a " + VirtualReaders.class.getSimpleName()
                    + " parameter, got " + (parameter == null ? "null" : parameter.getClass().getName()));
        }
    }
}
