package vn.kiosk.simulator.qr;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

import vn.kiosk.simulator.citizen.Citizen;
import vn.kiosk.simulator.citizen.CitizenGenerator;

/**
 * The distorted corpus: simulator-rendered card QRs damaged as cameras damage them, each distortion
 * {@value #PER_DISTORTION} times, seeded so it is the same on every run. Written as image files, since
 * zbarimg, the yardstick, reads files. Shared by {@link QrDistortionCorpusTest} (which asserts on it) and
 * {@link QrFrameRateBenchmark} (which reports it).
 */
final class QrCorpus {
    static final int PER_DISTORTION = 26;

    /** A damaged QR and the file it was written to. */
    record Sample(String distortion, Citizen citizen, String text, Path file) {
    }

    record Distortion(String name, String format, BiFunction<String, Random, BufferedImage> make) {
    }

    static final List<Distortion> DISTORTIONS = List.of(
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

    private QrCorpus() {
    }

    /** Renders, damages and writes every sample into {@code dir}. */
    static List<Sample> write(Path dir) throws IOException {
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
}
