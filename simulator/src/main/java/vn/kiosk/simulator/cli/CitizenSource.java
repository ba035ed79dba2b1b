package vn.kiosk.simulator.cli;

import java.io.IOException;
import java.nio.file.Path;

import picocli.CommandLine.Option;
import vn.kiosk.simulator.citizen.Citizen;
import vn.kiosk.simulator.citizen.CitizenGenerator;
import vn.kiosk.simulator.citizen.CitizenJson;

/** The {@code --citizen FILE | --seed N} choice that several subcommands share. */
final class CitizenSource {
    @Option(names = "--citizen", paramLabel = "FILE.json", description = "A citizen record as 'simulator citizen' writes it.")
    Path file;

    @Option(names = "--seed", paramLabel = "N", description = "Generate the citizen from this seed (default 1).")
    Long seed;

    Citizen citizen() throws IOException {
        if (file != null && seed != null) {
            throw new IllegalArgumentException("give --citizen or --seed, not both");
        }
        return file != null ? new CitizenJson().read(file) : CitizenGenerator.generate(seed == null ? 1 : seed);
    }
}
