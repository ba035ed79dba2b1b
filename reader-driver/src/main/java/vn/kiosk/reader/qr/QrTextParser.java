package vn.kiosk.reader.qr;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Tells which QR a text is and reads it: the CCCD front QR, the căn cước 2024 QR, the VNeID app's
 * QR, or none of them. Never throws: whatever a camera, a scanner or a hostile screen gives us
 * ends as a {@link QrResult} with its problems listed.
 */
public final class QrTextParser {
    /** Delimiters a re-typed or differently laid-out card QR has been seen or could plausibly use. */
    private static final char[] OTHER_DELIMITERS = {';', '\t', '\n', ','};
    private static final int MIN_CARD_FIELDS = 4;

    private final CardQrParser cards;
    private final VneidQrParser vneid = new VneidQrParser();

    /** {@code clock} decides what "in the future" means for birth and issue dates. */
    public QrTextParser(Clock clock) {
        this.cards = new CardQrParser(clock);
    }

    /** Raw bytes from a scanner or a QR's byte segment: UTF-8 if valid, else Windows-1252 (noted). */
    public QrResult parse(byte[] bytes) {
        if (bytes == null) {
            return unrecognised("no text");
        }
        if (bytes.length > QrText.MAX_CHARS * 4) {
            return tooLong();
        }
        List<String> notes = new ArrayList<>();
        String text = QrText.decode(bytes, notes);
        QrResult result = parse(text);
        if (notes.isEmpty()) {
            return result;
        }
        List<String> problems = new ArrayList<>(notes);
        problems.addAll(result.problems());
        if (result instanceof QrResult.Recognised r) {
            return new QrResult.Recognised(r.kind(), r.identity(), r.accessKey(), problems);
        }
        return new QrResult.Unrecognised(problems);
    }

    public QrResult parse(String raw) {
        try {
            return read(raw);
        } catch (RuntimeException e) {
            // Belt and braces: every path above is meant not to throw, but a kiosk must never fall
            // over on what a stranger holds up to its camera.
            return unrecognised("the text could not be read (" + e.getClass().getSimpleName() + ")");
        }
    }

    private QrResult read(String raw) {
        if (raw == null) {
            return unrecognised("no text");
        }
        Optional<QrText> cleaned = QrText.clean(raw);
        if (cleaned.isEmpty()) {
            return tooLong();
        }
        QrText text = cleaned.get();
        if (text.text().isEmpty()) {
            return new QrResult.Unrecognised(with(text, "the text is empty"));
        }
        if (VneidQrParser.looksLikeVneid(text.text())) {
            return vneid.parse(text);
        }
        if (startsWithId(text.text(), '|')) {
            return cards.parse(text, '|');
        }
        for (char delimiter : OTHER_DELIMITERS) {
            if (startsWithId(text.text(), delimiter) && count(text.text(), delimiter) + 1 >= MIN_CARD_FIELDS) {
                return cards.parse(text, delimiter);
            }
        }
        if (text.text().indexOf('|') >= 0) {
            return new QrResult.Unrecognised(with(text, "'|'-separated, but the first field is not a 12-digit ID number"));
        }
        if (text.text().matches("\\d{12}")) {
            return new QrResult.Unrecognised(with(text, "a bare 12-digit number: no known ID QR is only that"));
        }
        return new QrResult.Unrecognised(with(text, "not a CCCD, căn cước or VNeID QR"));
    }

    private static boolean startsWithId(String text, char delimiter) {
        int end = text.indexOf(delimiter);
        return end >= 0 && text.substring(0, end).strip().matches("\\d{12}");
    }

    private static int count(String text, char c) {
        return (int) text.chars().filter(x -> x == c).count();
    }

    private static List<String> with(QrText text, String reason) {
        List<String> problems = new ArrayList<>(text.notes());
        problems.add(reason);
        return problems;
    }

    private static QrResult tooLong() {
        return unrecognised("longer than any QR code can hold: not an ID QR");
    }

    private static QrResult unrecognised(String reason) {
        return new QrResult.Unrecognised(Arrays.asList(reason));
    }
}
