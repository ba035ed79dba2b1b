package vn.kiosk.app.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kiosk.app.demo.DemoCard;
import vn.kiosk.app.demo.DemoForms;
import vn.kiosk.app.flow.Action;
import vn.kiosk.app.flow.KioskDriver;
import vn.kiosk.app.flow.ServiceKind;
import vn.kiosk.app.flow.Step;
import vn.kiosk.simulator.backend.ChaosMode;
import vn.kiosk.simulator.citizen.Citizen;
import vn.kiosk.simulator.personalise.Fault;

/**
 * Everything the kiosk writes while citizens use it — every log record at every level, its
 * exceptions, standard output and error — searched for the citizens' data. Flows that go well
 * and flows that fail (backend down, forged card, card pulled mid-read) are both run: failures are
 * where data tends to leak into messages.
 */
class LogsHoldNoPersonalDataTest {
    @TempDir
    Path dir;

    private final List<String> logged = new ArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            synchronized (logged) {
                logged.add(record.getLoggerName() + " " + record.getMessage() + " " + params(record)
                        + (record.getThrown() == null ? "" : " " + stackTrace(record.getThrown())));
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private final ByteArrayOutputStream console = new ByteArrayOutputStream();
    private PrintStream out;
    private PrintStream err;
    private Level rootLevel;

    @BeforeEach
    void capture() {
        Logger root = Logger.getLogger("");
        rootLevel = root.getLevel();
        root.setLevel(Level.ALL);
        root.addHandler(capture);
        out = System.out;
        err = System.err;
        PrintStream both = new PrintStream(console, true, StandardCharsets.UTF_8);
        System.setOut(both);
        System.setErr(both);
    }

    @AfterEach
    void release() {
        Logger.getLogger("").removeHandler(capture);
        Logger.getLogger("").setLevel(rootLevel);
        System.setOut(out);
        System.setErr(err);
    }

    @Test
    void noNameIdNumberCanOrAddressIsEverLoggedInGoodAndBadFlows() throws Exception {
        List<Citizen> citizens = new ArrayList<>();
        try (KioskDriver kiosk = new KioskDriver(dir)) {
            DemoCard a = kiosk.world.citizen("A", 7);
            citizens.add(a.citizen());
            kiosk.identifyWithCard(ServiceKind.PUBLIC_SERVICE, a);
            kiosk.act(new Action.Confirm());
            var birth = kiosk.await(Step.ChooseProcedure.class).matches().stream()
                    .filter(p -> p.code().equals("KHAI_SINH")).findFirst().orElseThrow();
            kiosk.act(new Action.Choose(birth.code()));
            kiosk.await(Step.FillForm.class);
            birth.extraFields().forEach(f -> kiosk.act(new Action.SetField(f.name(), DemoForms.sample(f))));
            kiosk.act(new Action.Next());
            kiosk.await(Step.ReviewDossier.class);
            kiosk.act(new Action.Submit());
            kiosk.await(Step.Receipt.class);
            kiosk.act(new Action.Home());
            kiosk.world.remove();

            // the backend refuses to answer: the submission is queued, retried, and logged about
            DemoCard b = kiosk.world.citizen("B", 8);
            citizens.add(b.citizen());
            kiosk.await(Step.Welcome.class);
            kiosk.identifyWithCard(ServiceKind.CLINIC, b);
            kiosk.act(new Action.Confirm());
            kiosk.await(Step.InsuranceResult.class);
            kiosk.world.backend().chaos().enable(ChaosMode.RESET);
            kiosk.act(new Action.Next());
            kiosk.await(Step.Failed.class); // no department list has ever been fetched: nothing to fall back on
            kiosk.world.backend().chaos().disableAll();
            kiosk.act(new Action.Home());
            kiosk.world.remove();

            // a forged card, a wrong CAN, and a card pulled mid-read
            DemoCard forged = kiosk.world.card("FORGED", 9, List.of(new Fault.ForgedDataGroup(13)));
            citizens.add(forged.citizen());
            kiosk.await(Step.Welcome.class);
            kiosk.act(new Action.Start());
            kiosk.await(Step.ChooseService.class);
            kiosk.act(new Action.ChooseService(ServiceKind.NOTARY));
            kiosk.await(Step.Identify.class);
            kiosk.world.insert(forged);
            kiosk.await(Step.EnterAccessKey.class);
            kiosk.act(new Action.EnterCan("000001".equals(forged.can()) ? "000002" : "000001"));
            kiosk.await(Step.EnterAccessKey.class, s -> s.notice().isPresent());
            kiosk.act(new Action.EnterCan(forged.can()));
            kiosk.await(Step.IdentityRefused.class);
            kiosk.act(new Action.Back());
            kiosk.world.insert(kiosk.world.card("A", 7, List.of(new Fault.RemoveAt(15))));
            kiosk.await(Step.EnterAccessKey.class);
            kiosk.act(new Action.EnterCan(a.can()));
            kiosk.await(Step.Identify.class, s -> s.notice().isPresent());
        }

        String everything;
        synchronized (logged) {
            everything = String.join("\n", logged) + "\n" + console.toString(StandardCharsets.UTF_8);
        }
        assertTrue(!logged.isEmpty(), "the run logged something, so the search means something");
        List<String> leaks = new ArrayList<>();
        for (Citizen c : citizens) {
            for (String secret : List.of(c.fullName(), c.idNumber(), c.can(), c.placeOfResidence(), c.fatherName(),
                    c.motherName(), c.placeOfOrigin())) {
                if (!secret.isBlank() && everything.contains(secret)) {
                    leaks.add(secret.length() + "-character value of citizen " + citizens.indexOf(c));
                }
            }
        }
        assertEquals(List.of(), leaks, "personal data in the logs");
    }

    private static String params(LogRecord record) {
        Object[] params = record.getParameters();
        return params == null ? "" : java.util.Arrays.toString(params);
    }

    private static String stackTrace(Throwable thrown) {
        java.io.StringWriter text = new java.io.StringWriter();
        thrown.printStackTrace(new java.io.PrintWriter(text));
        return text.toString();
    }
}
