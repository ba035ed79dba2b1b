package vn.kiosk.app.runtime;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import vn.kiosk.app.backend.BackendConfig;
import vn.kiosk.app.demo.DemoWorld;
import vn.kiosk.app.flow.FlowSettings;
import vn.kiosk.app.outbox.OutboxKeys;
import vn.kiosk.app.print.Printers;

/** The kiosk wired to the demo world: virtual reader, reference backend, tickets as PDF files. */
public final class DemoSetup {
    public static final String KIOSK_ID = "KIOSK-DEMO-01";

    private DemoSetup() {
    }

    /** @param dir a scratch folder for the outbox and the ticket PDFs */
    public static RuntimeSetup of(DemoWorld world, Path dir) {
        Path tickets = dir.resolve("tickets").toAbsolutePath();
        return new RuntimeSetup(world.terminals(), world.trust(),
                BackendConfig.of(world.backendOrigin(), KIOSK_ID, Optional.empty()),
                dir.resolve("outbox/outbox.db"), OutboxKeys.generate(),
                new TicketReceiptPrinter(Printers.from("pdf:" + tickets)), FlowSettings.defaults(), Clock.systemUTC());
    }
}
