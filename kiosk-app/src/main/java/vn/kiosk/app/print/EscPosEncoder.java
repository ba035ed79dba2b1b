package vn.kiosk.app.print;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.Encoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Turns a {@link Ticket} into an ESC/POS byte stream for a text-mode thermal printer.
 *
 * <p>Layout: organisation (centred), title (centred, bold), headline (centred, double size), a rule,
 * the label/value rows, a rule, the QR code (centred), the notes, then feed and partial cut.
 */
public final class EscPosEncoder {

    /** Modules of about 1 mm at 203 dpi: large enough for a phone camera, small enough for 58 mm. */
    private static final int MAX_QR_MODULE = 8;
    /** QR quiet zone: 4 modules each side. */
    private static final int QR_QUIET_MODULES = 8;
    private static final int ROW_INDENT = 2;

    private final PaperWidth paper;
    private final EscPosCodePage codePage;
    private final int codeTable;

    public EscPosEncoder(PaperWidth paper, EscPosCodePage codePage) {
        this(paper, codePage, codePage.defaultTable());
    }

    /** @param codeTable the ESC t number, for printers that number their tables unlike Epson */
    public EscPosEncoder(PaperWidth paper, EscPosCodePage codePage, int codeTable) {
        this.paper = Objects.requireNonNull(paper, "paper");
        this.codePage = Objects.requireNonNull(codePage, "codePage");
        if (codeTable < 0 || codeTable > 255) {
            throw new IllegalArgumentException("ESC t table number must be 0..255, not " + codeTable);
        }
        this.codeTable = codeTable;
    }

    public PaperWidth paper() {
        return paper;
    }

    public EscPosCodePage codePage() {
        return codePage;
    }

    /** The complete print job. Never throws for odd text: unprintable characters become '?'. */
    public byte[] encode(Ticket ticket) {
        int width = paper.columns();
        EscPosCommands cmd = new EscPosCommands().initialize().codeTable(codeTable)
                .align(EscPosCommands.Align.CENTER);
        lines(cmd, ticket.organisation(), width);
        cmd.bold(true);
        lines(cmd, ticket.title(), width);
        cmd.bold(false).doubleSize(true);
        lines(cmd, ticket.headline(), width / 2);
        cmd.doubleSize(false).align(EscPosCommands.Align.LEFT);
        rule(cmd, width);
        if (!ticket.lines().isEmpty()) {
            for (Ticket.Line row : ticket.lines()) {
                row(cmd, row, width);
            }
            rule(cmd, width);
        }
        ticket.qrPayload().ifPresent(payload -> {
            byte[] data = payload.getBytes(StandardCharsets.UTF_8);
            cmd.align(EscPosCommands.Align.CENTER).qrCode(data, qrModuleSize(payload))
                    .lineFeed().align(EscPosCommands.Align.LEFT);
        });
        for (String note : ticket.notes()) {
            lines(cmd, note, width);
        }
        return cmd.feedAndPartialCut(3).toByteArray();
    }

    /** Every paragraph of {@code text} wrapped to {@code width}; nothing for empty text. */
    private void lines(EscPosCommands cmd, String text, int width) {
        if (text.isBlank()) {
            return;
        }
        for (byte[] line : wrap(text, width)) {
            cmd.text(line).lineFeed();
        }
    }

    private List<byte[]> wrap(String text, int width) {
        List<byte[]> out = new ArrayList<>();
        for (String paragraph : TextClusters.paragraphs(text)) {
            out.addAll(LineWrapper.wrap(codePage.encodeClusters(paragraph), width));
        }
        return out;
    }

    /** "Label: value" on one line when it fits; otherwise the label, then the value indented below. */
    private void row(EscPosCommands cmd, Ticket.Line row, int width) {
        if (row.label().isBlank() || row.value().isBlank()) {
            lines(cmd, row.label().isBlank() ? row.value() : row.label(), width);
            return;
        }
        List<byte[]> oneLine = wrap(row.label() + ": " + row.value(), width);
        if (oneLine.size() == 1 && !row.value().contains("\n")) {
            cmd.text(oneLine.get(0)).lineFeed();
            return;
        }
        lines(cmd, row.label() + ":", width);
        byte[] indent = new byte[ROW_INDENT];
        Arrays.fill(indent, (byte) ' ');
        for (byte[] line : wrap(row.value(), width - ROW_INDENT)) {
            cmd.text(indent).text(line).lineFeed();
        }
    }

    private static void rule(EscPosCommands cmd, int width) {
        byte[] dashes = new byte[width];
        Arrays.fill(dashes, (byte) '-');
        cmd.text(dashes).lineFeed();
    }

    /** The biggest module size (up to about 1 mm) at which the symbol and its quiet zone fit the paper. */
    private int qrModuleSize(String payload) {
        try {
            int modules = Encoder.encode(payload, ErrorCorrectionLevel.M,
                    Map.of(EncodeHintType.CHARACTER_SET, "UTF-8")).getVersion().getDimensionForVersion();
            return Math.max(1, Math.min(MAX_QR_MODULE, paper.dots() / (modules + QR_QUIET_MODULES)));
        } catch (WriterException e) {
            // Ticket caps the payload at the version-40 capacity, so this is unreachable; small is safe
            return 2;
        }
    }
}
