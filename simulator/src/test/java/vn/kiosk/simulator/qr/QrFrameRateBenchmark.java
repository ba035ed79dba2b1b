package vn.kiosk.simulator.qr;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;

import vn.kiosk.reader.qr.FrameDecoder;
import vn.kiosk.reader.qr.GrayFrame;
import vn.kiosk.reader.qr.ImageFrames;
import vn.kiosk.reader.qr.QrDecode;
import vn.kiosk.simulator.citizen.CitizenGenerator;

/**
 * Issue 8's QR numbers, ours (ZXing through {@link FrameDecoder}) against zbarimg on the same frames:
 * frames per second on one core at 1280x720, grayscale, with a small QR in clutter (as the corpus's
 * small-in-1280x720) and with clutter only; and the share of the distorted corpus ({@link QrCorpus})
 * each decodes. Not a test: prints numbers and writes {@code target/performance/qr.md}; exits non-zero
 * when a number is missing (zbarimg not installed). Run with {@code mvn -Pbench -pl simulator -am verify
 * -DskipTests}, which gives this JVM one processor ({@code -XX:ActiveProcessorCount=1}).
 *
 * <p>"One core" is measured as CPU time: the process's CPU time over the timed loop (the decoding
 * thread, and the garbage collector's work for it), and zbarimg's user + system time. Both are
 * single-threaded, and CPU time, unlike the wall clock, does not depend on what else runs on the
 * machine. The wall-clock rate is printed too.
 */
