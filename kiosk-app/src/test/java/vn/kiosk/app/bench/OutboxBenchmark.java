package vn.kiosk.app.bench;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import vn.kiosk.app.backend.BackendClient;
import vn.kiosk.app.backend.BackendConfig;
import vn.kiosk.app.backend.Dossiers;
import vn.kiosk.app.backend.Identity;
import vn.kiosk.app.backend.OutboxDelivery;
import vn.kiosk.app.backend.RetryPolicy;
import vn.kiosk.app.outbox.DeliveryReport;
import vn.kiosk.app.outbox.EnqueueResult;
import vn.kiosk.app.outbox.Outbox;
import vn.kiosk.app.outbox.OutboxConfig;
import vn.kiosk.app.outbox.OutboxKeys;
import vn.kiosk.app.outbox.Submission;
import vn.kiosk.simulator.backend.BackendSettings;
import vn.kiosk.simulator.backend.ReferenceBackend;

/**
 * Issue 5's benchmark (not a test): enqueue latency of the outbox with WAL + {@code synchronous=FULL}
 * (every enqueue is one fsync'ed commit), and delivery throughput from the outbox to an in-process
 * reference backend over loopback HTTP (each delivery: decrypt, POST, the backend's own durable
 * insert, mark delivered).
 *
 * <p>Run: {@code mvn -Pbench -pl kiosk-app -am verify -DskipTests}. System properties
 * {@code bench.n} (default 500) and {@code bench.warmup} (default 50) change the counts; {@code
 * bench.dir} puts the databases on another disk (the default is the system temp directory, and the
 * numbers are mostly that disk's fsync latency). Writes {@code target/performance/outbox.md} (issue 8)
 * and exits non-zero when a number is missing.
 */
public final class OutboxBenchmark {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .serializationInclusion(JsonInclude.Include.NON_NULL).build();

    /** Enqueue latencies in milliseconds. */
    private record Enqueue(int n, long bodyBytes, double median, double p90, double p99, double max, double mean,
                           double perSecond) {
    }

    /** Sequential delivery to the reference backend, with a plain round trip for context. */
    private record Delivery(long delivered, double perSecond, double msEach, double rttMedian, double rttP99) {
    }

