package vn.kiosk.app.runtime;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import javax.crypto.SecretKey;
import javax.smartcardio.TerminalFactory;
import vn.kiosk.app.backend.BackendConfig;
import vn.kiosk.app.flow.FlowSettings;
import vn.kiosk.app.flow.ReceiptPrinter;
import vn.kiosk.reader.verify.TrustStore;

/**
 * Everything a running kiosk is made of, already loaded: from the operator's configuration file,
 * or from the demo world.
 *
 * @param outboxDatabase the outbox's SQLite file
 * @param outboxKey      its AES-256 body key
 * @param readerName     the one PC/SC reader to use; empty for any
 */
public record RuntimeSetup(TerminalFactory terminals, TrustStore trust, BackendConfig backend, Path outboxDatabase,
                           SecretKey outboxKey, ReceiptPrinter printer, FlowSettings settings, Clock clock,
                           Optional<String> readerName) {
    public RuntimeSetup {
        Objects.requireNonNull(terminals, "terminals");
        Objects.requireNonNull(trust, "trust");
        Objects.requireNonNull(backend, "backend");
        Objects.requireNonNull(outboxDatabase, "outboxDatabase");
        Objects.requireNonNull(outboxKey, "outboxKey");
        Objects.requireNonNull(printer, "printer");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(readerName, "readerName");
    }

    /** Any reader. */
    public RuntimeSetup(TerminalFactory terminals, TrustStore trust, BackendConfig backend, Path outboxDatabase,
                        SecretKey outboxKey, ReceiptPrinter printer, FlowSettings settings, Clock clock) {
        this(terminals, trust, backend, outboxDatabase, outboxKey, printer, settings, clock, Optional.empty());
    }

    public RuntimeSetup withReader(Optional<String> name) {
        return new RuntimeSetup(terminals, trust, backend, outboxDatabase, outboxKey, printer, settings, clock, name);
    }

    public RuntimeSetup withPrinter(ReceiptPrinter newPrinter) {
        return new RuntimeSetup(terminals, trust, backend, outboxDatabase, outboxKey, newPrinter, settings, clock, readerName);
    }

    public RuntimeSetup withSettings(FlowSettings newSettings) {
        return new RuntimeSetup(terminals, trust, backend, outboxDatabase, outboxKey, printer, newSettings, clock, readerName);
    }

    public RuntimeSetup withClock(Clock newClock) {
        return new RuntimeSetup(terminals, trust, backend, outboxDatabase, outboxKey, printer, settings, newClock, readerName);
    }
}
