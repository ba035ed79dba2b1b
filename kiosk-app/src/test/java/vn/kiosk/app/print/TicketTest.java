package vn.kiosk.app.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TicketTest {

    @Test
    void toStringShowsOnlyTheTitle() {
        Ticket t = VietnameseTicketOverTcpTest.clinicTicket();
        assertEquals("Ticket[title=PHIẾU KHÁM BỆNH]", t.toString());
        String line = new Ticket.Line("Bệnh nhân", "Nguyễn Văn Trường").toString();
        assertFalse(line.contains("Nguyễn"), line);
    }

    @Test
    void rejectsNulls() {
        assertThrows(NullPointerException.class, () -> new Ticket(null, "t", "h", List.of(), Optional.empty(), List.of()));
        assertThrows(NullPointerException.class, () -> new Ticket("o", null, "h", List.of(), Optional.empty(), List.of()));
        assertThrows(NullPointerException.class, () -> new Ticket("o", "t", null, List.of(), Optional.empty(), List.of()));
        assertThrows(NullPointerException.class, () -> new Ticket("o", "t", "h", null, Optional.empty(), List.of()));
        assertThrows(NullPointerException.class, () -> new Ticket("o", "t", "h", List.of(), null, List.of()));
        assertThrows(NullPointerException.class, () -> new Ticket("o", "t", "h", List.of(), Optional.empty(), null));
        List<String> notes = new ArrayList<>();
        notes.add(null);
        assertThrows(NullPointerException.class, () -> new Ticket("o", "t", "h", List.of(), Optional.empty(), notes));
        assertThrows(NullPointerException.class, () -> new Ticket.Line(null, "v"));
        assertThrows(NullPointerException.class, () -> new Ticket.Line("l", null));
    }

    @Test
    void listsAreCopied() {
        List<Ticket.Line> lines = new ArrayList<>(List.of(new Ticket.Line("a", "b")));
        Ticket t = Ticket.of("o", "t", "h", lines);
        lines.clear();
        assertEquals(1, t.lines().size());
    }

    @Test
    void qrPayloadMustFitAQrCode() {
        assertThrows(IllegalArgumentException.class,
                () -> new Ticket("o", "t", "h", List.of(), Optional.of(""), List.of()));
        assertThrows(IllegalArgumentException.class,
                () -> new Ticket("o", "t", "h", List.of(), Optional.of("x".repeat(Ticket.MAX_QR_BYTES + 1)), List.of()));
        new Ticket("o", "t", "h", List.of(), Optional.of("x".repeat(Ticket.MAX_QR_BYTES)), List.of());
    }

    @Test
    void largestQrStillPrintsOnNarrowPaper() {
        Ticket t = new Ticket("o", "t", "h", List.of(), Optional.of("x".repeat(Ticket.MAX_QR_BYTES)), List.of());
        EscPosInterpreter.Result r = EscPosInterpreter.run(new EscPosEncoder(PaperWidth.MM58, EscPosCodePage.CP1258).encode(t));
        assertEquals(Ticket.MAX_QR_BYTES, r.qrCodes().get(0).data().length);
        // version 40 is 177 modules + quiet zone: 2 dots per module fit 384 dots
        assertEquals(2, r.qrCodes().get(0).moduleSize());
    }
}
