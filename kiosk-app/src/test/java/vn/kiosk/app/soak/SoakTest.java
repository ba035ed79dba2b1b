package vn.kiosk.app.soak;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kiosk.app.backend.Catalogue;
import vn.kiosk.app.backend.OutboxDelivery;
import vn.kiosk.app.demo.DemoCard;
import vn.kiosk.app.demo.DemoForms;
import vn.kiosk.app.flow.Action;
import vn.kiosk.app.flow.KioskDriver;
import vn.kiosk.app.flow.ServiceKind;
import vn.kiosk.app.flow.Step;
import vn.kiosk.simulator.backend.ChaosMode;
import vn.kiosk.simulator.personalise.Fault;

/**
 * Thousands of citizens, one after the other, through the flow engine with faults drawn at
 * random: forged and cloned cards, cards pulled mid-read, wrong CANs, the clock stepped back an hour
 * mid-visit, a backend that is slow, failing or cutting connections. Counts how each session ended,
 * checks every dossier that got a receipt reaches the backend exactly once, and that heap, threads
 * and open files stay flat.
 * Not in the default suite: {@code mvn -Psoak -pl kiosk-app -am verify -Dsoak.sessions=2000}.
 * Writes its report to docs/SOAK.md.
 */
@Tag("soak")
class SoakTest {
    private static final int CHECKPOINTS = 5;

    @TempDir
    Path dir;

