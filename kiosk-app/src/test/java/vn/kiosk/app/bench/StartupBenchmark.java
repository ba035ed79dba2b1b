package vn.kiosk.app.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Issue 8's cold start: {@code java -jar kiosk-app.jar --headless --smoke} in a fresh JVM each run,
 * the demo and a configured kiosk, timed to the welcome screen. Two clocks: from the process's
 * launch to its "welcome screen up" line (what a person waits for, JVM boot included), and the
 * kiosk's own count from the start of main. Not a test: it prints numbers and writes
 * {@code target/performance/startup.md}.
 *
 * <p>Run: {@code mvn -Pbench -pl kiosk-app -am verify -DskipTests}. Properties: {@code bench.jar}
 * (default target/kiosk-app.jar), {@code bench.runs} (default 7, at least 5), {@code bench.appcds}
 * (default true: one more configured series as the installed package starts it, with a dynamic AppCDS
 * archive made from the same jar and C1 only), {@code bench.jvmOptions} (more demo series, one per
 * {@code ;}-separated set of JVM options, e.g. {@code -XX:TieredStopAtLevel=1;-XX:+UseSerialGC}).
 */
public final class StartupBenchmark {
    private static final Pattern WELCOME = Pattern.compile("welcome screen up after (\\d+) ms");
    private static final Duration RUN_TIMEOUT = Duration.ofSeconds(90);
    private static final double TARGET_MS = 2000;
    private static final String C1_ONLY = "-XX:TieredStopAtLevel=1";

    /** One fresh JVM's start. */
    record Run(double launchMs, double mainMs, double cpuSeconds) {
    }

    /** Several runs of one kind of start. */
    record Series(String kiosk, String options, List<Run> runs, double load) {
        double median(java.util.function.ToDoubleFunction<Run> value) {
            double[] sorted = runs.stream().mapToDouble(value).sorted().toArray();
            if (sorted.length == 0) {
                return Double.NaN;
            }
            int mid = sorted.length / 2;
            return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
        }

        double min(java.util.function.ToDoubleFunction<Run> value) {
            return runs.stream().mapToDouble(value).min().orElse(Double.NaN);
        }

        double max(java.util.function.ToDoubleFunction<Run> value) {
            return runs.stream().mapToDouble(value).max().orElse(Double.NaN);
        }
    }

    private StartupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(System.getProperty("bench.jar", "target/kiosk-app.jar"));
        int runs = Math.max(5, Integer.getInteger("bench.runs", 7));
        boolean appcds = Boolean.parseBoolean(System.getProperty("bench.appcds", "true"));
        if (!Files.isRegularFile(jar)) {
            System.err.println(jar + " is missing: package kiosk-app first");
            System.exit(1);
        }
        Path dir = Files.createTempDirectory("startup-bench");
        System.out.printf(Locale.ROOT, "cold start benchmark: %s, %d runs each, %d cpus, java %s%n", jar, runs,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        List<Series> all = new ArrayList<>();
        try {
            all.add(series("demo", List.of(), jar, List.of(), runs));
            for (String options : System.getProperty("bench.jvmOptions", "").split(";")) {
                if (!options.isBlank()) {
                    all.add(series("demo", List.of(options.trim().split("\\s+")), jar, List.of(), runs));
                }
            }
            List<String> configured = List.of("--config", ConfiguredKiosk.write(dir.resolve("configured")).toString());
            Optional<Pcscd> pcscd = Pcscd.startOrReuse();
            if (pcscd.isPresent()) {
                try (Pcscd running = pcscd.get()) {
                    all.add(series("configured", List.of(), jar, configured, runs));
                    if (appcds) {
                        // what the installed package does (packaging's launcher): a class-data archive
                        // from a training start, and C1 only
                        Path archive = dir.resolve("kiosk-dynamic.jsa");
                        launch(jar, List.of("-XX:ArchiveClassesAtExit=" + archive, C1_ONLY), withSmoke(configured));
                        all.add(series("configured", List.of("-XX:SharedArchiveFile=" + archive, C1_ONLY), jar,
                                configured, runs));
                    }
                }
            } else {
                all.add(new Series("configured", "", List.of(), Double.NaN));
            }
        } finally {
            ConfiguredKiosk.deleteTree(dir);
        }
        boolean complete = table(all, runs).write(MarkdownTable.outputDirectory().resolve("startup.md"));
        System.exit(complete ? 0 : 1);
    }

