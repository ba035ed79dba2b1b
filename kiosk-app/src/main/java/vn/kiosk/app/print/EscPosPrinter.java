package vn.kiosk.app.print;

import java.io.IOException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/** A thermal printer: encodes the ticket as ESC/POS and sends it through a port. */
public final class EscPosPrinter implements TicketPrinter {

    private final PrinterPort port;
    private final EscPosEncoder encoder;
    private final Duration timeout;
    /** The last print failure, for the operator screen; cleared by a good print. */
    private final AtomicReference<String> lastError = new AtomicReference<>();

    public EscPosPrinter(PrinterPort port, EscPosEncoder encoder, Duration timeout) {
        this.port = Objects.requireNonNull(port, "port");
        this.encoder = Objects.requireNonNull(encoder, "encoder");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("printer timeout must be positive");
        }
    }

    @Override
    public PrintResult print(Ticket ticket) {
        Objects.requireNonNull(ticket, "ticket");
        byte[] job = encoder.encode(ticket);
        try {
            port.write(job, timeout);
            lastError.set(null);
            return new PrintResult.Printed(port.description());
        } catch (IOException e) {
            String detail = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
            String reason = "printer " + port.description() + ": " + detail;
            lastError.set(reason);
            return new PrintResult.Failed(reason);
        }
    }

    @Override
    public PrinterStatus status() {
        return port.check(timeout).withLastPrintError(Optional.ofNullable(lastError.get()));
    }
}
