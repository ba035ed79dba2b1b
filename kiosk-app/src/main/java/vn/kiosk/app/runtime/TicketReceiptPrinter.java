package vn.kiosk.app.runtime;

import java.util.Locale;
import java.util.Objects;
import vn.kiosk.app.flow.PrintOutcome;
import vn.kiosk.app.flow.ReceiptPrinter;
import vn.kiosk.app.flow.ReceiptView;
import vn.kiosk.app.i18n.Messages;
import vn.kiosk.app.print.PrintResult;
import vn.kiosk.app.print.Ticket;
import vn.kiosk.app.print.TicketPrinter;

/** Puts a flow's receipt on paper in the citizen's language, and says how that went. */
public final class TicketReceiptPrinter implements ReceiptPrinter {
    private final TicketPrinter printer;

    public TicketReceiptPrinter(TicketPrinter printer) {
        this.printer = Objects.requireNonNull(printer, "printer");
    }

    @Override
    public PrintOutcome print(ReceiptView receipt, Locale language) {
        PrintResult result = printer.print(ticket(receipt, Messages.of(language)));
        if (result instanceof PrintResult.Printed) {
            return PrintOutcome.PRINTED;
        }
        if (result instanceof PrintResult.SavedInstead) {
            System.getLogger("kiosk.printer").log(System.Logger.Level.WARNING,
                    "printer failed, ticket saved instead: " + ((PrintResult.SavedInstead) result).printerProblem());
            return PrintOutcome.FALLBACK;
        }
        System.getLogger("kiosk.printer").log(System.Logger.Level.WARNING,
                "ticket not printed: " + ((PrintResult.Failed) result).reason());
        return PrintOutcome.FAILED;
    }

    static Ticket ticket(ReceiptView receipt, Messages messages) {
        return new Ticket(messages.get("receipt.organisation"), messages.text(receipt.title()), receipt.headline(),
                receipt.rows().stream().map(r -> new Ticket.Line(messages.text(r.label()), messages.text(r.value())))
                        .toList(),
                receipt.qrPayload(), receipt.notes().stream().map(messages::text).toList());
    }
}