public final class QrFrameRateBenchmark {
    private static final int FRAMES = Integer.getInteger("bench.frames", 40);
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 5);
    private static final double TARGET_FPS = 30;
    /** The live-loop policy the row "live loop" prices: the quick path every frame, the full ladder every Nth. */
    private static final int FULL_LADDER_EVERY = 10;

    /** One decoder on one kind of frame: frames per CPU-second and per wall-second. */
    private record Rate(String decoder, String frames, double cpuFps, double wallFps, int found, int of) {
    }

    /** One distortion of the corpus: how many of its samples each decoder read back exactly. */
    private record CorpusRow(String distortion, int samples, int ours, int zbar) {
    }

    private QrFrameRateBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<BufferedImage> withQr = new ArrayList<>();
        List<BufferedImage> without = new ArrayList<>();
        for (int i = 0; i < FRAMES; i++) {
            Random random = new Random(104_729L * i);
            String text = CardFrontQr.text(CitizenGenerator.generate(50_000 + i));
            withQr.add(Distortions.inFrame(Distortions.gray(QrImages.render(text, 2 + random.nextInt(2))), random));
            // the same clutter generator with nothing to find: a 1x1 paper-white dot stands in for the QR
            without.add(Distortions.inFrame(new BufferedImage(1, 1, BufferedImage.TYPE_BYTE_GRAY), new Random(7L * i)));
        }
        boolean zbarInstalled = Zbar.installed();
        List<Rate> rates = new ArrayList<>();
        FrameDecoder decoder = new FrameDecoder();
        Path dir = Files.createTempDirectory("qr-bench");
        try {
            for (String kind : List.of("with QR", "without QR")) {
                List<BufferedImage> images = kind.equals("with QR") ? withQr : without;
                List<GrayFrame> frames = images.stream().map(ImageFrames::of).toList();
                rates.add(ours("ours, decodeQuick", kind, frames, decoder::decodeQuick));
                rates.add(ours("ours, decode (full ladder)", kind, frames, decoder::decode));
                rates.add(zbarInstalled ? zbar(kind, frames, dir.resolve(kind.replace(' ', '-')))
                        : new Rate("zbarimg (not installed)", kind, Double.NaN, Double.NaN, 0, frames.size()));
            }
            rates.add(liveLoop(rates));
            List<CorpusRow> corpus = corpus(dir.resolve("corpus"), zbarInstalled);
            String markdown = markdown(rates, corpus);
            System.out.println(markdown);
            Path out = Path.of(System.getProperty("bench.out", "target/performance")).resolve("qr.md");
            Files.createDirectories(out.toAbsolutePath().getParent());
            Files.writeString(out, markdown, StandardCharsets.UTF_8);
            System.out.println("written to " + out.toAbsolutePath());
            boolean complete = !markdown.contains(MISSING);
            if (!complete) {
                System.err.println("a number is missing from qr.md (is zbarimg installed? Debian: zbar-tools)");
            }
            System.exit(complete ? 0 : 1);
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static Rate ours(String name, String kind, List<GrayFrame> frames,
            Function<GrayFrame, Optional<QrDecode>> decode) {
        // warm-up: let the JIT compile ZXing before timing it; the quick path needs more calls than three
        // rounds to be compiled fully, so warm for two seconds at least
        long warmUntil = System.nanoTime() + 2_000_000_000L;
        for (int i = 0; i < 3 || System.nanoTime() < warmUntil; i++) {
            frames.forEach(decode::apply);
        }
        int found = 0;
        long cpu0 = processCpuNanos();
        long wall0 = System.nanoTime();
        for (int round = 0; round < ROUNDS; round++) {
            found = 0;
            for (GrayFrame frame : frames) {
                found += decode.apply(frame).isPresent() ? 1 : 0;
            }
        }
        double cpu = (processCpuNanos() - cpu0) / 1e9;
        double wall = (System.nanoTime() - wall0) / 1e9;
        int decoded = ROUNDS * frames.size();
        return new Rate(name, kind, decoded / cpu, decoded / wall, found, frames.size());
    }

    /**
     * zbarimg on the same frames, as 8-bit PGM files (the cheapest image file to read, so its time is
     * scanning). A batch of all frames less a batch of one, over all frames less one, removes the
     * process start and ImageMagick's set-up from the per-frame cost.
     */
    private static Rate zbar(String kind, List<GrayFrame> frames, Path dir) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < frames.size(); i++) {
            files.add(writePgm(frames.get(i), dir.resolve(String.format(Locale.ROOT, "%03d.pgm", i))));
        }
        Zbar.scan(files); // warm-up: page cache and the dynamic loader, as the JIT warm-up on our side
        double all = 0;
        double one = 0;
        int found = 0;
        long wall0 = System.nanoTime();
        for (int round = 0; round < ROUNDS; round++) {
            Zbar.Batch batch = Zbar.scan(files);
            all += batch.cpuSeconds();
            found = batch.found();
        }
        double wall = (System.nanoTime() - wall0) / 1e9;
        for (int round = 0; round < ROUNDS; round++) {
            one += Zbar.scan(files.subList(0, 1)).cpuSeconds();
        }
        double perFrame = (all - one) / (ROUNDS * (frames.size() - 1.0));
        return new Rate("zbarimg (per frame, process start removed)", kind, 1 / perFrame,
                ROUNDS * frames.size() / wall, found, frames.size());
    }

    private static Path writePgm(GrayFrame frame, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(String.format(Locale.ROOT, "P5\n%d %d\n255\n", frame.width(), frame.height())
                    .getBytes(StandardCharsets.US_ASCII));
            for (int y = 0; y < frame.height(); y++) {
                out.write(frame.luminance(), frame.offset() + y * frame.stride(), frame.width());
            }
        }
        return file;
    }

    /**
     * What a live camera loop can keep up with when nothing is in front of the camera (its usual state
     * and its costliest): the quick path on every frame and the full ladder on every {@value
     * #FULL_LADDER_EVERY}th, as FrameDecoder's documentation advises.
     */
    private static Rate liveLoop(List<Rate> rates) {
        Rate quick = find(rates, "ours, decodeQuick", "without QR");
        Rate full = find(rates, "ours, decode (full ladder)", "without QR");
        double cpu = 1 / (1 / quick.cpuFps() + 1 / (full.cpuFps() * FULL_LADDER_EVERY));
        double wall = 1 / (1 / quick.wallFps() + 1 / (full.wallFps() * FULL_LADDER_EVERY));
        return new Rate("ours, live loop: quick every frame, full ladder every " + FULL_LADDER_EVERY + "th",
                "without QR", cpu, wall, 0, quick.of());
    }

    private static Rate find(List<Rate> rates, String decoder, String frames) {
        return rates.stream().filter(r -> r.decoder().equals(decoder) && r.frames().equals(frames)).findFirst()
                .orElseThrow();
    }

    /** The distorted corpus, read by both decoders file by file; a sample counts when the exact text comes back. */
    private static List<CorpusRow> corpus(Path dir, boolean zbarInstalled) throws IOException {
        Files.createDirectories(dir);
        List<QrCorpus.Sample> samples = QrCorpus.write(dir);
        FrameDecoder decoder = new FrameDecoder();
        List<CorpusRow> rows = new ArrayList<>();
        for (QrCorpus.Distortion d : QrCorpus.DISTORTIONS) {
            List<QrCorpus.Sample> group = samples.stream().filter(s -> s.distortion().equals(d.name())).toList();
            int ours = 0;
            int zbar = 0;
            for (QrCorpus.Sample s : group) {
                ours += decoder.decode(ImageFrames.read(s.file())).map(QrDecode::text).filter(s.text()::equals)
                        .isPresent() ? 1 : 0;
                zbar += zbarInstalled && Zbar.reads(s.file(), s.text()) ? 1 : 0;
            }
            rows.add(new CorpusRow(d.name(), group.size(), ours, zbarInstalled ? zbar : -1));
        }
        return rows;
    }

    private static final String MISSING = "—";

    private static String markdown(List<Rate> rates, List<CorpusRow> corpus) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "#### QR decoding speed: frames per second on one core, 1280x720"
                + " grayscale frames (a small card QR in clutter, or clutter only), %d frames x %d rounds after"
                + " warm-up; one thread, %s; Java %s%n%n", FRAMES, ROUNDS, jvmFlags(), System.getProperty("java.version")));
        out.append("| decoder | frames | frames/s, one core (CPU time) | frames/s, wall clock | found | target ≥ 30 |\n");
        out.append("| --- | --- | --- | --- | --- | --- |\n");
        for (Rate r : rates) {
            boolean measured = !Double.isNaN(r.cpuFps());
            out.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s |%n", r.decoder(), r.frames(),
                    fps(r.cpuFps()), fps(r.wallFps()), r.decoder().contains("live loop") ? "-"
                            : measured ? r.found() + "/" + r.of() : MISSING,
                    !r.decoder().startsWith("ours") ? "-" : r.cpuFps() >= TARGET_FPS ? "holds" : "missed"));
        }
        out.append(String.format(Locale.ROOT, "%nOurs: the frame already in memory (a camera's Y plane), nothing"
                + " decoded from a file; CPU time of the whole process over the timed loop (so the collector's work"
                + " counts). zbarimg: the same frames as PGM files, its user + system CPU time, less a one-file run's"
                + " (process start, ImageMagick). The live loop row is derived from the two \"without QR\" rows."
                + " Wall clock depends on the machine's other load.%n%n"));

        out.append(String.format(Locale.ROOT, "#### QR decode rate on the distorted corpus: %d simulator-rendered"
                + " card QRs, %d per distortion; a sample counts when the exact QR text comes back (ours: the full"
                + " ladder, FrameDecoder.decode)%n%n", corpus.stream().mapToInt(CorpusRow::samples).sum(),
                QrCorpus.PER_DISTORTION));
        out.append("| distortion | samples | ours | zbarimg | at least zbar's |\n");
        out.append("| --- | --- | --- | --- | --- |\n");
        int n = 0;
        int ours = 0;
        int zbar = 0;
        boolean zbarMeasured = corpus.stream().allMatch(r -> r.zbar() >= 0);
        for (CorpusRow r : corpus) {
            out.append(row(r.distortion(), r.samples(), r.ours(), r.zbar()));
            n += r.samples();
            ours += r.ours();
            zbar += r.zbar();
        }
        out.append(row("all", n, ours, zbarMeasured ? zbar : -1));
        return out.toString();
    }

    private static String row(String name, int samples, int ours, int zbar) {
        return String.format(Locale.ROOT, "| %s | %d | %s | %s | %s |%n", name, samples, share(ours, samples),
                zbar < 0 ? MISSING : share(zbar, samples), zbar < 0 ? MISSING : ours >= zbar ? "yes" : "no");
    }

    private static String share(int ok, int of) {
        return String.format(Locale.ROOT, "%d (%d%%)", ok, of == 0 ? 0 : 100 * ok / of);
    }

    private static String fps(double value) {
        return Double.isNaN(value) ? MISSING : String.format(Locale.ROOT, "%.1f", value);
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** The JVM's processor count as the benchmark ran it (the bench profile gives it one). */
    private static String jvmFlags() {
        return Runtime.getRuntime().availableProcessors() + " processor(s) visible to the JVM";
    }
}
