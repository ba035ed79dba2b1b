package vn.kiosk.app.fuzz;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * CI's short fuzz run of the backend JSON the kiosk reads ({@code fuzz-ci} in the pom), shaped like
 * reader-driver's {@code EveryParserFuzzTest}: one target that hands each input to one of
 * {@link BackendJsonFuzzTest}'s answer targets, chosen by the input's last byte, so one fuzzing JVM
 * covers them all. {@code apiResult} is left to the long runs: each of its inputs is an HTTP exchange,
 * thousands of times slower than the others.
 */
class EveryAnswerFuzzTest {

    /** A target and its seed folder under {@code BackendJsonFuzzTestInputs/}. */
    private record Route(String method, Consumer<byte[]> target) {
    }

    private final List<Route> routes = routes();

    @FuzzTest(maxDuration = "60s")
    void anyAnswer(FuzzedDataProvider data) {
        routes.get(data.consumeInt(0, routes.size() - 1)).target().accept(data.consumeRemainingAsBytes());
    }

    /**
     * Writes this target's seeds: the answer targets' seeds with the byte that routes them appended.
     * {@code mvn -o -pl kiosk-app test -Dtest=EveryAnswerFuzzTest -Dfuzz.seeds=write}.
     */
    @Test
    @EnabledIfSystemProperty(named = "fuzz.seeds", matches = "write")
    void writeSeeds() throws IOException {
        Path resources = Path.of("src/test/resources/vn/kiosk/app/fuzz");
        Path out = Files.createDirectories(resources.resolve("EveryAnswerFuzzTestInputs/anyAnswer"));
        for (int i = 0; i < routes.size(); i++) {
            try (Stream<Path> seeds = Files.list(resources.resolve("BackendJsonFuzzTestInputs").resolve(routes.get(i).method()))) {
                for (Path seed : seeds.filter(p -> p.getFileName().toString().startsWith("seed-")).toList()) {
                    byte[] bytes = Files.readAllBytes(seed);
                    byte[] routed = Arrays.copyOf(bytes, bytes.length + 1);
                    routed[bytes.length] = (byte) i;
                    Files.write(out.resolve("seed-" + i + "-" + seed.getFileName().toString().substring(5)), routed);
                }
            }
        }
    }

    private static List<Route> routes() {
        BackendJsonFuzzTest json = new BackendJsonFuzzTest();
        return List.of(
                new Route("procedure", json::procedure),
                new Route("insuranceCheck", json::insuranceCheck),
                new Route("departmentQueue", json::departmentQueue),
                new Route("clinicRegistration", json::clinicRegistration),
                new Route("notaryRequestType", json::notaryRequestType),
                new Route("notaryRequest", json::notaryRequest),
                new Route("dossierStatus", json::dossierStatus),
                new Route("kioskConfiguration", json::kioskConfiguration),
                new Route("livenessResult", json::livenessResult),
                new Route("problem", json::problem));
    }
}
