package vn.kiosk.simulator.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import javax.imageio.ImageIO;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.kiosk.simulator.qr.CardFrontQr;
import vn.kiosk.simulator.qr.QrImages;

/** {@code simulator qr (--citizen FILE.json | --seed N) --out FILE.png}: the citizen's card-front QR. */
@Command(name = "qr", mixinStandardHelpOptions = true,
        description = "Renders a synthetic citizen's CCCD card-front QR code as a PNG image.")
final class QrCommand implements Callable<Integer> {

    @Mixin
    CitizenSource source = new CitizenSource();

    @Option(names = "--out", required = true, paramLabel = "FILE.png", description = "Where to write the PNG.")
    Path out;

    @Option(names = "--module", paramLabel = "PIXELS", defaultValue = "" + QrImages.DEFAULT_MODULE_PIXELS,
            description = "Pixels per QR module (default ${DEFAULT-VALUE}).")
    int modulePixels;

    @Override
    public Integer call() throws IOException {
        String text = CardFrontQr.text(source.citizen());
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null && !java.nio.file.Files.isDirectory(parent)) {
            throw new IOException("the folder " + parent + " does not exist: create it or choose another --out");
        }
        if (!ImageIO.write(QrImages.render(text, modulePixels), "png", out.toFile())) {
            throw new IOException("no PNG writer in this Java runtime");
        }
        return 0;
    }
}
