package vn.kiosk.simulator.bench;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.smartcardio.CardTerminal;

import vn.kiosk.reader.verify.TrustStore;
import vn.kiosk.simulator.card.ForwardingCard;
import vn.kiosk.simulator.card.TimedCard;
import vn.kiosk.simulator.card.VirtualCard;
import vn.kiosk.simulator.chip.ChipContent;
import vn.kiosk.simulator.chip.VirtualChip;
import vn.kiosk.simulator.citizen.CitizenGenerator;
import vn.kiosk.simulator.link.ChipOperation;
import vn.kiosk.simulator.link.LinkModel;
import vn.kiosk.simulator.pcsc.VirtualReaders;
import vn.kiosk.simulator.personalise.CardProfile;
import vn.kiosk.simulator.personalise.Personaliser;
import vn.kiosk.simulator.pki.TestPki;

/**
 * Where a read's time goes, APDU by APDU: for each exchange the model's time, how far the simulated
 * chip's own computing ran past it, and the gap before the next command (host work: the reader's protocol code,
 * javax.smartcardio and the virtual reader's thread hand-off), as medians over several reads. A
 * diagnostic, not part of the benchmark:
 * {@code java -cp <test classpath> vn.kiosk.simulator.bench.ReadTimeline [preset] [ours|jmrtd] [reads]}.
 */
public final class ReadTimeline {

    private ReadTimeline() {
    }

    public static void main(String[] args) throws Exception {
        LinkModel link = LinkModel.named(args.length > 0 ? args[0] : "desktop");
        boolean ours = args.length < 2 || args[1].equals("ours");
        TestPki pki = TestPki.generate();
        TrustStore trust = TrustStore.of(List.of(pki.csca().certificate()), List.of(pki.crl()));
        SecureRandom random = new SecureRandom();
        ChipContent card = new Personaliser(pki, random).personalise(CitizenGenerator.generate(ReadBenchmark.CITIZEN_SEED),
                CardProfile.CCCD_2021, List.of());
        Recorder recorder = new Recorder(new VirtualChip(card, random), link);
        CountingCard counter = new CountingCard(recorder);
        CardTerminal terminal = VirtualReaders.withCard(counter).firstTerminal();
        OurFullRead our = new OurFullRead(card, trust, random);
        JmrtdFullRead jmrtd = new JmrtdFullRead(card, trust, random);
        for (int i = 0; i < 10; i++) {
            our.run(terminal, counter);
            jmrtd.run(terminal, counter);
        }
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        List<List<long[]>> perRun = new ArrayList<>();
        List<ReadSample> samples = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            recorder.entries.clear();
            long start = System.nanoTime();
            ReadSample sample = ours ? our.run(terminal, counter) : jmrtd.run(terminal, counter);
            samples.add(sample);
            List<long[]> rows = new ArrayList<>();
            long previousEnd = start;
            for (Entry e : recorder.entries) {
                rows.add(new long[] {e.modelNanos, Math.max(0, e.end - e.start - e.modelNanos), e.start - previousEnd});
                previousEnd = e.end;
            }
            rows.add(new long[] {0, 0, start + sample.wallNanos() - previousEnd});
            perRun.add(rows);
        }
        System.out.printf(Locale.ROOT, "%s on %s, medians of %d reads: per APDU the model's time, the simulated chip's overrun"
                + " past it, and the host gap before the command%n", ours ? "ours" : "JMRTD", link.name(), runs);
        System.out.printf(Locale.ROOT, "%-20s %5s %6s %9s %9s %9s%n", "operation", "cmd", "resp", "model ms", "overrun",
                "gap ms");
        long[] totals = new long[3];
        for (int i = 0; i <= recorder.entries.size(); i++) {
            long model = medianAt(perRun, i, 0);
            long overrun = medianAt(perRun, i, 1);
            long gap = medianAt(perRun, i, 2);
            String what = i < recorder.entries.size() ? recorder.entries.get(i).operation.name() : "(after last APDU)";
            int command = i < recorder.entries.size() ? recorder.entries.get(i).command : 0;
            int response = i < recorder.entries.size() ? recorder.entries.get(i).response : 0;
            System.out.printf(Locale.ROOT, "%-20s %5d %6d %9.2f %9.2f %9.2f%n", what, command, response, model / 1e6,
                    overrun / 1e6, gap / 1e6);
            totals[0] += model;
            totals[1] += overrun;
            totals[2] += gap;
        }
        System.out.printf(Locale.ROOT, "sums of medians: model %.1f ms, chip overrun %.1f ms, host gaps %.1f ms;"
                + " median wall %.1f ms, identity %.1f ms, reading-thread CPU %.1f ms%n", totals[0] / 1e6, totals[1] / 1e6,
                totals[2] / 1e6, ScenarioResult.median(samples, ReadSample::wallNanos) / 1e6,
                ScenarioResult.median(samples, ReadSample::identityNanos) / 1e6,
                ScenarioResult.median(samples, ReadSample::cpuNanos) / 1e6);
    }

    private static long medianAt(List<List<long[]>> runs, int row, int column) {
        long[] values = runs.stream().filter(r -> row < r.size()).mapToLong(r -> r.get(row)[column]).sorted().toArray();
        return values.length == 0 ? 0 : values[values.length / 2];
    }

    private record Entry(ChipOperation operation, int command, int response, long start, long end, long modelNanos) {
    }

    /** A timed card that also writes down each exchange. */
    private static final class Recorder extends ForwardingCard {
        private final VirtualCard chip;
        private final LinkModel link;
        private final List<Entry> entries = new ArrayList<>();

        Recorder(VirtualCard chip, LinkModel link) {
            super(new TimedCard(chip, link));
            this.chip = chip;
            this.link = link;
        }

        @Override
        public byte[] process(byte[] command) {
            long start = System.nanoTime();
            byte[] response = super.process(command);
            long end = System.nanoTime();
            ChipOperation operation = ChipOperation.of(command, response);
            entries.add(new Entry(operation, command.length, response.length, start, end,
                    link.exchangeNanos(command.length, response.length, operation, ChipOperation.secured(command))));
            return response;
        }
    }
}
