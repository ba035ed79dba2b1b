package vn.kiosk.simulator.qr;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.kiosk.reader.identity.Identity;
import vn.kiosk.reader.qr.FrameDecoder;
import vn.kiosk.reader.qr.ImageFrames;
import vn.kiosk.reader.qr.QrDecode;
import vn.kiosk.reader.qr.QrResult;
import vn.kiosk.reader.qr.QrTextParser;
import vn.kiosk.simulator.citizen.Citizen;
import vn.kiosk.simulator.citizen.CitizenGenerator;

/**
 * At least 200 simulator-rendered card QRs, damaged as cameras damage them, decoded back to the
 * same identity. zbarimg (Debian's zbar-tools, an independent decoder) reads the same files as the
 * yardstick: per distortion we must decode at least as many as it does. Without zbarimg the
 * comparison is skipped, except under CI, where its absence is a failure.
 */
class QrDistortionCorpusTest {
    private static final int PER_DISTORTION = 26;

    /** A damaged QR and the file it was written to. */
    private record Sample(String distortion, Citizen citizen, String text, Path file) {
    }

    private record Distortion(String name, String format, BiFunction<String, Random, BufferedImage> make) {
    }

    private static final List<Distortion> DISTORTIONS = List.of(
            new Distortion("rotation<=45", "png",
                    (text, r) -> Distortions.rotate(base(text, 4), 5 + r.nextDouble() * 40)),
            new Distortion("perspective", "png",
                    (text, r) -> Distortions.perspective(base(text, 4), 0.08 + r.nextDouble() * 0.1, r)),
            new Distortion("blur", "png",
                    (text, r) -> Distortions.blur(base(text, 6), 1 + r.nextInt(3))),
            new Distortion("noise", "png",
                    (text, r) -> Distortions.noise(base(text, 4), 25 + r.nextDouble() * 40, r)),
            new Distortion("jpeg", "jpg",
                    (text, r) -> base(text, 3)),
            new Distortion("scaled-down", "png",
                    (text, r) -> Distortions.scale(base(text, 8), (1.3 + r.nextDouble() * 1.2) / 8)),
            new Distortion("low-contrast", "png",
                    (text, r) -> Distortions.lowContrast(base(text, 4), 95 + r.nextInt(30), 150 + r.nextInt(30),
                            r.nextInt(50) - 25)),
            new Distortion("small-in-1280x720", "png",
                    (text, r) -> Distortions.inFrame(base(text, 2 + r.nextInt(2)), r)),
            new Distortion("small-in-1920x1080", "png",
                    (text, r) -> Distortions.inFrame(base(text, 2 + r.nextInt(3)), 1920, 1080, r)),
            new Distortion("glare", "png",
                    (text, r) -> Distortions.glare(base(text, 4), r)),
            new Distortion("screen-moire", "png",
                    (text, r) -> Distortions.moire(base(text, 4), r)));

    @TempDir
    Path dir;

    @Test
    void theCorpusDecodesToTheSameIdentityWhereverZbarDoes() throws Exception {
        List<Sample> samples = corpus();
        assertTrue(samples.size() >= 200, "corpus of " + samples.size());

        long start = System.nanoTime();
        Map<Sample, Boolean> ours = new LinkedHashMap<>();
        samples.parallelStream().map(s -> Map.entry(s, decodesToHolder(s)))
                .toList().forEach(e -> ours.put(e.getKey(), e.getValue()));
        long oursMillis = (System.nanoTime() - start) / 1_000_000;

        Optional<Map<Sample, Boolean>> zbar = zbar(samples);
        if (zbar.isEmpty() && "true".equalsIgnoreCase(System.getenv("CI"))) {
            fail("zbarimg (Debian package zbar-tools) is needed on CI as the decoding yardstick");
        }

        StringBuilder table = new StringBuilder(String.format("%n%-20s %5s %8s %8s%n", "distortion", "n", "ours", "zbarimg"));
        List<String> behind = new ArrayList<>();
        int oursTotal = 0;
        for (Distortion d : DISTORTIONS) {
            List<Sample> group = samples.stream().filter(s -> s.distortion().equals(d.name())).toList();
            long ok = group.stream().filter(ours::get).count();
            oursTotal += ok;
            String zbarRate = zbar.map(z -> percent(group.stream().filter(z::get).count(), group.size())).orElse("-");
            table.append(String.format("%-20s %5d %8s %8s%n", d.name(), group.size(), percent(ok, group.size()), zbarRate));
        }
        table.append(String.format("%-20s %5d %8s  (ours in %d ms)%n", "all", samples.size(),
                percent(oursTotal, samples.size()), oursMillis));
        // Image by image: equal counts per distortion could hide us missing images zbar reads.
        zbar.ifPresent(z -> samples.stream().filter(s -> z.get(s) && !ours.get(s))
                .forEach(s -> behind.add(s.file().getFileName().toString())));
        if (!behind.isEmpty()) {
            table.append(String.format("read by zbarimg but not by us (%d): %s%n", behind.size(), behind));
        }
        System.out.println(table);

        assertTrue(behind.isEmpty(), "zbarimg decodes images we do not: " + behind + table);
        // Without the yardstick there must still be a floor: the corpus is meant to be mostly readable.
        assertTrue(oursTotal >= samples.size() * 8 / 10, "we decode only " + oursTotal + " of " + samples.size() + table);
    }

