package vn.kiosk.app.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kiosk.app.backend.Clinic;
import vn.kiosk.app.flow.Action;
import vn.kiosk.app.flow.FlowSettings;
import vn.kiosk.app.flow.KioskDriver;
import vn.kiosk.app.flow.PrintOutcome;
import vn.kiosk.app.flow.ServiceKind;
import vn.kiosk.app.flow.Step;
import vn.kiosk.app.i18n.Messages;
import vn.kiosk.app.runtime.TicketReceiptPrinter;

/** A patient's queue ticket, from the clinic flow to a network thermal printer, read back as Vietnamese. */
class KioskTicketOverTcpTest {
    @TempDir
    Path dir;

    @Test
    void theQueueTicketPrintsInVietnameseOnAnEscPosPrinter() throws Exception {
        try (FakeEscPosPrinter printer = new FakeEscPosPrinter();
             KioskDriver kiosk = new KioskDriver(dir, FlowSettings.defaults(), new TicketReceiptPrinter(
                     Printers.from("escpos:tcp://127.0.0.1:" + printer.port() + ";width=80;codepage=cp1258")))) {
            kiosk.identifyWithCard(ServiceKind.CLINIC, kiosk.world.citizen("A", 7));
            kiosk.act(new Action.Confirm());
            kiosk.await(Step.InsuranceResult.class);
            kiosk.act(new Action.Next());
            Clinic.DepartmentQueue department = kiosk.await(Step.ChooseDepartment.class).departments().get(0);
            kiosk.act(new Action.Choose(department.code()));
            kiosk.await(Step.PriorityQuestions.class);
            kiosk.act(new Action.Submit());
            Step.Receipt receipt = kiosk.await(Step.Receipt.class, r -> r.printed() != PrintOutcome.PENDING);
            assertEquals(PrintOutcome.PRINTED, receipt.printed());

            EscPosInterpreter.Result paper = EscPosInterpreter.run(printer.awaitJob(Duration.ofSeconds(5)));
            Messages vi = Messages.of(Messages.VIETNAMESE);
            List<String> lines = paper.texts().stream().map(t -> Normalizer.normalize(t, Normalizer.Form.NFC)).toList();
            assertEquals(vi.get("receipt.organisation"), lines.get(0));
            assertEquals(vi.get("receipt.clinic.title"), lines.get(1));
            assertEquals(receipt.receipt().headline(), lines.get(2), "the queue number, double size");
            assertTrue(lines.contains(vi.get("receipt.clinic.department") + ": " + department.nameVi()), lines.toString());
            assertTrue(lines.contains(vi.get("receipt.clinic.room") + ": " + department.room()), lines.toString());
            assertTrue(lines.contains(vi.get("receipt.clinic.note")), lines.toString());
            assertEquals(receipt.receipt().headline(),
                    new String(paper.qrCodes().get(0).data(), StandardCharsets.UTF_8));
            assertTrue(paper.endsWithCut());
        }
    }
}
