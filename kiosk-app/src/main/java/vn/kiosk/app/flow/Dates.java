package vn.kiosk.app.flow;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;

/** Dates as Vietnamese write them (dd/MM/yyyy), on screen, on paper and in typed fields. */
public final class Dates {
    private static final DateTimeFormatter DISPLAY = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private Dates() {
    }

    public static String display(LocalDate date) {
        return DISPLAY.format(date);
    }

    private static final DateTimeFormatter DISPLAY_TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/uuuu");

    public static String display(java.time.LocalDateTime time) {
        return DISPLAY_TIME.format(time);
    }

    /** A contract local date-time (ISO, seconds optional), or empty when it is something else. */
    public static Optional<java.time.LocalDateTime> parseLocalDateTime(String iso) {
        try {
            return Optional.of(java.time.LocalDateTime.parse(iso));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** A contract date (ISO yyyy-MM-dd), or empty when the backend sent something else. */
    public static Optional<LocalDate> parseIso(String iso) {
        try {
            return Optional.of(LocalDate.parse(iso));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** A typed date, or empty when it is not a real dd/MM/yyyy date. */
    public static Optional<LocalDate> parse(String typed) {
        try {
            return Optional.of(LocalDate.parse(typed.trim(), DISPLAY));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
