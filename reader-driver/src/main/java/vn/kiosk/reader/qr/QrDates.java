package vn.kiosk.reader.qr;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;

/** The QR's dates: {@code ddMMyyyy}, real calendar dates only (no 30 February). */
final class QrDates {
    private static final DateTimeFormatter COMPACT = DateTimeFormatter.ofPattern("ddMMuuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    // Some readers re-type the QR with separators; accepted, and said so by the caller.
    private static final DateTimeFormatter SLASHED = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private QrDates() {
    }

    /** True for text shaped like a date, whether or not it is a real one. */
    static boolean looksLikeDate(String text) {
        return text.matches("\\d{8}|\\d{2}[/.-]\\d{2}[/.-]\\d{4}");
    }

    static boolean isCompact(String text) {
        return text.matches("\\d{8}");
    }

    static Optional<LocalDate> parse(String text) {
        try {
            if (isCompact(text)) {
                return Optional.of(LocalDate.parse(text, COMPACT));
            }
            if (looksLikeDate(text)) {
                return Optional.of(LocalDate.parse(text.replace('.', '/').replace('-', '/'), SLASHED));
            }
        } catch (DateTimeParseException e) {
            // not a real calendar date: the caller reports it
        }
        return Optional.empty();
    }
}
