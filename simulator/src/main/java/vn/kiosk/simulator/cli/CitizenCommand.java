package vn.kiosk.simulator.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.kiosk.simulator.citizen.CitizenGenerator;
import vn.kiosk.simulator.citizen.CitizenJson;

/** {@code simulator citizen --seed N [--out FILE.json]}: the synthetic citizen a card would carry. */
@Command(name = "citizen", mixinStandardHelpOptions = true,
        description = "Prints (or writes) the synthetic citizen generated from a seed, as JSON.")
final class CitizenCommand implements Callable<Integer> {

    @Option(names = "--seed", required = true, paramLabel = "N", description = "The seed.")
    long seed;

    @Option(names = "--out", paramLabel = "FILE.json", description = "Write to this file instead of stdout.")
    Path out;

    @Override
    public Integer call() throws Exception {
        String json = new CitizenJson().write(CitizenGenerator.generate(seed));
        if (out != null) {
            Files.writeString(out, json + System.lineSeparator(), StandardCharsets.UTF_8);
        } else {
            // UTF-8 whatever the locale: names carry Vietnamese diacritics.
            PrintStream stdout = new PrintStream(System.out, true, StandardCharsets.UTF_8);
            stdout.println(json);
        }
        return 0;
    }
}
