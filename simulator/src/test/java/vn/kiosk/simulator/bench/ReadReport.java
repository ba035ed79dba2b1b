package vn.kiosk.simulator.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import vn.kiosk.simulator.link.LinkModel;

/**
 * The benchmark's numbers side by side, as plain text and as a Markdown fragment: medians of the
 * measured runs; ratios ours/JMRTD and ours/link limit; the targets and whether they hold.
 */
final class ReadReport {
    static final double IDENTITY_TARGET = 1.5;
    static final double FULL_READ_TARGET = 1.3;
    static final double CPU_TARGET_MS = 50;

    private final List<ScenarioResult> results;
    private final int runs;
    private final int warmUp;
    private final String machine;

    ReadReport(List<ScenarioResult> results, int runs, int warmUp, String machine) {
        this.results = List.copyOf(results);
        this.runs = runs;
        this.warmUp = warmUp;
        this.machine = machine;
    }

    /** Cores and the load average now: CPU and wall numbers from a busy machine are not a quiet one's. */
    static String machine() {
        return String.format(Locale.ROOT, "%d cores, load average %.1f",
                Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    String plain() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Full read, ours vs JMRTD 0.8.6, medians of %d runs after %d warm-up reads, JDK %s;"
                + " %s before, %s after%n", runs, warmUp, System.getProperty("java.version"), machine, machine()));
        out.append(identitySource()).append(System.lineSeparator());
        out.append(readers()).append(System.lineSeparator());
        for (String[] row : table()) {
            out.append(String.format(Locale.ROOT, "%-28s %-12s %6s %9s %9s %11s %9s %7s %9s%n", (Object[]) row));
        }
        out.append(System.lineSeparator());
        for (String[] row : ratios()) {
            out.append(String.format(Locale.ROOT, "%-28s %10s %9s %13s %11s %10s %17s %13s%n", (Object[]) row));
        }
        out.append(System.lineSeparator());
        targets().forEach(line -> out.append(line).append(System.lineSeparator()));
        out.append(System.lineSeparator()).append("Every run, full read / identity / CPU ms:").append(System.lineSeparator());
        for (ScenarioResult r : results) {
            out.append(String.format(Locale.ROOT, "%-28s ours %s%n%-28s JMRTD %s%n%-28s JMRTD tuned %s%n",
                    r.scenario().label(), runs(r.ours()), "", runs(r.jmrtd()), "", runs(r.jmrtdTuned())));
        }
        return out.toString();
    }

    void writeMarkdown(Path file) throws IOException {
        StringBuilder md = new StringBuilder();
        md.append(String.format(Locale.ROOT, "### Full read: ours vs JMRTD 0.8.6 vs the link limit%n%n"
                + "Medians of %d runs per reader after %d warm-up reads, JDK %s; %s before, %s after. Same simulated CCCD "
                + "(citizen seed %d, one PKI) in an in-process virtual reader; delays from the link model "
                + "(`simulator/src/main/java/vn/kiosk/simulator/link/README.md`). CPU and allocation are the "
                + "reading thread's (CPU time grows when other processes compete for the cores).%n%n", runs, warmUp,
                System.getProperty("java.version"), machine, machine(), ReadBenchmark.CITIZEN_SEED));
        md.append(identitySource()).append(System.lineSeparator()).append(System.lineSeparator());
        md.append(readers()).append(System.lineSeparator()).append(System.lineSeparator());
        appendTable(md, table());
        md.append(System.lineSeparator());
        appendTable(md, ratios());
        md.append(System.lineSeparator());
        targets().forEach(line -> md.append("- ").append(line).append(System.lineSeparator()));
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, md.toString(), StandardCharsets.UTF_8);
    }

    private List<String[]> table() {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"link", "reader", "APDUs", "bytes out", "bytes in", "identity ms", "full ms", "CPU ms",
            "alloc KB"});
        for (ScenarioResult r : results) {
            rows.add(readerRow(r.scenario().label(), "ours", r.ours()));
            rows.add(readerRow("", "JMRTD", r.jmrtd()));
            rows.add(readerRow("", "JMRTD tuned", r.jmrtdTuned()));
            if (!r.scenario().link().instant()) {
                rows.add(new String[] {"", "link limit", Long.toString(r.limit().fullReadApdus()),
                    Long.toString(r.limitBytesOut()), Long.toString(r.limitBytesIn()), ms(r.limit().identity().toNanos()),
                    ms(r.limit().fullRead().toNanos()), "", ""});
            }
        }
        return rows;
    }

    private static String[] readerRow(String link, String reader, List<ReadSample> samples) {
        return new String[] {link, reader, Long.toString(ScenarioResult.median(samples, ReadSample::apdus)),
            Long.toString(ScenarioResult.median(samples, ReadSample::bytesOut)),
            Long.toString(ScenarioResult.median(samples, ReadSample::bytesIn)),
            ms(ScenarioResult.median(samples, ReadSample::identityNanos)),
            ms(ScenarioResult.median(samples, ReadSample::wallNanos)),
            ms(ScenarioResult.median(samples, ReadSample::cpuNanos)),
            String.format(Locale.ROOT, "%.0f", ScenarioResult.median(samples, ReadSample::allocatedBytes) / 1024.0)};
    }

    private List<String[]> ratios() {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"link", "APDUs o/J", "full o/J", "identity o/J", "APDUs o/Jt", "full o/Jt",
            "identity o/limit", "full o/limit"});
        for (ScenarioResult r : results) {
            boolean limit = !r.scenario().link().instant();
            rows.add(new String[] {r.scenario().label(),
                ratio(r.ourMedian(ReadSample::apdus), r.jmrtdMedian(ReadSample::apdus)),
                ratio(r.ourMedian(ReadSample::wallNanos), r.jmrtdMedian(ReadSample::wallNanos)),
                ratio(r.ourMedian(ReadSample::identityNanos), r.jmrtdMedian(ReadSample::identityNanos)),
                ratio(r.ourMedian(ReadSample::apdus), r.tunedMedian(ReadSample::apdus)),
                ratio(r.ourMedian(ReadSample::wallNanos), r.tunedMedian(ReadSample::wallNanos)),
                limit ? ratio(r.ourMedian(ReadSample::identityNanos), r.limit().identity().toNanos()) : "n/a",
                limit ? ratio(r.ourMedian(ReadSample::wallNanos), r.limit().fullRead().toNanos()) : "n/a"});
        }
        return rows;
    }

    /** The targets: identity and full read against the limit on the desktop preset; JMRTD everywhere; CPU. */
    private List<String> targets() {
        List<String> lines = new ArrayList<>();
        for (ScenarioResult r : results) {
            double apdus = (double) r.ourMedian(ReadSample::apdus) / r.jmrtdMedian(ReadSample::apdus);
            double wall = (double) r.ourMedian(ReadSample::wallNanos) / r.jmrtdMedian(ReadSample::wallNanos);
            String note = r.scenario().link().instant()
                    ? " (no link: wall time is host and simulated-chip CPU and thread hand-offs, noisy; not a target)" : "";
            lines.add(verdict(apdus < 1 && wall < 1, String.format(Locale.ROOT,
                    "%s: fewer APDUs (%.2fx) and less wall time (%.2fx) than JMRTD%s", r.scenario().label(), apdus, wall, note)));
            double tunedApdus = (double) r.ourMedian(ReadSample::apdus) / r.tunedMedian(ReadSample::apdus);
            double tunedWall = (double) r.ourMedian(ReadSample::wallNanos) / r.tunedMedian(ReadSample::wallNanos);
            lines.add(verdict(tunedApdus < 1 && tunedWall < 1, String.format(Locale.ROOT,
                    "%s: fewer APDUs (%.2fx) and less wall time (%.2fx) than JMRTD tuned (not a target)", r.scenario().label(),
                    tunedApdus, tunedWall)));
            if (r.scenario().link().equals(LinkModel.DESKTOP) && r.scenario().extendedLength()) {
                double identity = (double) r.ourMedian(ReadSample::identityNanos) / r.limit().identity().toNanos();
                double full = (double) r.ourMedian(ReadSample::wallNanos) / r.limit().fullRead().toNanos();
                lines.add(verdict(identity <= IDENTITY_TARGET, String.format(Locale.ROOT,
                        "desktop: time to verified identity %.2fx the link limit (target <= %.1fx)", identity, IDENTITY_TARGET)));
                lines.add(verdict(full <= FULL_READ_TARGET, String.format(Locale.ROOT,
                        "desktop: full read %.2fx the link limit (target <= %.1fx)", full, FULL_READ_TARGET)));
                double cpu = r.ourMedian(ReadSample::cpuNanos) / 1e6;
                lines.add(verdict(cpu < CPU_TARGET_MS, String.format(Locale.ROOT,
                        "desktop: host CPU per full read %.1f ms (median; target < %.0f ms)", cpu, CPU_TARGET_MS)));
            }
        }
        return lines;
    }

    private static String readers() {
        return "JMRTD: PassportService(NORMAL_MAX_TRANCEIVE_LENGTH, DEFAULT_MAX_BLOCKSIZE = 223, SFI off, MAC check on), as its"
                + " examples. JMRTD tuned: SFI on and, for a card with extended length, EXTENDED_MAX_TRANCEIVE_LENGTH with"
                + " 7936-byte blocks. o/J = ours/JMRTD, o/Jt = ours/JMRTD tuned.";
    }

    private static String identitySource() {
        return "Identity (ours): " + (OurFullRead.readerVerifiesIdentity()
                ? "the reader's own IdentityVerified event."
                : "IdentityRead, then EF.SOD + DG1 + DG13 passive authentication on the reading thread"
                        + " (the reader has no IdentityVerified event yet).")
                + " Identity (JMRTD): EF.SOD, DG1, DG13 read, then the same passive authentication.";
    }

    private static String verdict(boolean held, String text) {
        return (held ? "HOLDS  " : "MISSED ") + text;
    }

    private static String runs(List<ReadSample> samples) {
        StringBuilder line = new StringBuilder();
        samples.forEach(s -> line.append(ms(s.wallNanos())).append('/').append(ms(s.identityNanos())).append('/')
                .append(ms(s.cpuNanos())).append("  "));
        return line.toString().trim();
    }

    private static String ms(long nanos) {
        return String.format(Locale.ROOT, "%.1f", nanos / 1e6);
    }

    private static String ratio(long ours, long other) {
        return other <= 0 ? "n/a" : String.format(Locale.ROOT, "%.2f", (double) ours / other);
    }

    private static void appendTable(StringBuilder md, List<String[]> rows) {
        for (int i = 0; i < rows.size(); i++) {
            md.append("| ").append(String.join(" | ", rows.get(i))).append(" |").append(System.lineSeparator());
            if (i == 0) {
                md.append("|").append("---|".repeat(rows.get(i).length)).append(System.lineSeparator());
            }
        }
    }
}
