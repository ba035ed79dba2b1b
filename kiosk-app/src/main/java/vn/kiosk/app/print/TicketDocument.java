package vn.kiosk.app.print;

import com.google.zxing.WriterException;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * The ticket as a one-page PDF shaped like an 80 mm receipt, the same layout as the thermal print.
 * The page is as tall as its content, so it prints on receipt paper and views well on screen.
 */
final class TicketDocument {

    private static final float MM = 72f / 25.4f;
    private static final float PAGE_WIDTH = 80 * MM;
    private static final float MARGIN = 5 * MM;
    private static final float CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN;
    private static final float QR_SIZE = 38 * MM;
    private static final float LEADING = 1.3f;

    /** One laid-out piece, top to bottom. */
    private sealed interface Item permits Text, Rule, Image, Gap {
        float height();
    }

    private record Text(String text, PDFont font, float size, boolean centred) implements Item {
        public float height() {
            return size * LEADING;
        }
    }

    private record Rule() implements Item {
        public float height() {
            return 3 * MM;
        }
    }

    private record Image(PDImageXObject image) implements Item {
        public float height() {
            return QR_SIZE;
        }
    }

    private record Gap(float height) implements Item {
    }

    private TicketDocument() {
    }

    /** A new document the caller must close. */
    static PDDocument build(Ticket ticket, TicketFonts fonts) throws IOException {
        PDDocument doc = new PDDocument();
        try {
            PDFont regular = PDType0Font.load(doc, fonts.regular().toFile());
            PDFont bold = fonts.bold().equals(fonts.regular()) ? regular : PDType0Font.load(doc, fonts.bold().toFile());
            List<Item> items = layout(doc, ticket, regular, bold);
            float height = 2 * MARGIN;
            for (Item item : items) {
                height += item.height();
            }
            PDPage page = new PDPage(new PDRectangle(PAGE_WIDTH, height));
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                draw(cs, items, height - MARGIN);
            }
            return doc;
        } catch (IOException | RuntimeException e) {
            doc.close();
            throw e;
        }
    }

    private static List<Item> layout(PDDocument doc, Ticket ticket, PDFont regular, PDFont bold)
            throws IOException {
        List<Item> items = new ArrayList<>();
        text(items, ticket.organisation(), regular, 9, true);
        text(items, ticket.title(), bold, 12, true);
        text(items, ticket.headline(), bold, 30, true);
        items.add(new Rule());
        if (!ticket.lines().isEmpty()) {
            for (Ticket.Line row : ticket.lines()) {
                String line = row.label().isBlank() || row.value().isBlank()
                        ? row.label() + row.value() : row.label() + ": " + row.value();
                text(items, line, regular, 10, false);
            }
            items.add(new Rule());
        }
        if (ticket.qrPayload().isPresent()) {
            try {
                BufferedImage qr = QrImage.of(ticket.qrPayload().get());
                items.add(new Image(LosslessFactory.createFromImage(doc, qr)));
                items.add(new Gap(2 * MM));
            } catch (WriterException e) {
                // Ticket caps the payload at QR capacity; a ticket without its QR still helps the citizen
                text(items, "[QR]", regular, 9, true);
            }
        }
        for (String note : ticket.notes()) {
            text(items, note, regular, 9, false);
        }
        return items;
    }

    private static void text(List<Item> items, String text, PDFont font, float size, boolean centred)
            throws IOException {
        if (text.isBlank()) {
            return;
        }
        for (String paragraph : TextClusters.paragraphs(text)) {
            for (String line : wrap(printable(paragraph, font), font, size)) {
                items.add(new Text(line, font, size, centred));
            }
        }
    }

    /** Characters the font has no glyph for become '?': PDFBox would throw on them. */
    private static String printable(String paragraph, PDFont font) {
        StringBuilder sb = new StringBuilder();
        for (String cluster : TextClusters.clusters(paragraph)) {
            try {
                font.encode(cluster);
                sb.append(cluster);
            } catch (IllegalArgumentException | IOException e) {
                sb.append('?');
            }
        }
        return sb.toString();
    }

    /** Word wrap by measured width; an over-long word is split between user-perceived characters. */
    private static List<String> wrap(String paragraph, PDFont font, float size) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : paragraph.trim().split(" +")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (width(candidate, font, size) <= CONTENT_WIDTH) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
            }
            for (String cluster : TextClusters.clusters(word)) {
                if (line.length() > 0 && width(line + cluster, font, size) > CONTENT_WIDTH) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                line.append(cluster);
            }
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static float width(String text, PDFont font, float size) throws IOException {
        return font.getStringWidth(text) / 1000f * size;
    }

    private static void draw(PDPageContentStream cs, List<Item> items, float top) throws IOException {
        float y = top;
        for (Item item : items) {
            y -= item.height();
            if (item instanceof Text t) {
                float x = t.centred() ? MARGIN + (CONTENT_WIDTH - width(t.text(), t.font(), t.size())) / 2 : MARGIN;
                cs.beginText();
                cs.setFont(t.font(), t.size());
                // baseline a little above the bottom of the line box, leaving room for descenders
                cs.newLineAtOffset(x, y + t.size() * (LEADING - 1) + t.size() * 0.2f);
                cs.showText(t.text());
                cs.endText();
            } else if (item instanceof Rule) {
                float ry = y + item.height() / 2;
                cs.setLineWidth(0.5f);
                cs.moveTo(MARGIN, ry);
                cs.lineTo(MARGIN + CONTENT_WIDTH, ry);
                cs.stroke();
            } else if (item instanceof Image image) {
                cs.drawImage(image.image(), MARGIN + (CONTENT_WIDTH - QR_SIZE) / 2, y, QR_SIZE, QR_SIZE);
            }
        }
    }
}
