package vn.kiosk.app.print;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Writes each ticket as a PDF file into a directory: the fallback when the thermal printer fails
 * (staff print or show it later), or the only output on a kiosk without a printer.
 */
public final class PdfTicketWriter implements TicketPrinter {

    private final Path directory;
    private final Clock clock;
    private final List<Path> fontDirectories;

    public PdfTicketWriter(Path directory) {
        this(directory, Clock.systemDefaultZone(), TicketFonts.SYSTEM_FONT_DIRECTORIES);
    }

    /** @param fontDirectories where to look for DejaVu Sans / Noto Sans (see {@link TicketFonts}) */
    public PdfTicketWriter(Path directory, Clock clock, List<Path> fontDirectories) {
        this.directory = Objects.requireNonNull(directory, "directory");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.fontDirectories = List.copyOf(fontDirectories);
    }

    @Override
    public PrintResult print(Ticket ticket) {
        Objects.requireNonNull(ticket, "ticket");
        // looked up per ticket: a font package installed while the kiosk runs is picked up
        Optional<TicketFonts> fonts = TicketFonts.find(fontDirectories);
        if (fonts.isEmpty()) {
            return new PrintResult.Failed("pdf: no font with Vietnamese letters found; install "
                    + TicketFonts.lookingFor());
        }
        try (PDDocument doc = TicketDocument.build(ticket, fonts.get())) {
            Path file = TicketFiles.write(directory, TicketFiles.fileName(clock, ticket.headline(), "pdf"), doc::save);
            return new PrintResult.Printed("pdf " + file);
        } catch (IOException e) {
            return new PrintResult.Failed("pdf " + directory + ": " + e.getMessage());
        } catch (RuntimeException e) {
            // a PDFBox surprise must not stop the citizen's flow; the class name is enough to find it
            return new PrintResult.Failed("pdf " + directory + ": internal error (" + e.getClass().getSimpleName() + ")");
        }
    }

    @Override
    public PrinterStatus status() {
        String description = "pdf " + directory;
        if (TicketFonts.find(fontDirectories).isEmpty()) {
            return PrinterStatus.down(description, "no font with Vietnamese letters; install " + TicketFonts.lookingFor());
        }
        return TicketFiles.check(description, directory);
    }
}
