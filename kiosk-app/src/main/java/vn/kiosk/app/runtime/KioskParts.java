package vn.kiosk.app.runtime;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import vn.kiosk.app.backend.BackendConfig;
import vn.kiosk.app.config.KioskConfig;
import vn.kiosk.app.config.OperatorPin;
import vn.kiosk.app.demo.DemoWorld;
import vn.kiosk.app.flow.FlowSettings;
import vn.kiosk.app.outbox.OutboxKeys;
import vn.kiosk.app.print.Printers;
import vn.kiosk.app.print.TicketPrinter;
import vn.kiosk.reader.transport.Terminals;

/**
 * Everything a kiosk is started from, loaded: from the operator's configuration file, or made up
 * for the demo.
 *
 * @param serialScanner a serial QR scanner's device, if there is one
 * @param keyboardScanner whether keyboard-wedge scanners are listened to
 */
public record KioskParts(RuntimeSetup setup, TicketPrinter printer, OperatorPin operatorPin,
                         Optional<Path> serialScanner, boolean keyboardScanner) {
    public static final String DEMO_KIOSK_ID = "KIOSK-DEMO-01";
    /** The demo's operator PIN; README tells it. A configured kiosk has only its hash. */
    public static final String DEMO_OPERATOR_PIN = "2468";
    /**
     * {@link #DEMO_OPERATOR_PIN} hashed once with {@code PinHashTool}. Hashing it at every start cost
     * the demo about half a second of PBKDF2 (600,000 rounds) before its window; the PIN itself is
     * public, so a salt fixed in the source hides nothing it would otherwise hide.
     */
    private static final String DEMO_OPERATOR_PIN_HASH = "pbkdf2-sha256:600000:03213cacdc68dd1c75ca83e30ac9f202:"
            + "5e8731046a661b66592e7b02d1b76cecfbdbcc7d896457ead8eb37738176a8d1";

    public KioskParts {
        Objects.requireNonNull(setup, "setup");
        Objects.requireNonNull(printer, "printer");
        Objects.requireNonNull(operatorPin, "operatorPin");
        Objects.requireNonNull(serialScanner, "serialScanner");
    }

    /**
     * The operator's kiosk: the real PC/SC readers, the configured backend and printer.
     *
     * @throws vn.kiosk.app.config.ConfigException when the file is wrong (the message says how)
     * @throws vn.kiosk.reader.error.LinkException when the PC/SC service cannot be reached
     */
    public static KioskParts configured(KioskConfig config) throws vn.kiosk.reader.error.LinkException {
        TicketPrinter printer = Printers.from(config.printer());
        RuntimeSetup setup = config.runtimeSetup(Terminals.pcsc(), new TicketReceiptPrinter(printer),
                Clock.systemUTC()).withReader(config.readerName());
        return new KioskParts(setup, printer, config.operatorPin(), config.scannerSerial(), config.scannerKeyboard());
    }

    /** The demo: the virtual reader and reference backend of {@code world}, tickets as PDFs under {@code dir}. */
    public static KioskParts demo(DemoWorld world, Path dir) {
        TicketPrinter printer = Printers.from("pdf:" + dir.resolve("tickets").toAbsolutePath());
        RuntimeSetup setup = new RuntimeSetup(world.terminals(), world.trust(),
                BackendConfig.of(world.backendOrigin(), DEMO_KIOSK_ID, Optional.empty()),
                dir.resolve("outbox/outbox.db"), OutboxKeys.generate(), new TicketReceiptPrinter(printer),
                FlowSettings.defaults(), Clock.systemUTC());
        return new KioskParts(setup, printer, OperatorPin.parse(DEMO_OPERATOR_PIN_HASH), Optional.empty(), true);
    }
}
