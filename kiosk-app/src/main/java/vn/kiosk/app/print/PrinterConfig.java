package vn.kiosk.app.print;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The printer, from one operator setting string:
 * <ul>
 *   <li>{@code escpos:tcp://HOST[:PORT]} (port 9100 by default) or {@code escpos:file:/dev/usb/lp0},
 *       with options {@code ;width=58|80} (80), {@code ;codepage=cp1258|ascii} (cp1258),
 *       {@code ;table=N} (the ESC t number; the code page's Epson number by default),
 *       {@code ;timeout=SECONDS} (5) and {@code ;fallback=/DIR} (write a PDF there when printing fails)</li>
 *   <li>{@code pdf:/DIR} or {@code png:/DIR}: files only</li>
 *   <li>{@code none}: no printing</li>
 * </ul>
 */
public sealed interface PrinterConfig {

    /** @throws IllegalArgumentException with a message that tells the operator what to write instead */
    static PrinterConfig parse(String setting) {
        return PrinterConfigParser.parse(setting);
    }

    /** A thermal printer speaking ESC/POS. */
    record EscPos(PortAddress address, PaperWidth width, EscPosCodePage codePage, int codeTable,
                  Duration timeout, Optional<Path> pdfFallback) implements PrinterConfig {

        public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);

        public EscPos {
            Objects.requireNonNull(address, "address");
            Objects.requireNonNull(width, "width");
            Objects.requireNonNull(codePage, "codePage");
            Objects.requireNonNull(timeout, "timeout");
            Objects.requireNonNull(pdfFallback, "pdfFallback");
            if (codeTable < 0 || codeTable > 255) {
                throw new IllegalArgumentException("table must be 0..255, not " + codeTable);
            }
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("timeout must be positive");
            }
        }

        /** Defaults: 80 mm, CP1258 at its Epson table, 5 s, no fallback. */
        public static EscPos of(PortAddress address) {
            return new EscPos(address, PaperWidth.MM80, EscPosCodePage.CP1258,
                    EscPosCodePage.CP1258.defaultTable(), DEFAULT_TIMEOUT, Optional.empty());
        }
    }

    /** PDF files into a directory. */
    record Pdf(Path directory) implements PrinterConfig {
        public Pdf {
            Objects.requireNonNull(directory, "directory");
        }
    }

    /** PNG files into a directory. */
    record Png(Path directory) implements PrinterConfig {
        public Png {
            Objects.requireNonNull(directory, "directory");
        }
    }

    /** No printing at all. */
    record None() implements PrinterConfig {
    }
}