    @Test
    void thousandsOfSessionsWithRandomFaultsLoseNothingAndLeakNothing() throws Exception {
        int sessions = Integer.getInteger("soak.sessions", 2000);
        long seed = Long.getLong("soak.seed", 20261123L);
        Random random = new Random(seed);
        Map<String, Integer> outcomes = new TreeMap<>();
        Map<String, Integer> faults = new TreeMap<>();
        List<Sample> samples = new ArrayList<>();
        int dossierReceipts = 0;
        long started = System.nanoTime();
        try (KioskDriver kiosk = new KioskDriver(dir)) {
            samples.add(Sample.take(0));
            for (int i = 1; i <= sessions; i++) {
                Session session = Session.draw(random, kiosk);
                faults.merge(session.fault(), 1, Integer::sum);
                String outcome = session.run(kiosk);
                outcomes.merge(outcome, 1, Integer::sum);
                if (outcome.startsWith("receipt") && session.service() == ServiceKind.PUBLIC_SERVICE) {
                    dossierReceipts++;
                }
                if (i % Math.max(1, sessions / CHECKPOINTS) == 0) {
                    samples.add(Sample.take(i));
                }
            }
            kiosk.world.backend().chaos().disableAll();
            long deadline = System.currentTimeMillis() + 120_000;
            while (kiosk.runtime.outbox().stats().pending() > 0 && System.currentTimeMillis() < deadline) {
                kiosk.clock.advance(Duration.ofHours(1));
                kiosk.runtime.outbox().deliverDue(new OutboxDelivery(kiosk.runtime.backend()));
            }
            assertEquals(0, kiosk.runtime.outbox().stats().pending(), "everything saved was delivered");
            assertEquals(dossierReceipts, kiosk.world.backend().dossierCount(),
                    "every dossier with a receipt exists exactly once");
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        report(sessions, seed, took, faults, outcomes, samples, dossierReceipts);

        Sample warm = samples.get(1);
        Sample last = samples.get(samples.size() - 1);
        assertTrue(last.heapMb() <= warm.heapMb() * 1.25 + 8, "heap after GC stays flat: " + samples);
        assertTrue(last.threads() <= warm.threads() + 4, "no thread leak: " + samples);
        assertTrue(last.fds() <= warm.fds() + 8, "no file-handle leak: " + samples);
    }

    /** One citizen's visit: the service, the card and what goes wrong. */
    private record Session(ServiceKind service, DemoCard card, String fault, boolean wrongCanFirst,
                           ChaosMode chaos, boolean clockBack) {

        static Session draw(Random random, KioskDriver kiosk) {
            ServiceKind service = ServiceKind.values()[random.nextInt(3)];
            long seed = 100 + random.nextInt(5);
            int roll = random.nextInt(100);
            List<Fault> faults;
            String name;
            if (roll < 8) {
                faults = List.of(new Fault.ForgedDataGroup(13));
                name = "forged-dg13";
            } else if (roll < 14) {
                faults = List.of(new Fault.Clone());
                name = "clone";
            } else if (roll < 24) {
                faults = List.of(new Fault.RemoveAt(1 + random.nextInt(30)));
                name = "removed-mid-read";
            } else {
                faults = List.of();
                name = "none";
            }
            boolean wrongCan = random.nextInt(100) < 10;
            ChaosMode chaos = random.nextInt(100) < 15
                    ? new ChaosMode[] {ChaosMode.ERROR5XX, ChaosMode.RESET, ChaosMode.LATENCY}[random.nextInt(3)] : null;
            // an NTP step back an hour in the middle of the visit
            boolean clockBack = random.nextInt(100) < 5;
            String fault = name + (wrongCan ? "+wrong-can" : "") + (chaos == null ? "" : "+backend-" + chaos.cliName())
                    + (clockBack ? "+clock-back" : "");
            return new Session(service, kiosk.world.card("S", seed, faults), fault, wrongCan, chaos, clockBack);
        }

        String run(KioskDriver kiosk) {
            // a citizen every minute or so: back-offs of earlier failures run out as they would
            kiosk.clock.advance(Duration.ofSeconds(60));
            kiosk.world.remove();
            kiosk.act(new Action.Home());
            kiosk.await(Step.Welcome.class);
            kiosk.world.backend().chaos().disableAll().latency(Duration.ofMillis(300)).errorEvery(1);
            kiosk.act(new Action.Start());
            kiosk.await(Step.ChooseService.class);
            kiosk.act(new Action.ChooseService(service));
            kiosk.await(Step.Identify.class);
            kiosk.world.insert(card);
            kiosk.await(Step.EnterAccessKey.class);
            if (wrongCanFirst) {
                kiosk.act(new Action.EnterCan(card.can().equals("000000") ? "111111" : "000000"));
                Step wrong = kiosk.await(Step.class, s -> (s instanceof Step.EnterAccessKey
                        && ((Step.EnterAccessKey) s).notice().isPresent())
                        || (s instanceof Step.Identify && ((Step.Identify) s).notice().isPresent()));
                if (wrong instanceof Step.Identify) {
                    return "asked-to-put-card-back"; // it left while the wrong CAN was being tried
                }
            }
            kiosk.act(new Action.EnterCan(card.can()));
            Step read = kiosk.await(Step.class, s -> s instanceof Step.ConfirmIdentity
                    || s instanceof Step.IdentityRefused
                    || (s instanceof Step.Identify && ((Step.Identify) s).notice().isPresent()));
            if (read instanceof Step.IdentityRefused) {
                return "refused-" + ((Step.IdentityRefused) read).reason();
            }
            if (read instanceof Step.Identify) {
                return "asked-to-put-card-back";
            }
            kiosk.act(new Action.Confirm());
            if (clockBack) {
                kiosk.clock.advance(Duration.ofHours(-1));
            }
            if (chaos != null) {
                kiosk.world.backend().chaos().enable(chaos);
            }
            return finish(kiosk);
        }

        private String finish(KioskDriver kiosk) {
            Step first = kiosk.await(Step.class, s -> !(s instanceof Step.Working)
                    && !(s instanceof Step.ConfirmIdentity));
            switch (service) {
                case PUBLIC_SERVICE:
                    if (!(first instanceof Step.ChooseProcedure)) {
                        return "failed-" + describe(first);
                    }
                    Catalogue.Procedure procedure = ((Step.ChooseProcedure) first).matches().get(0);
                    kiosk.act(new Action.Choose(procedure.code()));
                    kiosk.await(Step.FillForm.class);
                    procedure.extraFields().forEach(f -> kiosk.act(new Action.SetField(f.name(), DemoForms.sample(f))));
                    kiosk.act(new Action.Next());
                    kiosk.await(Step.ReviewDossier.class);
                    kiosk.act(new Action.Submit());
                    break;
                case CLINIC:
                    if (!(first instanceof Step.InsuranceResult)) {
                        return "failed-" + describe(first);
                    }
                    kiosk.act(new Action.Next());
                    Step departments = kiosk.await(Step.class, s -> s instanceof Step.ChooseDepartment
                            || s instanceof Step.Failed);
                    if (departments instanceof Step.Failed) {
                        return "failed-no-departments";
                    }
                    kiosk.act(new Action.Choose(((Step.ChooseDepartment) departments).departments().get(0).code()));
                    kiosk.await(Step.PriorityQuestions.class);
                    kiosk.act(new Action.Submit());
                    break;
                default:
                    if (!(first instanceof Step.ChooseRequestType)) {
                        return "failed-" + describe(first);
                    }
                    var type = ((Step.ChooseRequestType) first).types().stream().filter(t -> t.minParties() == 1)
                            .findFirst().orElseThrow();
                    kiosk.act(new Action.Choose(type.code()));
                    kiosk.await(Step.Parties.class);
                    kiosk.act(new Action.Submit());
            }
            Step end = kiosk.await(Step.class, s -> s instanceof Step.Receipt || s instanceof Step.Failed);
            if (end instanceof Step.Failed) {
                return "failed-" + describe(end);
            }
            return ((Step.Receipt) end).receipt().queued() ? "receipt-queued" : "receipt-online";
        }
    }

    private static String describe(Step step) {
        if (step instanceof Step.Failed failed && failed.message() instanceof vn.kiosk.app.flow.Text.Key key) {
            return key.key();
        }
        return step.getClass().getSimpleName();
    }

    /** Heap after a full GC, live threads and open file descriptors at a point of the run. */
    private record Sample(int sessions, long heapMb, int threads, int fds) {
        static Sample take(int sessions) throws IOException {
            for (int i = 0; i < 3; i++) {
                System.gc();
            }
            Runtime rt = Runtime.getRuntime();
            long heap = (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024);
            int threads = ManagementFactory.getThreadMXBean().getThreadCount();
            int fds;
            try (var list = Files.list(Path.of("/proc/self/fd"))) {
                fds = (int) list.count();
            }
            return new Sample(sessions, heap, threads, fds);
        }
    }

    private static void report(int sessions, long seed, Duration took, Map<String, Integer> faults,
                               Map<String, Integer> outcomes, List<Sample> samples, int dossiers) throws IOException {
        StringBuilder md = new StringBuilder("# Soak run\n\n");
        md.append("`mvn -Psoak -pl kiosk-app -am verify -Dsoak.sessions=").append(sessions)
                .append(" -Dsoak.seed=").append(seed).append("` on ").append(LocalDate.now()).append(": ")
                .append(sessions).append(" sessions in ").append(took.toMinutes()).append(" min ")
                .append(took.toSecondsPart()).append(" s, through the flow engine (no screen) against the ")
                .append("simulator's virtual card (ideal link) and the reference backend.\n\n");
        md.append("## Faults drawn\n\n| fault | sessions |\n|---|---|\n");
        faults.forEach((k, v) -> md.append("| ").append(k).append(" | ").append(v).append(" |\n"));
        md.append("\n## Outcomes\n\n| how the session ended | sessions |\n|---|---|\n");
        outcomes.forEach((k, v) -> md.append("| ").append(k).append(" | ").append(v).append(" |\n"));
        md.append("\nEvery dossier that got a receipt (").append(dossiers)
                .append(") was in the backend exactly once after the outbox drained; no session ended ")
                .append("without a screen that says what to do.\n");
        md.append("\n## Memory, threads, files\n\n| after sessions | heap after GC (MB) | threads | open files |\n")
                .append("|---|---|---|---|\n");
        for (Sample s : samples) {
            md.append("| ").append(s.sessions()).append(" | ").append(s.heapMb()).append(" | ").append(s.threads())
                    .append(" | ").append(s.fds()).append(" |\n");
        }
        Path docs = Path.of("..", "docs");
        Path out = Files.isDirectory(docs) ? docs.resolve("SOAK.md") : Path.of("target", "SOAK.md");
        Files.writeString(out, md.toString(), StandardCharsets.UTF_8);
        System.out.println(md);
    }
}