    private List<Sample> corpus() throws IOException {
        List<Sample> samples = new ArrayList<>();
        int index = 0;
        for (Distortion d : DISTORTIONS) {
            for (int i = 0; i < PER_DISTORTION; i++, index++) {
                Random random = new Random(7919L * index);
                Citizen citizen = CitizenGenerator.generate(10_000 + index);
                String text = CardFrontQr.text(citizen);
                BufferedImage image = d.make().apply(text, random);
                Path file = dir.resolve(String.format("%03d-%s.%s", index, d.name(), d.format()));
                if (d.format().equals("jpg")) {
                    writeJpeg(image, file, 0.1f + random.nextFloat() * 0.3f);
                } else {
                    ImageIO.write(image, "png", file.toFile());
                }
                samples.add(new Sample(d.name(), citizen, text, file));
            }
        }
        return samples;
    }

    private static BufferedImage base(String text, int module) {
        return Distortions.gray(QrImages.render(text, module));
    }

    private static boolean decodesToHolder(Sample sample) {
        try {
            Optional<QrDecode> decoded = new FrameDecoder().decode(ImageFrames.read(sample.file()));
            if (decoded.isEmpty()) {
                return false;
            }
            QrResult result = new QrTextParser(Clock.systemUTC()).parse(decoded.get().text());
            return result instanceof QrResult.Recognised r && sameHolder(sample.citizen(), r.identity());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean sameHolder(Citizen citizen, Identity id) {
        return citizen.idNumber().equals(id.idNumber()) && citizen.fullName().equals(id.fullName())
                && Optional.of(citizen.dateOfBirth()).equals(id.dateOfBirth())
                && citizen.placeOfResidence().equals(id.placeOfResidence())
                && Optional.of(citizen.issueDate()).equals(id.issueDate());
    }

    /** zbarimg's verdict per sample (the exact text), or empty when zbarimg is not installed. */
    private static Optional<Map<Sample, Boolean>> zbar(List<Sample> samples) {
        if (!zbarInstalled()) {
            return Optional.empty();
        }
        Map<Sample, Boolean> verdicts = new LinkedHashMap<>();
        samples.parallelStream().map(s -> Map.entry(s, zbarReads(s))).toList()
                .forEach(e -> verdicts.put(e.getKey(), e.getValue()));
        return Optional.of(verdicts);
    }

    private static boolean zbarInstalled() {
        try {
            Process p = new ProcessBuilder("zbarimg", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static boolean zbarReads(Sample sample) {
        try {
            Process p = new ProcessBuilder("zbarimg", "-q", "--raw", "-Sdisable", "-Sqrcode.enable",
                    sample.file().toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return false;
            }
            return out.strip().equals(sample.text());
        } catch (IOException e) {
            throw new IllegalStateException("zbarimg failed to run", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void writeJpeg(BufferedImage image, Path file, float quality) throws IOException {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpeg");
        ImageWriter writer = writers.next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(quality);
        try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
    }

    private static String percent(long ok, int of) {
        return of == 0 ? "-" : (100 * ok / of) + "%";
    }
}
