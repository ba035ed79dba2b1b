package vn.kiosk.app.runtime;

import java.time.Clock;
import vn.kiosk.app.backend.BackendClient;
import vn.kiosk.app.config.PinAttempts;
import vn.kiosk.app.operator.BackendProbe;
import vn.kiosk.app.operator.CardTestRead;
import vn.kiosk.app.operator.DeviceStatus;
import vn.kiosk.app.operator.ErrorJournal;
import vn.kiosk.app.operator.OperatorDesk;
import vn.kiosk.app.operator.ReaderProbe;
import vn.kiosk.app.operator.StatusCollector;
import vn.kiosk.app.print.PrinterStatus;

/** Builds the operator screen's desk from a running kiosk. */
public final class OperatorDesks {
    private OperatorDesks() {
    }

    public static OperatorDesk of(KioskRuntime runtime, KioskParts parts, ErrorJournal journal, String scanner) {
        Clock clock = Clock.systemUTC();
        RuntimeSetup setup = runtime.setup();
        // a client of its own with one quick attempt: the screen must not wait out the kiosk's retries
        BackendClient probe = BackendClient.create(BackendProbe.quick(setup.backend()));
        StatusCollector status = StatusCollector.builder(clock)
                .startedAt(clock.instant())
                .appVersion(version())
                .readers(ReaderProbe.of(setup.terminals()))
                .backend(BackendProbe.of(probe))
                .outbox(runtime.outbox()::stats)
                .trust(setup::trust)
                .printer(() -> device(parts.printer().status()))
                .scanner(() -> DeviceStatus.unknown(scanner))
                .journal(journal::entries)
                .build();
        return new OperatorDesk(new PinAttempts(parts.operatorPin(), clock), status, new CardTestRead(runtime.cards()));
    }

    private static DeviceStatus device(PrinterStatus printer) {
        switch (printer.reachable()) {
            case YES:
                return DeviceStatus.ok(printer.description());
            case NO:
                return DeviceStatus.failed(printer.description(), printer.lastError().orElse(""));
            default:
                return DeviceStatus.unknown(printer.description());
        }
    }

    private static String version() {
        String version = OperatorDesks.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }
}
