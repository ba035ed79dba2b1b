package vn.kiosk.app.config;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.crypto.SecretKey;
import javax.smartcardio.TerminalFactory;
import vn.kiosk.app.backend.BackendConfig;
import vn.kiosk.app.flow.FlowSettings;
import vn.kiosk.app.flow.ReceiptPrinter;
import vn.kiosk.app.outbox.OutboxKeys;
import vn.kiosk.app.runtime.RuntimeSetup;
import vn.kiosk.reader.verify.TrustStore;

/**
 * The operator's configuration of one kiosk ({@code --config FILE}, usually
 * {@code /etc/cccd-kiosk/kiosk.properties}), read and checked. Every setting is explained in
 * {@code docs/kiosk.example.properties}.
 *
 * @param source          the file it was loaded from
 * @param kioskId         this kiosk's id at the backend ({@code kiosk.id})
 * @param backend         the backend's address and pinned TLS ({@code backend.*}); its files were checked
 * @param trustDirectory  the CSCA folder ({@code trust.directory})
 * @param trust           what that folder held at load time; it has at least one CSCA
 * @param readerName      only this PC/SC reader ({@code reader.name}); empty for any
 * @param dataDirectory   where the outbox and ticket files live ({@code data.directory})
 * @param printer         the printer setting, unparsed ({@code printer}); {@code none} when not set
 * @param flow            services, assurance minimums, timeouts, language, voice
 * @param operatorPin     the operator screen's PIN hash ({@code operator.pin})
 * @param scannerSerial   a serial QR scanner's device ({@code scanner.serial}); empty for none
 * @param scannerKeyboard whether keyboard-wedge QR scanners are listened to ({@code scanner.keyboard})
 */
public record KioskConfig(Path source, String kioskId, BackendConfig backend, Path trustDirectory, TrustStore trust,
                          Optional<String> readerName, Path dataDirectory, String printer, FlowSettings flow,
                          OperatorPin operatorPin, Optional<Path> scannerSerial, boolean scannerKeyboard) {

    /** Where the packaging installs the file. */
    public static final Path DEFAULT_FILE = Path.of("/etc/cccd-kiosk/kiosk.properties");

    static final Pattern KIOSK_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    public KioskConfig {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(kioskId, "kioskId");
        Objects.requireNonNull(backend, "backend");
        Objects.requireNonNull(trustDirectory, "trustDirectory");
        Objects.requireNonNull(trust, "trust");
        Objects.requireNonNull(readerName, "readerName");
        Objects.requireNonNull(dataDirectory, "dataDirectory");
        Objects.requireNonNull(printer, "printer");
        Objects.requireNonNull(flow, "flow");
        Objects.requireNonNull(operatorPin, "operatorPin");
        Objects.requireNonNull(scannerSerial, "scannerSerial");
        if (!kioskId.equals(backend.kioskId())) {
            throw new IllegalArgumentException("the backend configuration is for another kiosk id");
        }
    }

    /**
     * Reads and checks {@code file}: every setting, the backend's TLS files, and the trust folder
     * (loaded here, so a kiosk with no CSCA does not start). Writes nothing.
     *
     * @throws ConfigException listing everything wrong with the file, in words for the operator
     */
    public static KioskConfig load(Path file) {
        return load(file, Clock.systemUTC());
    }

    /** As {@link #load(Path)}, judging master lists in the trust folder at {@code clock}'s time. */
    public static KioskConfig load(Path file, Clock clock) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(clock, "clock");
        return ConfigLoader.load(file, clock);
    }

    /** The outbox's SQLite database. */
    public Path outboxDatabase() {
        return dataDirectory.resolve("outbox.db");
    }

    /** The outbox's AES-256 body key, kept apart from the database. */
    public Path outboxKeyFile() {
        return dataDirectory.resolve("outbox.key");
    }

    /** Where tickets go when they cannot be printed (and a {@code pdf:} printer's default). */
    public Path ticketDirectory() {
        return dataDirectory.resolve("tickets");
    }

    /**
     * The outbox key, created on the kiosk's first start (see {@link OutboxKeys#loadOrCreate}).
     *
     * @throws ConfigException if it cannot be read or created, or others can read it
     */
    public SecretKey loadOrCreateOutboxKey() {
        try {
            return OutboxKeys.loadOrCreate(outboxKeyFile());
        } catch (IOException e) {
            throw ConfigException.of(source, Keys.DATA_DIRECTORY, "the outbox key " + outboxKeyFile()
                    + " cannot be used: " + e.getMessage());
        }
    }

    /**
     * The running kiosk's parts from this configuration; the caller supplies what the configuration
     * only names (the PC/SC readers, the printer built from {@link #printer()}).
     */
    public RuntimeSetup runtimeSetup(TerminalFactory terminals, ReceiptPrinter receiptPrinter, Clock clock) {
        return new RuntimeSetup(terminals, trust, backend, outboxDatabase(), loadOrCreateOutboxKey(), receiptPrinter,
                flow, clock);
    }
}
