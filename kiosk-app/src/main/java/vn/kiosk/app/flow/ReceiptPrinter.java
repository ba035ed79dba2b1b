package vn.kiosk.app.flow;

import java.util.Locale;

/** Prints a receipt in the citizen's language; blocking, called off the screen's thread. */
@FunctionalInterface
public interface ReceiptPrinter {
    PrintOutcome print(ReceiptView receipt, Locale language);

    ReceiptPrinter NONE = (receipt, language) -> PrintOutcome.NONE;
}
