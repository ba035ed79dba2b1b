package vn.kiosk.app.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes docs/PERFORMANCE.md from the fragments the benchmarks left in their modules' target
 * folders, with the machine they ran on and the command that reproduces them. Exits non-zero
 * when a fragment is missing or left over from an earlier run, so a benchmark that did not run
 * cannot go unnoticed.
 *
 * <p>Arguments: the repository root, then the fragments in the order they appear.
 */
public final class PerformanceReport {
    /**
     * A fragment older than this is left over from an earlier run (its benchmark did not run this
     * time, e.g. with -pl kiosk-app alone): counted missing, not reported as today's number.
     */
    private static final Duration FRESH = Duration.ofHours(6);

    private PerformanceReport() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: PerformanceReport ROOT FRAGMENT.md...");
            System.exit(2);
        }
        Path root = Path.of(args[0]);
        List<String> missing = new ArrayList<>();
        StringBuilder doc = new StringBuilder();
        doc.append("# Performance\n\n")
                .append("Measured ").append(LocalDate.now()).append(" with\n\n```\n")
                .append("mvn -q -DskipTests install && mvn -Pbench verify -DskipTests\n```\n\n")
                .append("(every module's `bench` profile; this file is written by the last step, ")
                .append("`vn.kiosk.app.report.PerformanceReport`, which fails when a result is missing).\n\n")
                .append("## Machine\n\n").append(Machine.describe()).append('\n');
        for (int i = 1; i < args.length; i++) {
            Path fragment = root.resolve(args[i]);
            if (!Files.isRegularFile(fragment) || Files.size(fragment) == 0) {
                missing.add(args[i]);
                continue;
            }
            if (Files.getLastModifiedTime(fragment).toInstant().isBefore(Instant.now().minus(FRESH))) {
                missing.add(args[i] + " (from an earlier run)");
                continue;
            }
            doc.append('\n').append(Files.readString(fragment, StandardCharsets.UTF_8).strip()).append('\n');
        }
        if (!missing.isEmpty()) {
            System.err.println("PerformanceReport: results missing: " + missing);
            System.exit(1);
        }
        Path out = root.resolve("docs/PERFORMANCE.md");
        Files.writeString(out, doc.toString(), StandardCharsets.UTF_8);
        System.out.println("wrote " + out);
    }
}
