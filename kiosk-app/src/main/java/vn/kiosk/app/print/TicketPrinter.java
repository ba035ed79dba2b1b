package vn.kiosk.app.print;

/**
 * Something that puts a ticket on paper (or into a file). Implementations never throw for device
 * problems (printer off, connection refused, timeout, missing device, full disk): they return
 * {@link PrintResult.Failed}, because a citizen at the kiosk must be able to carry on without the slip.
 */
public interface TicketPrinter {

    /** Prints the ticket; blocks at most the printer's configured timeout (plus a PDF write). */
    PrintResult print(Ticket ticket);

    /** A live check for the operator screen; blocks at most the printer's configured timeout. */
    PrinterStatus status();
}
