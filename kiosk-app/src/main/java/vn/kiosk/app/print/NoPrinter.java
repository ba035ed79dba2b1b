package vn.kiosk.app.print;

import java.util.Optional;

/** The "none" setting: a kiosk without printer; every print fails politely so the flow carries on. */
public final class NoPrinter implements TicketPrinter {

    @Override
    public PrintResult print(Ticket ticket) {
        return new PrintResult.Failed("no printer configured");
    }

    @Override
    public PrinterStatus status() {
        return new PrinterStatus(PrinterStatus.Reachable.UNKNOWN, "none (printing disabled)", Optional.empty());
    }
}
