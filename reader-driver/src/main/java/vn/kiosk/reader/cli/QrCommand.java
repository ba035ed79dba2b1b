package vn.kiosk.reader.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.kiosk.reader.qr.FrameDecoder;
import vn.kiosk.reader.qr.ImageFrames;
import vn.kiosk.reader.qr.QrResult;
import vn.kiosk.reader.qr.QrTextParser;

/**
 * {@code reader-cli qr (--image FILE | --text TEXT) [--json]}: what a card-front, căn cước or VNeID
 * QR says, and the key it gives to the chip. A QR of no known kind is an answer (kind UNKNOWN,
 * exit 0); an image with no QR in it, or that cannot be read, is a failure (exit 1).
 */
@Command(name = "qr", mixinStandardHelpOptions = true,
        description = "Reads a CCCD, căn cước or VNeID QR code from an image or its text.")
public final class QrCommand implements Callable<Integer> {

    static final class Input {
        @Option(names = "--image", paramLabel = "FILE", description = "A photo or scan holding the QR code (PNG, JPEG, ...).")
        Path image;

        @Option(names = "--text", paramLabel = "TEXT", description = "The QR code's text, as a scanner gives it.")
        String text;
    }

    @Spec
    private CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Input input;

    @Option(names = "--json", description = "Print one JSON object (see the command-line contract).")
    boolean json;

    @Override
    public Integer call() throws IOException {
        QrResult result = new QrTextParser(Clock.systemUTC()).parse(text());
        if (json) {
            spec.commandLine().getOut().println(QrJson.write(result));
            spec.commandLine().getOut().flush();
        } else {
            // UTF-8 whatever the locale: names and addresses carry Vietnamese diacritics.
            PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
            out.print(QrText.format(result));
        }
        return ReaderCli.EXIT_OK;
    }

    private String text() throws IOException {
        if (input.text != null) {
            return input.text;
        }
        return new FrameDecoder().decode(ImageFrames.read(input.image))
                .orElseThrow(() -> new IOException("no QR code found in " + input.image
                        + ": photograph the QR code flat, filling more of the picture, and try again"))
                .text();
    }
}
