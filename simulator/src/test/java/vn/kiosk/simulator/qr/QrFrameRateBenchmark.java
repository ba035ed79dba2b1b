package vn.kiosk.simulator.qr;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import vn.kiosk.reader.qr.FrameDecoder;
import vn.kiosk.reader.qr.GrayFrame;
import vn.kiosk.reader.qr.ImageFrames;
import vn.kiosk.reader.qr.QrDecode;
import vn.kiosk.simulator.citizen.CitizenGenerator;

/**
 * Frames per second on 1280x720 grayscale frames with a small QR in clutter (as the corpus's
 * small-in-1280x720 distortion) and with clutter only: ours (full ladder and quick path) against
 * zbarimg. Not a test: prints numbers, asserts nothing. Run with {@code mvn -Pbench -pl simulator
 * -am verify -DskipTests}. Single-threaded on both sides, as zbarimg is.
 */
public final class QrFrameRateBenchmark {
    private static final int FRAMES = 40;
    private static final int ROUNDS = 3;

    /** One row of the table. */
    private record Rate(String decoder, String frames, double perSecond, int found, int of) {
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
        List<Rate> rates = new ArrayList<>();
        FrameDecoder decoder = new FrameDecoder();
        for (String kind : List.of("with QR", "without QR")) {
            List<GrayFrame> frames = (kind.equals("with QR") ? withQr : without).stream().map(ImageFrames::of).toList();
            rates.add(ours("ours decode", kind, frames, decoder::decode));
            rates.add(ours("ours decodeQuick", kind, frames, decoder::decodeQuick));
        }
        Path dir = Files.createTempDirectory("qr-bench");
        try {
            rates.add(zbar("with QR", withQr, dir.resolve("with")));
            rates.add(zbar("without QR", without, dir.resolve("without")));
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        print(rates);
    }

    private static Rate ours(String name, String kind, List<GrayFrame> frames,
            Function<GrayFrame, Optional<QrDecode>> decode) {
        frames.forEach(decode::apply); // warm-up: let the JIT compile ZXing before timing it
        int found = 0;
        long start = System.nanoTime();
        for (int round = 0; round < ROUNDS; round++) {
            found = 0;
            for (GrayFrame frame : frames) {
                found += decode.apply(frame).isPresent() ? 1 : 0;
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Rate(name, kind, ROUNDS * frames.size() / seconds, found, frames.size());
    }

    /** One zbarimg process for the whole batch, so process start is spread over all its files. */
    private static Rate zbar(String kind, List<BufferedImage> images, Path dir) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        List<String> command = new ArrayList<>(List.of("zbarimg", "-q", "--raw", "-Sdisable", "-Sqrcode.enable"));
        for (int i = 0; i < images.size(); i++) {
            Path file = dir.resolve(String.format("%03d.png", i));
            ImageIO.write(images.get(i), "png", file.toFile());
            command.add(file.toString());
        }
        runZbar(command); // warm-up: page cache and the dynamic loader, as the JIT warm-up on our side
        long start = System.nanoTime();
        int found = 0;
        for (int round = 0; round < ROUNDS; round++) {
            found = runZbar(command);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (found < 0) {
            return new Rate("zbarimg (not installed)", kind, Double.NaN, 0, images.size());
        }
        return new Rate("zbarimg, 1 process/batch", kind, ROUNDS * images.size() / seconds, found, images.size());
    }

    /** The number of QRs zbarimg printed, or -1 when it cannot run. */
    private static int runZbar(List<String> command) throws InterruptedException {
        try {
            Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return -1;
            }
            // --raw prints one line per symbol; a card QR's text has no newline of its own
            return (int) out.lines().filter(l -> !l.isBlank()).count();
        } catch (IOException e) {
            return -1;
        }
    }

    private static void print(List<Rate> rates) {
        StringBuilder out = new StringBuilder();
        out.append(String.format("%nQR frame rate, 1280x720 grayscale, %d frames x %d rounds, 1 thread%n", FRAMES, ROUNDS));
        out.append(String.format("%-26s %-11s %10s %8s%n", "decoder", "frames", "frames/s", "found"));
        for (Rate r : rates) {
            out.append(String.format("%-26s %-11s %10.1f %5d/%d%n", r.decoder(), r.frames(), r.perSecond(), r.found(), r.of()));
        }
        out.append("ours: GrayFrame already in memory (a camera's Y plane), no image decoding timed.\n");
        out.append("zbarimg: one invocation over all the frame PNGs to spread process start; its rate includes\n");
        out.append("process start and PNG decoding, so it understates zbar's own scanner speed somewhat.\n");
        System.out.println(out);
    }
}