    private static Series series(String kiosk, List<String> jvmOptions, Path jar, List<String> kioskArgs, int runs)
            throws IOException, InterruptedException {
        List<String> args = withSmoke(kioskArgs);
        launch(jar, jvmOptions, args); // not counted: fills the page cache and JavaFX's native-library cache
        List<Run> results = new ArrayList<>();
        double load = loadAverage();
        for (int i = 0; i < runs; i++) {
            Optional<Run> run = launch(jar, jvmOptions, args);
            run.ifPresent(results::add);
            System.out.printf(Locale.ROOT, "  %s %s run %d: %s%n", kiosk, String.join(" ", jvmOptions), i + 1,
                    run.map(r -> String.format(Locale.ROOT, "%.0f ms from launch, %.0f ms from main, %.2f s cpu",
                            r.launchMs(), r.mainMs(), r.cpuSeconds())).orElse("failed"));
        }
        load = Math.max(load, loadAverage());
        // a failed run leaves the series short: report it missing rather than a median of the lucky ones
        return new Series(kiosk, String.join(" ", jvmOptions), results.size() == runs ? results : List.of(), load);
    }

    private static List<String> withSmoke(List<String> kioskArgs) {
        List<String> args = new ArrayList<>(List.of("--headless", "--smoke"));
        args.addAll(kioskArgs);
        return args;
    }

    /** One fresh JVM: the time to its welcome line, or empty when it failed or said nothing. */
    private static Optional<Run> launch(Path jar, List<String> jvmOptions, List<String> args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(javaExecutable()));
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(jar.toString());
        command.addAll(args);
        Path errors = Files.createTempFile("startup-bench", ".err");
        try {
            long start = System.nanoTime();
            Process process = new ProcessBuilder(command).redirectError(errors.toFile()).start();
            Optional<Run> run = Optional.empty();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                    Matcher m = WELCOME.matcher(line);
                    if (m.find() && run.isEmpty()) {
                        double launchMs = (System.nanoTime() - start) / 1e6;
                        double cpu = process.info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(Double.NaN);
                        run = Optional.of(new Run(launchMs, Double.parseDouble(m.group(1)), cpu));
                    }
                }
            }
            if (!process.waitFor(RUN_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return Optional.empty();
            }
            if (process.exitValue() != 0 || run.isEmpty()) {
                System.err.println("kiosk start failed (exit " + process.exitValue() + "): " + command + "\n"
                        + Files.readString(errors));
                return Optional.empty();
            }
            return run;
        } finally {
            Files.deleteIfExists(errors);
        }
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The 1-minute load average: the machine may be shared, and a busy machine slows every start. */
    private static double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    private static MarkdownTable table(List<Series> all, int runs) {
        MarkdownTable table = new MarkdownTable(String.format(Locale.ROOT, "Cold start to the welcome screen:"
                        + " `java -jar kiosk-app.jar --headless --smoke` (Monocle, software rendering), each run a"
                        + " fresh JVM, median of %d runs after one uncounted run; %d cpus, Java %s", runs,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version")),
                "kiosk", "JVM options", "launch → welcome, median", "min – max", "main → welcome, median",
                "CPU to welcome, median", "load avg", "target < 2 s");
        for (Series s : all) {
            double median = s.median(Run::launchMs);
            table.row(s.kiosk(), s.options().isEmpty() ? "none" : "`" + s.options().replaceAll("=/\\S*", "=…") + "`",
                    ms(median), ms(s.min(Run::launchMs)) + " – " + ms(s.max(Run::launchMs)), ms(s.median(Run::mainMs)),
                    MarkdownTable.number(s.median(Run::cpuSeconds), 2) + " s", MarkdownTable.number(s.load(), 1),
                    Double.isNaN(median) ? MarkdownTable.MISSING : median < TARGET_MS ? "holds" : "missed");
        }
        table.note("launch → welcome: from starting the `java` process to its \"welcome screen up\" line, the first"
                + " pulse after the window's show() (JVM boot included); main → welcome: the kiosk's own count from"
                + " the start of main. CPU: all the process's threads up to that line. load avg: the machine's"
                + " 1-minute load average during the series (a shared machine slows every start). The configured"
                + " kiosk uses a configuration file like the operator's (mutual TLS files, trust folder, PIN hash)"
                + " and the PC/SC service; the demo builds its test PKI, reference backend and virtual reader."
                + " `-XX:SharedArchiveFile` with `-XX:TieredStopAtLevel=1`: how the installed package starts the"
                + " kiosk (packaging's launcher), with a dynamic AppCDS archive made from the same jar by one"
                + " `-XX:ArchiveClassesAtExit` training start.");
        return table;
    }

    private static String ms(double value) {
        return Double.isNaN(value) ? MarkdownTable.MISSING : MarkdownTable.number(value, 0) + " ms";
    }
}