    private OutboxBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int n = Integer.getInteger("bench.n", 500);
        int warmup = Integer.getInteger("bench.warmup", 50);
        String where = System.getProperty("bench.dir", "");
        Path dir = where.isEmpty() ? Files.createTempDirectory("outbox-bench")
                : Files.createTempDirectory(Files.createDirectories(Path.of(where)), "outbox-bench");
        boolean complete;
        try {
            complete = run(n, warmup, dir);
        } finally {
            deleteTree(dir);
        }
        System.exit(complete ? 0 : 1);
    }

    private static boolean run(int n, int warmup, Path dir) throws Exception {
        FileStore store = Files.getFileStore(dir);
        System.out.printf(Locale.ROOT, "outbox benchmark: %d enqueues (+%d warm-up), WAL + synchronous=FULL,"
                + " AES-GCM bodies; database in %s (%s)%n", n, warmup, dir, store.type());
        System.out.printf(Locale.ROOT, "java %s, %s %s, %d cpus%n", System.getProperty("java.version"),
                System.getProperty("os.name"), System.getProperty("os.arch"), Runtime.getRuntime().availableProcessors());

        try (Outbox outbox = Outbox.open(OutboxConfig.of(dir.resolve("outbox.db"), OutboxKeys.generate()))) {
            for (int i = 0; i < warmup; i++) {
                enqueue(outbox, body(-1 - i));
            }
            long[] nanos = new long[n];
            long bytes = 0;
            long start = System.nanoTime();
            for (int i = 0; i < n; i++) {
                byte[] body = body(i); // built outside the timed part: we time the outbox, not Jackson
                bytes += body.length;
                long t0 = System.nanoTime();
                enqueue(outbox, body);
                nanos[i] = System.nanoTime() - t0;
            }
            double enqueueWall = (System.nanoTime() - start) / 1e9;
            Arrays.sort(nanos);
            Enqueue enqueue = new Enqueue(n, bytes / n, ms(percentile(nanos, 50)), ms(percentile(nanos, 90)),
                    ms(percentile(nanos, 99)), ms(nanos[n - 1]), ms((long) Arrays.stream(nanos).average().orElse(0)),
                    n / enqueueWall);
            System.out.printf(Locale.ROOT, "enqueue latency (full sync), n=%d, body ~%d bytes: median %.3f ms,"
                    + " p90 %.3f ms, p99 %.3f ms, max %.3f ms, mean %.3f ms (%.0f enqueues/s)%n", n, enqueue.bodyBytes(),
                    enqueue.median(), enqueue.p90(), enqueue.p99(), enqueue.max(), enqueue.mean(), enqueue.perSecond());

            long pending = outbox.stats().pending();
            try (ReferenceBackend backend = ReferenceBackend.start(BackendSettings.loopback(dir.resolve("backend")));
                 BackendClient client = BackendClient.create(new BackendConfig(
                         URI.create("http://127.0.0.1:" + backend.port() + "/"), "KIOSK-BENCH-01",
                         Duration.ofSeconds(2), Duration.ofSeconds(10), Duration.ofSeconds(20),
                         RetryPolicy.defaults(), Optional.empty()))) {
                OutboxDelivery delivery = new OutboxDelivery(client);
                long t0 = System.nanoTime();
                long delivered = 0;
                for (int round = 0; round < 1000 && outbox.stats().pending() > 0; round++) {
                    DeliveryReport report = outbox.deliverDue(delivery);
                    delivered += report.delivered().size();
                    if (!report.rejected().isEmpty() || !report.retryLater().isEmpty()) {
                        throw new IllegalStateException("delivery failed: rejected " + report.rejected()
                                + ", retry later " + report.retryLater());
                    }
                }
                double seconds = (System.nanoTime() - t0) / 1e9;
                if (delivered != pending || backend.dossierCount() != pending || outbox.stats().pending() != 0) {
                    throw new IllegalStateException("delivered " + delivered + " of " + pending + ", backend counts "
                            + backend.dossierCount());
                }
                // for context: one plain round trip with no write on the backend's side
                long[] rtt = new long[50];
                for (int i = 0; i < rtt.length; i++) {
                    long r0 = System.nanoTime();
                    if (!client.procedures().isOk()) {
                        throw new IllegalStateException("GET /procedures failed");
                    }
                    rtt[i] = System.nanoTime() - r0;
                }
                Arrays.sort(rtt);
                System.out.printf(Locale.ROOT, "for context, GET /api/v1/procedures round trip (no backend write):"
                        + " median %.2f ms, p99 %.2f ms%n", ms(percentile(rtt, 50)), ms(percentile(rtt, 99)));
                System.out.printf(Locale.ROOT, "delivery to the in-process reference backend (loopback HTTP,"
                        + " sequential, oldest first): %d submissions in %.2f s = %.1f submissions/s"
                        + " (%.2f ms each); backend counts %d dossiers%n", delivered, seconds, delivered / seconds,
                        seconds * 1000 / delivered, backend.dossierCount());
                Delivery measured = new Delivery(delivered, delivered / seconds, seconds * 1000 / delivered,
                        ms(percentile(rtt, 50)), ms(percentile(rtt, 99)));
                return table(enqueue, measured, store).write(MarkdownTable.outputDirectory().resolve("outbox.md"));
            }
        }
    }

    private static MarkdownTable table(Enqueue e, Delivery d, FileStore store) {
        MarkdownTable table = new MarkdownTable(String.format(Locale.ROOT, "Outbox: enqueue latency (SQLite WAL +"
                + " synchronous=FULL, one fsync'ed commit per enqueue, AES-GCM body) and sequential delivery to the"
                + " in-process reference backend over loopback HTTP; %,d dossiers of ~%,d bytes; database on %s;"
                + " %d cpus, Java %s", e.n(), e.bodyBytes(), store.type(), Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version")), "measure", "value");
        table.row("enqueue, median", msCell(e.median(), 3));
        table.row("enqueue, p90", msCell(e.p90(), 3));
        table.row("enqueue, p99", msCell(e.p99(), 3));
        table.row("enqueue, max", msCell(e.max(), 3));
        table.row("enqueue, mean", msCell(e.mean(), 3));
        table.row("enqueues per second (one thread)", MarkdownTable.number(e.perSecond(), 0));
        table.row("delivery throughput", MarkdownTable.number(d.perSecond(), 1) + " submissions/s ("
                + d.delivered() + " delivered, warm-up enqueues included)");
        table.row("delivery, per submission", msCell(d.msEach(), 2));
        table.row("for context: GET /procedures round trip, median / p99",
                msCell(d.rttMedian(), 2) + " / " + msCell(d.rttP99(), 2));
        table.note("Each delivery decrypts the body, POSTs it, waits for the backend's own durable insert and marks"
                + " the row delivered. Enqueue latency is mostly the disk's fsync latency: the temp directory's disk"
                + " here (bench.dir moves it).");
        return table;
    }

    private static String msCell(double value, int decimals) {
        String number = MarkdownTable.number(value, decimals);
        return MarkdownTable.MISSING.equals(number) ? number : number + " ms";
    }

    private static void enqueue(Outbox outbox, byte[] body) {
        EnqueueResult r = outbox.enqueue(new Submission("dossier", "POST", "/api/v1/dossiers", body));
        if (!(r instanceof EnqueueResult.Saved)) {
            throw new IllegalStateException("enqueue failed: " + r);
        }
    }

    /** A birth-registration dossier like the public-service flow sends (QR-only identity, form fields). */
    private static byte[] body(int i) throws IOException {
        Identity parent = new Identity(String.format(Locale.ROOT, "0010890%05d", Math.abs(i) % 100_000),
                "Nguyễn Văn Hùng", "1989-03-14", "M", "Việt Nam", null, null, "Hà Nội", "Số " + Math.abs(i)
                + " Phố Huế, Hai Bà Trưng, Hà Nội", null, "2021-04-01", "2029-03-14", null, null, null, null, null);
        return JSON.writeValueAsBytes(new Dossiers.Submission("KHAI_SINH", parent, null,
                Map.of("childFullName", "Nguyễn Minh Khôi", "childDateOfBirth", "2026-01-01", "childSex", "M",
                        "placeOfBirth", "Bệnh viện Phụ sản Hà Nội", "relationship", "FATHER"), null));
    }

    private static long percentile(long[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
