package vn.kiosk.reader.fuzz;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * CI's short fuzz run of this module ({@code fuzz-ci} in the pom). Jazzer fuzzes one target per JVM,
 * and a fuzzing JVM costs seconds to start and instrument; so rather than a JVM per parser, this one
 * target hands each input to one of the module's targets, chosen by the input's last byte (where
 * {@link FuzzedDataProvider} takes its numbers from). Every parser gets a share of a bounded run; the
 * long runs fuzz the targets one by one ({@code -Pfuzz}).
 */
class EveryParserFuzzTest {

    /** One of the module's fuzz targets, fed from what is left of the input. */
    private interface Target {
        void run(FuzzedDataProvider data) throws Exception;
    }

    /** A target and its seed folder, {@code <Class>Inputs/<method>}, where its seeds are taken from. */
    private record Route(String seeds, Target target) {
    }

    private final List<Route> routes = routes();

    @FuzzTest(maxDuration = "60s")
    void anyParser(FuzzedDataProvider data) throws Exception {
        routes.get(data.consumeInt(0, routes.size() - 1)).target().run(data);
    }

    /**
     * Writes this target's seeds: each target's seeds (up to libFuzzer's default 4 kB) with the byte
     * that routes them to it appended. Run after the targets' seeds change:
     * {@code mvn -o -pl reader-driver test -Dtest=EveryParserFuzzTest -Dfuzz.seeds=write}.
     */
    @Test
    @EnabledIfSystemProperty(named = "fuzz.seeds", matches = "write")
    void writeSeeds() throws IOException {
        Path resources = Path.of("src/test/resources/vn/kiosk/reader/fuzz");
        Path out = Files.createDirectories(resources.resolve("EveryParserFuzzTestInputs/anyParser"));
        for (int i = 0; i < routes.size(); i++) {
            Path folder = resources.resolve(routes.get(i).seeds());
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> seeds = Files.list(folder)) {
                for (Path seed : seeds.filter(p -> p.getFileName().toString().startsWith("seed-")).toList()) {
                    byte[] bytes = Files.readAllBytes(seed);
                    if (bytes.length < 4096) {
                        byte[] routed = java.util.Arrays.copyOf(bytes, bytes.length + 1);
                        routed[bytes.length] = (byte) i;
                        Files.write(out.resolve("seed-" + i + "-" + seed.getFileName().toString().substring(5)), routed);
                    }
                }
            }
        }
    }

    private static List<Route> routes() {
        TlvFuzzTest tlv = new TlvFuzzTest();
        CardAccessFuzzTest cardAccess = new CardAccessFuzzTest();
        EfComFuzzTest com = new EfComFuzzTest();
        SecurityObjectFuzzTest sod = new SecurityObjectFuzzTest();
        Dg1FuzzTest dg1 = new Dg1FuzzTest();
        Dg2FuzzTest dg2 = new Dg2FuzzTest();
        Dg13FuzzTest dg13 = new Dg13FuzzTest();
        Dg14FuzzTest dg14 = new Dg14FuzzTest();
        Dg15FuzzTest dg15 = new Dg15FuzzTest();
        SecureMessagingFuzzTest sm = new SecureMessagingFuzzTest();
        QrFuzzTest qr = new QrFuzzTest();
        return List.of(
                new Route("TlvFuzzTestInputs/parseAll", d -> tlv.parseAll(d.consumeRemainingAsBytes())),
                new Route("CardAccessFuzzTestInputs/parse", d -> cardAccess.parse(d.consumeRemainingAsBytes())),
                new Route("EfComFuzzTestInputs/parse", d -> com.parse(d.consumeRemainingAsBytes())),
                new Route("SecurityObjectFuzzTestInputs/parse", d -> sod.parse(d.consumeRemainingAsBytes())),
                new Route("SecurityObjectFuzzTestInputs/passiveAuthentication",
                        d -> sod.passiveAuthentication(d.consumeRemainingAsBytes())),
                new Route("Dg1FuzzTestInputs/parse", d -> dg1.parse(d.consumeRemainingAsBytes())),
                new Route("Dg1FuzzTestInputs/mrzText", d -> dg1.mrzText(d.consumeRemainingAsBytes())),
                new Route("Dg2FuzzTestInputs/parse", d -> dg2.parse(d.consumeRemainingAsBytes())),
                new Route("Dg13FuzzTestInputs/parse", d -> dg13.parse(d.consumeRemainingAsBytes())),
                new Route("Dg14FuzzTestInputs/parse", d -> dg14.parse(d.consumeRemainingAsBytes())),
                new Route("Dg15FuzzTestInputs/parse", d -> dg15.parse(d.consumeRemainingAsBytes())),
                new Route("SecureMessagingFuzzTestInputs/unwrap", d -> sm.unwrap(d.consumeRemainingAsBytes())),
                new Route("SecureMessagingFuzzTestInputs/unwrapAuthenticated", sm::unwrapAuthenticated),
                new Route("QrFuzzTestInputs/parseText", d -> qr.parseText(d.consumeRemainingAsBytes())),
                new Route("QrFuzzTestInputs/parseBytes", d -> qr.parseBytes(d.consumeRemainingAsBytes())));
    }
}
