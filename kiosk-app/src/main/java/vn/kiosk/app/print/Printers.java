package vn.kiosk.app.print;

import java.util.Objects;

/** Builds the kiosk's {@link TicketPrinter} from its {@link PrinterConfig}. */
public final class Printers {

    private Printers() {
    }

    /** {@code Printers.from(PrinterConfig.parse(setting))}. */
    public static TicketPrinter from(String setting) {
        return from(PrinterConfig.parse(setting));
    }

    /** An ESC/POS printer with a {@code fallback} directory is wrapped in a {@link FallbackPrinter} to PDF. */
    public static TicketPrinter from(PrinterConfig config) {
        Objects.requireNonNull(config, "config");
        if (config instanceof PrinterConfig.EscPos e) {
            TicketPrinter printer = new EscPosPrinter(e.address().open(),
                    new EscPosEncoder(e.width(), e.codePage(), e.codeTable()), e.timeout());
            return e.pdfFallback().<TicketPrinter>map(dir -> new FallbackPrinter(printer, new PdfTicketWriter(dir)))
                    .orElse(printer);
        }
        if (config instanceof PrinterConfig.Pdf pdf) {
            return new PdfTicketWriter(pdf.directory());
        }
        if (config instanceof PrinterConfig.Png png) {
            return new PngTicketWriter(png.directory());
        }
        return new NoPrinter();
    }
}
