package vn.kiosk.simulator.bench;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;

import javax.smartcardio.CardTerminal;

import vn.kiosk.reader.verify.TrustStore;
import vn.kiosk.simulator.card.TimedCard;
import vn.kiosk.simulator.chip.ChipContent;
import vn.kiosk.simulator.chip.VirtualChip;
import vn.kiosk.simulator.citizen.Citizen;
import vn.kiosk.simulator.citizen.CitizenGenerator;
import vn.kiosk.simulator.link.CardFiles;
import vn.kiosk.simulator.link.LinkLimit;
import vn.kiosk.simulator.link.LinkModel;
import vn.kiosk.simulator.link.ReadPlan;
import vn.kiosk.simulator.pcsc.VirtualReaders;
import vn.kiosk.simulator.personalise.CardProfile;
import vn.kiosk.simulator.personalise.Personaliser;
import vn.kiosk.simulator.pki.TestPki;

/**
 * Our full read against JMRTD's on the same simulated CCCD (same citizen, same PKI) in an
 * in-process virtual reader whose card answers with the link model's delays, for each preset;
 * with the link limit of that card and link beside them. Prints a table and writes it as
 * Markdown. Exits non-zero when a read fails or a number is missing; targets missed are reported,
 * not fatal.
 *
 * <p>Run: {@code mvn -o -Pbench -pl simulator verify -DskipTests} (execution {@code read-benchmark}),
 * or {@code java -cp <test classpath> vn.kiosk.simulator.bench.ReadBenchmark [report.md] [runs] [warm-up]}.
 */
public final class ReadBenchmark {
    static final long CITIZEN_SEED = 1;
    static final int DEFAULT_RUNS = 3;
    static final int DEFAULT_WARM_UP = 5;

    private final TrustStore trust;
    private final ChipContent extended;
    private final ChipContent shortOnly;
    private final SecureRandom random = new SecureRandom();

    ReadBenchmark(TestPki pki) {
        this.trust = TrustStore.of(List.of(pki.csca().certificate()), List.of(pki.crl()));
        Citizen citizen = CitizenGenerator.generate(CITIZEN_SEED);
        this.extended = new Personaliser(pki, random).personalise(citizen, CardProfile.CCCD_2021, List.of());
        this.shortOnly = extended.withExtendedLength(false);
    }

    public static void main(String[] args) throws Exception {
        Path report = Path.of(args.length > 0 ? args[0] : "target/performance/reads.md");
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : DEFAULT_RUNS;
        int warmUp = args.length > 2 ? Integer.parseInt(args[2]) : DEFAULT_WARM_UP;
        String machine = ReadReport.machine();
        ReadBenchmark bench = new ReadBenchmark(TestPki.generate());
        List<Scenario> scenarios = List.of(new Scenario(LinkModel.IDEAL, true), new Scenario(LinkModel.DESKTOP, true),
                new Scenario(LinkModel.FAST, true), new Scenario(LinkModel.SLOW, true),
                new Scenario(LinkModel.DESKTOP, false));
        List<ScenarioResult> results = new ArrayList<>();
        int failures = 0;
        bench.warmUp(warmUp);
        for (Scenario scenario : scenarios) {
            try {
                results.add(bench.measure(scenario, runs));
            } catch (Exception e) {
                failures++;
                System.err.println("scenario " + scenario.label() + " failed: " + e);
                e.printStackTrace();
            }
        }
        ReadReport text = new ReadReport(results, runs, warmUp, machine);
        System.out.println(text.plain());
        text.writeMarkdown(report);
        System.out.println("written to " + report.toAbsolutePath());
        if (failures > 0 || results.size() != scenarios.size() || !results.stream().allMatch(ScenarioResult::complete)) {
            System.err.println("some numbers are missing: " + failures + " scenario(s) failed");
            System.exit(1);
        }
    }

    /** JIT warm-up of both readers on the ideal link; nothing is recorded. */
    void warmUp(int reads) throws Exception {
        if (reads > 0) {
            measure(new Scenario(LinkModel.IDEAL, true), reads);
        }
    }

    /** Alternates the readers so drift in the machine affects them alike. */
    ScenarioResult measure(Scenario scenario, int runs) throws Exception {
        ChipContent card = scenario.extendedLength() ? extended : shortOnly;
        CountingCard counter = new CountingCard(new TimedCard(new VirtualChip(card, random), scenario.link()));
        CardTerminal terminal = VirtualReaders.withCard(counter).firstTerminal();
        OurFullRead ours = new OurFullRead(card, trust, random);
        JmrtdFullRead jmrtd = new JmrtdFullRead(card, trust, random);
        JmrtdFullRead tuned = JmrtdFullRead.tuned(card, trust, random);
        List<ReadSample> ourSamples = new ArrayList<>();
        List<ReadSample> jmrtdSamples = new ArrayList<>();
        List<ReadSample> tunedSamples = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            ourSamples.add(ours.run(terminal, counter));
            jmrtdSamples.add(jmrtd.run(terminal, counter));
            tunedSamples.add(tuned.run(terminal, counter));
        }
        CardFiles files = CardFiles.of(card);
        return new ScenarioResult(scenario, LinkLimit.of(scenario.link(), files), ReadPlan.minimal(files), ourSamples,
                jmrtdSamples, tunedSamples);
    }
}
