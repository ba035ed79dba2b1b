package vn.kiosk.app.print;

import java.util.Objects;

/**
 * Tries the primary printer and, when it fails, the fallback (typically a PDF into a directory), so
 * that a printer out of paper never loses the citizen's ticket. The result names both.
 */
public final class FallbackPrinter implements TicketPrinter {

    private final TicketPrinter primary;
    private final TicketPrinter fallback;

    public FallbackPrinter(TicketPrinter primary, TicketPrinter fallback) {
        this.primary = Objects.requireNonNull(primary, "primary");
        this.fallback = Objects.requireNonNull(fallback, "fallback");
    }

    /**
     * Printed by the primary: its result as is. Otherwise {@link PrintResult.SavedInstead} with where
     * the fallback put it and why the printer failed, or Failed with both reasons.
     */
    @Override
    public PrintResult print(Ticket ticket) {
        PrintResult first = attempt(primary, ticket);
        if (!(first instanceof PrintResult.Failed primaryFailed)) {
            return first;
        }
        PrintResult second = attempt(fallback, ticket);
        if (second instanceof PrintResult.Failed fallbackFailed) {
            return new PrintResult.Failed(primaryFailed.reason() + "; fallback failed too: " + fallbackFailed.reason());
        }
        String where = second instanceof PrintResult.Printed saved ? saved.where()
                : ((PrintResult.SavedInstead) second).where();
        return new PrintResult.SavedInstead(where, primaryFailed.reason());
    }

    /** The primary's status, the fallback named in the description so the operator knows it exists. */
    @Override
    public PrinterStatus status() {
        PrinterStatus p = primary.status();
        PrinterStatus f = fallback.status();
        String description = p.description() + ", fallback " + f.description()
                + (f.reachable() == PrinterStatus.Reachable.YES ? "" : " (" + f.lastError().orElse("not reachable") + ")");
        return new PrinterStatus(p.reachable(), description, p.lastError());
    }

    /*
     * Printers return Failed for device trouble; a RuntimeException here is a bug, but the citizen
     * should still get the fallback ticket rather than an error screen.
     */
    private static PrintResult attempt(TicketPrinter printer, Ticket ticket) {
        try {
            return printer.print(ticket);
        } catch (RuntimeException e) {
            return new PrintResult.Failed("internal error (" + e.getClass().getSimpleName() + ")");
        }
    }
}
