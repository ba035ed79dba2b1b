package vn.kiosk.app.print;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The "done": a ticket printed to a fake ESC/POS printer decodes back to the expected Vietnamese. */
class VietnameseTicketOverTcpTest {

    static final String QR = "https://dichvucong.gov.vn/q/A012?p=Phòng P.105";

    static Ticket clinicTicket() {
        return new Ticket("Bệnh viện Đa khoa tỉnh", "PHIẾU KHÁM BỆNH", "A012", List.of(
                new Ticket.Line("Khoa", "Nội tổng hợp"),
                new Ticket.Line("Phòng", "P.105"),
                new Ticket.Line("Dự kiến chờ", "25 phút"),
                new Ticket.Line("Bệnh nhân", "Nguyễn Văn Trường"),
                new Ticket.Line("Người đi kèm", "Đặng Thị Hằng"),
                new Ticket.Line("Địa chỉ", "Số 12 đường Nguyễn Trãi, phường Bến Thành, quận 1")),
                Optional.of(QR),
                List.of("Vui lòng chờ gọi số. Xin cảm ơn!", "Đến trước giờ hẹn 10 phút.",
                        "MANG THEO NHỮNG GIẤY TỜ GỐC"));
    }

    @Test
    void printsVietnameseTicketThatDecodesBack() throws Exception {
        try (FakeEscPosPrinter printer = new FakeEscPosPrinter()) {
            TicketPrinter escpos = new EscPosPrinter(new TcpPrinterPort("127.0.0.1", printer.port()),
                    new EscPosEncoder(PaperWidth.MM58, EscPosCodePage.CP1258), Duration.ofSeconds(5));

            PrintResult result = escpos.print(clinicTicket());

            assertEquals(new PrintResult.Printed("tcp 127.0.0.1:" + printer.port()), result);
            EscPosInterpreter.Result printed = EscPosInterpreter.run(printer.awaitJob(Duration.ofSeconds(5)));
            String rule = "-".repeat(32);
            assertEquals(List.of(
                    "Bệnh viện Đa khoa tỉnh",
                    "PHIẾU KHÁM BỆNH",
                    "A012",
                    rule,
                    "Khoa: Nội tổng hợp",
                    "Phòng: P.105",
                    "Dự kiến chờ: 25 phút",
                    "Bệnh nhân: Nguyễn Văn Trường",
                    "Người đi kèm: Đặng Thị Hằng",
                    "Địa chỉ:",
                    "  Số 12 đường Nguyễn Trãi,",
                    "  phường Bến Thành, quận 1",
                    rule,
                    EscPosInterpreter.QR_MARK,
                    "",
                    "Vui lòng chờ gọi số. Xin",
                    "cảm ơn!",
                    "Đến trước giờ hẹn 10 phút.",
                    "MANG THEO NHỮNG GIẤY TỜ GỐC"), printed.texts());

            List<EscPosInterpreter.Line> lines = printed.lines();
            assertEquals(new EscPosInterpreter.Line("Bệnh viện Đa khoa tỉnh", false, 1, 1, 1), lines.get(0));
            assertEquals(new EscPosInterpreter.Line("PHIẾU KHÁM BỆNH", true, 1, 1, 1), lines.get(1));
            assertEquals(new EscPosInterpreter.Line("A012", false, 2, 2, 1), lines.get(2));
            assertEquals(new EscPosInterpreter.Line("Khoa: Nội tổng hợp", false, 1, 1, 0), lines.get(4));

            assertEquals(1, printed.qrCodes().size());
            EscPosInterpreter.Qr qr = printed.qrCodes().get(0);
            assertEquals(QR, new String(qr.data(), StandardCharsets.UTF_8));
            assertEquals(50, qr.model(), "model 2");
            assertEquals(49, qr.errorCorrection(), "level M");
            assertTrue(qr.moduleSize() >= 1 && qr.moduleSize() <= 8, "module size " + qr.moduleSize());

            assertEquals(1, printed.cuts());
            assertTrue(printed.endsWithCut(), "the job ends with the cut");
        }
    }

    @Test
    void everyTextLineFitsThePaperInPrinterCells() {
        for (PaperWidth width : PaperWidth.values()) {
            byte[] job = new EscPosEncoder(width, EscPosCodePage.CP1258).encode(clinicTicket());
            for (byte[] run : textRuns(job)) {
                assertTrue(run.length <= width.columns(), width + ": " + run.length + " cells");
            }
        }
    }

    @Test
    void interpreterRejectsAnUnknownCommand() {
        byte[] job = new EscPosEncoder(PaperWidth.MM58, EscPosCodePage.CP1258).encode(clinicTicket());
        byte[] broken = Arrays.copyOf(job, job.length + 2);
        broken[job.length] = 0x1B;
        broken[job.length + 1] = 'Z';
        assertThrows(EscPosInterpreter.Malformed.class, () -> EscPosInterpreter.run(broken));
        byte[] stray = job.clone();
        stray[5] = 0x07;
        assertThrows(EscPosInterpreter.Malformed.class, () -> EscPosInterpreter.run(stray));
    }

    @Test
    void controlCharactersInValuesCannotInjectCommands() {
        Ticket evil = Ticket.of("", "T", "A1", List.of(new Ticket.Line("Tên", "x\u001dV\u0042\u0000y\u001b@z")));
        EscPosInterpreter.Result printed = EscPosInterpreter.run(
                new EscPosEncoder(PaperWidth.MM58, EscPosCodePage.CP1258).encode(evil));
        assertEquals(1, printed.cuts());
        assertTrue(printed.texts().contains("Tên: xVBy@z"), printed.texts().toString());
    }

    @Test
    void asciiCodePageSelectsTableZeroAndStripsMarks() {
        EscPosInterpreter.Result printed = EscPosInterpreter.run(
                new EscPosEncoder(PaperWidth.MM80, EscPosCodePage.ASCII).encode(clinicTicket()));
        assertEquals("Benh vien Da khoa tinh", printed.texts().get(0));
        assertTrue(printed.texts().contains("Nguoi di kem: Dang Thi Hang"), printed.texts().toString());
        assertEquals("PHIEU KHAM BENH", printed.texts().get(1));
    }

    @Test
    void tableNumberCanBeOverridden() {
        byte[] job = new EscPosEncoder(PaperWidth.MM58, EscPosCodePage.CP1258, 30).encode(clinicTicket());
        assertArrayEquals(new byte[] {0x1B, '@', 0x1B, 't', 30}, Arrays.copyOf(job, 5));
    }

    /** Bytes between control codes that a printer would print: everything from a command's end to LF. */
    static List<byte[]> textRuns(byte[] job) {
        // strip commands with a tiny parse: good enough because text never contains bytes < 0x20
        java.util.ArrayList<byte[]> runs = new java.util.ArrayList<>();
        java.io.ByteArrayOutputStream run = new java.io.ByteArrayOutputStream();
        int i = 0;
        while (i < job.length) {
            int b = job[i] & 0xFF;
            if (b == 0x1B) {
                i += job[i + 1] == '@' ? 2 : 3;
            } else if (b == 0x1D && job[i + 1] == '(') {
                i += 5 + ((job[i + 3] & 0xFF) | (job[i + 4] & 0xFF) << 8);
            } else if (b == 0x1D && job[i + 1] == 'V') {
                i += 4;
            } else if (b == 0x1D) {
                i += 3;
            } else if (b == 0x0A) {
                runs.add(run.toByteArray());
                run.reset();
                i++;
            } else {
                run.write(b);
                i++;
            }
        }
        return runs;
    }
}
