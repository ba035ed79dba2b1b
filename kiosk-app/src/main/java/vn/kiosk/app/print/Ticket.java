package vn.kiosk.app.print;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What gets printed: a queue ticket, a receipt, a dossier slip. The caller localises every string
 * (Vietnamese or English); this package has no resource bundles and prints the strings as given.
 *
 * @param organisation issuing organisation, printed centred at the top (may be empty)
 * @param title        what the slip is ("PHIẾU KHÁM BỆNH"), printed centred and bold
 * @param headline     the big thing: queue number, dossier code, request number; printed double size
 *                     and used (sanitised) in fallback file names, so it must not hold personal data
 * @param lines        label/value rows ("Phòng" / "P.105")
 * @param qrPayload    text for a QR code under the rows, encoded as UTF-8
 * @param notes        free text at the bottom, wrapped to the paper
 */
public record Ticket(String organisation, String title, String headline, List<Line> lines,
                     Optional<String> qrPayload, List<String> notes) {

    /**
     * Largest QR payload: the byte-mode capacity of the biggest QR symbol (version 40) at error
     * correction M, which is what the printer and the PDF use.
     */
    public static final int MAX_QR_BYTES = 2331;

    public Ticket {
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(headline, "headline");
        Objects.requireNonNull(lines, "lines");
        Objects.requireNonNull(qrPayload, "qrPayload");
        Objects.requireNonNull(notes, "notes");
        lines = List.copyOf(lines);
        notes = List.copyOf(notes);
        if (qrPayload.isPresent()) {
            int bytes = qrPayload.get().getBytes(StandardCharsets.UTF_8).length;
            if (bytes == 0) {
                throw new IllegalArgumentException("qrPayload is empty; use Optional.empty() for no QR code");
            }
            if (bytes > MAX_QR_BYTES) {
                throw new IllegalArgumentException("qrPayload is " + bytes + " bytes; a QR code holds at most "
                        + MAX_QR_BYTES);
            }
        }
    }

    /** A ticket without QR code and notes. */
    public static Ticket of(String organisation, String title, String headline, List<Line> lines) {
        return new Ticket(organisation, title, headline, lines, Optional.empty(), List.of());
    }

    /** Only the title: the other fields may hold personal data (a masked name, an address). */
    @Override
    public String toString() {
        return "Ticket[title=" + title + "]";
    }

    /** One label/value row, e.g. "Phòng" / "P.105". */
    public record Line(String label, String value) {
        public Line {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(value, "value");
        }

        /** The label only: the value may be personal data. */
        @Override
        public String toString() {
            return "Line[label=" + label + "]";
        }
    }
}
