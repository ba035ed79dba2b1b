package vn.kiosk.app.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import vn.kiosk.app.Headless;
import vn.kiosk.app.demo.DemoWorld;
import vn.kiosk.app.operator.ErrorJournal;
import vn.kiosk.app.runtime.KioskParts;
import vn.kiosk.app.runtime.KioskRuntime;
import vn.kiosk.app.runtime.OperatorDesks;
import vn.kiosk.app.ui.KioskApp;
import vn.kiosk.app.voice.SilentVoice;

/**
 * Issue 8's resident memory across sessions: the demo kiosk as {@code Main} starts it (demo world,
 * runtime, PDF tickets; with {@code bench.view} its JavaFX screens on Monocle, built and dropped with
 * every step), driven through {@code bench.sessions} whole sessions (default 1,000) by {@link
 * SoakSession}. At 0, 100, 500 and the last session it takes a {@link ResourceSample}; {@link Verdict}
 * says whether they stayed flat. Writes {@code target/performance/sessions.md}; exits non-zero if a
 * number is missing, or with {@code bench.strict} if a resource is not flat.
 *
 * <p>The reference backend runs in this process too (demo mode): what it keeps is counted with the kiosk.
 */
public final class SessionSoakBenchmark {
    private static final int WARM_UP = 100;
    private static final double TOLERANCE = 0.10;

    private SessionSoakBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int sessions = Integer.getInteger("bench.sessions", 1000);
        boolean view = Boolean.parseBoolean(System.getProperty("bench.view", "true"));
        TreeSet<Integer> checkpoints = new TreeSet<>(List.of(0, WARM_UP, 500, 1000, sessions));
        checkpoints.removeIf(c -> c > sessions);
        System.out.printf(Locale.ROOT, "session soak: %d sessions, %s, checkpoints %s, java %s, max heap %d MB%n",
                sessions, view ? "with the JavaFX screens (Monocle)" : "engine only", checkpoints,
                System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20);

        Path dir = Files.createTempDirectory("soak-bench");
        List<ResourceSample> samples = new ArrayList<>();
        HeapHistogram before = null;
        HeapHistogram after = null;
        long start = System.nanoTime();
        try (DemoWorld world = DemoWorld.start(dir.resolve("backend"))) {
            KioskParts parts = KioskParts.demo(world, dir);
            try (KioskRuntime runtime = KioskRuntime.start(parts.setup())) {
                if (view) {
                    openScreens(world, parts, runtime);
                }
                SoakSession session = new SoakSession(runtime.engine(), world);
                for (int i = 0; i <= sessions; i++) {
                    if (checkpoints.contains(i)) {
                        // the histogram before the sample: what it holds is then in every sample from here on
                        if (i == WARM_UP && WARM_UP < sessions) {
                            before = HeapHistogram.take();
                        } else if (i == sessions && before != null) {
                            after = HeapHistogram.take();
                        }
                        ResourceSample sample = ResourceSample.take(i);
                        samples.add(sample);
                        System.out.printf(Locale.ROOT, "  after %5d sessions (%.0f s): %s%n", i,
                                (System.nanoTime() - start) / 1e9, sample);
                    }
                    if (i < sessions) {
                        session.run(i);
                    }
                }
            }
        } finally {
            if (view) {
                Platform.exit();
            }
            ConfiguredKiosk.deleteTree(dir);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (before != null && after != null) {
            System.out.println("classes whose instances grew most from session " + WARM_UP + " to " + sessions
                    + " (after full GC):");
            after.growthSince(before, 12).forEach(line -> System.out.println("  " + line));
        }
        Verdict verdict = Verdict.of(samples, TOLERANCE);
        System.out.println(verdict.summary());
        boolean complete = table(samples, sessions, view, seconds, verdict)
                .write(MarkdownTable.outputDirectory().resolve("sessions.md"));
        boolean strict = Boolean.getBoolean("bench.strict");
        System.exit(!complete || (strict && !verdict.flat()) ? 1 : 0);
    }

    /** The kiosk's window off-screen, as {@code --headless} opens it: each step's screen is built and dropped. */
    private static void openScreens(DemoWorld world, KioskParts parts, KioskRuntime runtime) throws Exception {
        Headless.configure();
        KioskApp.startToolkit();
        CompletableFuture<KioskApp> app = new CompletableFuture<>();
        Platform.runLater(() -> app.complete(KioskApp.open(runtime, Optional.of(world), new SilentVoice(),
                OperatorDesks.of(runtime, parts, new ErrorJournal(), "keyboard"), () -> { }, false, false)));
        app.get(60, TimeUnit.SECONDS);
    }

    private static MarkdownTable table(List<ResourceSample> samples, int sessions, boolean view, double seconds,
            Verdict verdict) {
        MarkdownTable table = new MarkdownTable(String.format(Locale.ROOT, "Resources across %,d kiosk sessions: the"
                + " demo kiosk in one JVM (%s), sessions driven through the flow engine with the virtual card"
                + " (card + CAN, confirm, then a birth registration, a clinic ticket or a notarisation in turn, to"
                + " the printed PDF receipt and home); measured after two full GCs; Java %s, max heap %d MB, JVM"
                + " options: %s", sessions, view ? "its JavaFX screens on Monocle" : "engine only, no screens",
                System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20, jvmOptions()),
                "sessions", "resident (VmRSS)", "heap after GC", "metaspace", "threads", "open fds");
        for (ResourceSample s : samples) {
            table.row(MarkdownTable.number(s.sessions(), 0), mb(s.rssKb()), mb(s.heapAfterGcKb()), mb(s.metaspaceKb()),
                    String.valueOf(s.threads()), String.valueOf(s.fds()));
        }
        table.note(String.format(Locale.ROOT, "%,d sessions in %.0f s (%.2f s each). Flat: heap after GC within"
                + " %.0f%% of its value at session %d (after the warm-up); resident memory settled, within %.0f%%"
                + " between the last two samples (the code cache, class metadata and the heap's committed size grow"
                + " into their working sizes over the first hundreds of sessions); threads and open file descriptors"
                + " within %d of session %d (pooled threads and keep-alive sockets come and go). %s", sessions,
                seconds, seconds / Math.max(1, sessions), TOLERANCE * 100, WARM_UP, TOLERANCE * 100,
                Verdict.POOL_SLACK, WARM_UP, verdict.summary()));
        table.note("Soft references: JavaFX's software renderer pools its effect and clip buffers (megabytes each)"
                + " behind soft references, which a full GC keeps while the heap has room; with the JVM's default"
                + " -XX:SoftRefLRUPolicyMSPerMB=1000 and a multi-gigabyte default heap they pile up for hours and"
                + " resident memory grows with them. -XX:SoftRefLRUPolicyMSPerMB=0 lets each GC drop the idle ones.");
        return table;
    }

    /** The -X and -XX options this JVM was started with: they decide how much memory it keeps. */
    private static String jvmOptions() {
        List<String> options = java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("-X")).toList();
        return options.isEmpty() ? "none" : "`" + String.join(" ", options) + "`";
    }

    private static String mb(long kb) {
        return MarkdownTable.number(kb / 1024.0, 1) + " MB";
    }
}
