package vn.kiosk.app.print;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * The ticket as a PNG image: rendered from the same PDF layout, so the two never drift apart. For
 * showing the ticket on the kiosk screen (the citizen can photograph it) or saving it as a file.
 */
public final class PngTicketWriter implements TicketPrinter {

    /** The resolution of the thermal printers, so the image matches a printed ticket. */
    private static final float DPI = 203;

    private final Path directory;
    private final Clock clock;
    private final List<Path> fontDirectories;

    public PngTicketWriter(Path directory) {
        this(directory, Clock.systemDefaultZone(), TicketFonts.SYSTEM_FONT_DIRECTORIES);
    }

    public PngTicketWriter(Path directory, Clock clock, List<Path> fontDirectories) {
        this.directory = Objects.requireNonNull(directory, "directory");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.fontDirectories = List.copyOf(fontDirectories);
    }

    /** The ticket as PNG bytes, e.g. for {@code new javafx.scene.image.Image(InputStream)}. */
    public byte[] renderPng(Ticket ticket) throws IOException {
        TicketFonts fonts = TicketFonts.find(fontDirectories).orElseThrow(() -> new IOException(
                "no font with Vietnamese letters found; install " + TicketFonts.lookingFor()));
        BufferedImage image;
        try (PDDocument doc = TicketDocument.build(ticket, fonts)) {
            image = new PDFRenderer(doc).renderImageWithDPI(0, DPI, ImageType.GRAY);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    @Override
    public PrintResult print(Ticket ticket) {
        Objects.requireNonNull(ticket, "ticket");
        try {
            byte[] png = renderPng(ticket);
            Path file = TicketFiles.write(directory, TicketFiles.fileName(clock, ticket.headline(), "png"),
                    out -> out.write(png));
            return new PrintResult.Printed("png " + file);
        } catch (IOException e) {
            return new PrintResult.Failed("png " + directory + ": " + e.getMessage());
        } catch (RuntimeException e) {
            // a PDFBox or ImageIO surprise must not stop the citizen's flow
            return new PrintResult.Failed("png " + directory + ": internal error (" + e.getClass().getSimpleName() + ")");
        }
    }

    @Override
    public PrinterStatus status() {
        Optional<TicketFonts> fonts = TicketFonts.find(fontDirectories);
        String description = "png " + directory;
        if (fonts.isEmpty()) {
            return PrinterStatus.down(description, "no font with Vietnamese letters; install " + TicketFonts.lookingFor());
        }
        return TicketFiles.check(description, directory);
    }
}
