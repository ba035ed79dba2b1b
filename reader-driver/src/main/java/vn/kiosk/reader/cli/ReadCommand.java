package vn.kiosk.reader.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.Callable;

import javax.smartcardio.CardTerminal;

import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.kiosk.reader.access.AccessKey;
import vn.kiosk.reader.bac.MrzKey;
import vn.kiosk.reader.error.CardRemovedException;
import vn.kiosk.reader.error.ReaderException;
import vn.kiosk.reader.qr.QrResult;
import vn.kiosk.reader.qr.QrTextParser;
import vn.kiosk.reader.read.CardRead;
import vn.kiosk.reader.read.IdCardReader;
import vn.kiosk.reader.read.ReadListener;
import vn.kiosk.reader.read.ReadOptions;
import vn.kiosk.reader.transport.Terminals;
import vn.kiosk.reader.verify.TrustStore;

/**
 * {@code reader-cli read}: waits for a card, opens it with the key given, reads, verifies and
 * prints. A card that cannot be read exits 1; a card that reads but does not verify exits 0 and
 * says so, since accepting it or not is the caller's decision.
 */
@Command(name = "read", mixinStandardHelpOptions = true,
        description = "Reads and verifies the ID card on a reader.")
public final class ReadCommand implements Callable<Integer> {

    static final class Key {
        @Option(names = "--can", paramLabel = "DIGITS", description = "The card access number (last 6 digits of the ID number).")
        String can;

        @Option(names = "--mrz", paramLabel = "DOCNO,YYMMDD-BIRTH,YYMMDD-EXPIRY", description = "The MRZ key fields.")
        String mrz;

        @Option(names = "--qr", paramLabel = "TEXT", description = "The card-front QR text, from which the key is derived.")
        String qr;
    }

    @Spec
    private CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Key key;

    @Option(names = "--terminal", paramLabel = "NAME", description = "The reader to use (default: the first with a card).")
    String terminal;

    @Option(names = "--wait", paramLabel = "SECONDS", defaultValue = "10",
            description = "How long to wait for a card (default ${DEFAULT-VALUE}).")
    int waitSeconds;

    @Option(names = "--trust", paramLabel = "DIR", description = "CSCA certificates, CRLs and master lists to verify against.")
    Path trust;

    @Option(names = "--challenge", paramLabel = "HEX", description = "8 bytes for active authentication to sign (a backend's nonce).")
    String challenge;

    @Option(names = "--no-photo", description = "Do not read the face image (DG2).")
    boolean noPhoto;

    @Option(names = "--json", description = "Print one JSON object (see the command-line contract).")
    boolean json;

    @Override
    public Integer call() throws ReaderException, IOException {
        AccessKey accessKey = accessKey();
        ReadOptions options = new ReadOptions(!noPhoto, challengeBytes(), trustStore(), Clock.systemUTC());
        Terminals.usePcscLibraryIfNeeded();
        CardTerminal card = Terminals.waitForCard(Terminals.pcsc(), terminal, Duration.ofSeconds(waitSeconds))
                .orElseThrow(() -> new CardRemovedException("no card " + (terminal == null ? "on any reader" : "on " + terminal)
                        + " within " + waitSeconds + " s: place the card on the reader and try again"));
        CardRead read = new IdCardReader(new SecureRandom()).read(card, accessKey, options, ReadListener.NONE);
        if (json) {
            spec.commandLine().getOut().println(new ReadJson().write(read));
            spec.commandLine().getOut().flush();
        } else {
            PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
            out.print(ReadText.format(read));
        }
        return ReaderCli.EXIT_OK;
    }

    private AccessKey accessKey() {
        try {
            if (key.can != null) {
                return AccessKey.can(key.can.trim());
            }
            if (key.mrz != null) {
                return AccessKey.mrz(MrzKey.parse(key.mrz));
            }
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        return qrAccessKey(key.qr);
    }

    /**
     * The CAN from the card QR: PACE, which every CCCD offers, needs no expiry date, whereas the
     * MRZ key would need one computed from the renewal ages (and none is known past 60).
     */
    private AccessKey qrAccessKey(String text) {
        QrResult result = new QrTextParser(Clock.systemUTC()).parse(text);
        if (result instanceof QrResult.Recognised recognised && recognised.accessKey().can().isPresent()) {
            return AccessKey.can(recognised.accessKey().can().get());
        }
        throw new CommandLine.ParameterException(spec.commandLine(), "--qr: not a usable ID card QR ("
                + result.kind() + ": " + String.join("; ", result.problems())
                + "): give the card-front QR text, or --can with the last 6 digits of the ID number");
    }

    private Optional<byte[]> challengeBytes() {
        if (challenge == null) {
            return Optional.empty();
        }
        try {
            byte[] bytes = HexFormat.of().parseHex(challenge.trim());
            if (bytes.length != 8) {
                throw new IllegalArgumentException("length");
            }
            return Optional.of(bytes);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--challenge must be 8 bytes in hex (16 digits)");
        }
    }

    private TrustStore trustStore() throws IOException {
        if (trust == null) {
            return TrustStore.empty();
        }
        try {
            return TrustStore.load(trust);
        } catch (IOException e) {
            throw new IOException("cannot read the trust store " + trust + ": " + e.getMessage(), e);
        }
    }
}
