package vn.kiosk.simulator.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import vn.kiosk.simulator.testing.PcscdExtension;
import vn.kiosk.simulator.testing.RealPcscd;

/**
 * The command lines as an operator runs them, each a separate java process on the shaded jars:
 * {@code simulator pki}, {@code simulator card --vpcd} serving through the real pcscd, and
 * {@code reader-cli read --json}, whose identity must be the one {@code simulator citizen} prints.
 */
@ExtendWith(PcscdExtension.class)
class CommandLinesIT {
    private static final Path SIMULATOR = Path.of("target", "simulator.jar");
    private static final Path READER_CLI = Path.of("..", "reader-driver", "target", "reader-cli.jar");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<Process> background = new ArrayList<>();

    @TempDir
    Path dir;

    @AfterEach
    void stopCards() throws InterruptedException {
        for (Process process : background) {
            process.destroy();
            process.waitFor(5, TimeUnit.SECONDS);
        }
    }

    @Test
    void aCardServedByTheSimulatorReadsBackAsTheCitizenItWasMadeFrom(RealPcscd pcscd) throws Exception {
        Path pki = dir.resolve("pki");
        assertEquals(0, run(SIMULATOR, "pki", "--out", pki.toString()).exit());
        JsonNode citizen = JSON.readTree(run(SIMULATOR, "citizen", "--seed", "5").stdout());
        startCard(pcscd, "--seed", "5", "--pki", pki.toString());

        Result read = run(READER_CLI, "read", "--can", citizen.get("can").asText(), "--trust",
                pki.resolve("trust").toString(), "--json");

        assertEquals(0, read.exit(), read.stderr());
        JsonNode out = JSON.readTree(read.stdout());
        citizen.fieldNames().forEachRemaining(field -> {
            if (!field.equals("can")) {
                assertEquals(citizen.get(field), out.get("identity").get(field), field);
            }
        });
        JsonNode verification = out.get("verification");
        assertEquals("VALID", verification.get("passive").asText(), verification.toString());
        assertEquals("CHIP_CLONE_CHECKED", verification.get("assurance").asText());
        assertEquals("jpeg", out.get("photo").get("format").asText());
        assertEquals("PACE", out.get("stats").get("accessProtocol").asText());
        assertTrue(out.get("evidence").get("dataGroups").has("DG13"));
    }

    @Test
    void aForgedCardReadsButSaysSoAndAWrongCanFailsWithOneLine(RealPcscd pcscd) throws Exception {
        Path pki = dir.resolve("pki");
        assertEquals(0, run(SIMULATOR, "pki", "--out", pki.toString()).exit());
        JsonNode citizen = JSON.readTree(run(SIMULATOR, "citizen", "--seed", "6").stdout());
        startCard(pcscd, "--seed", "6", "--pki", pki.toString(), "--fault", "forged-dg13");

        Result forged = run(READER_CLI, "read", "--can", citizen.get("can").asText(), "--trust",
                pki.resolve("trust").toString(), "--no-photo", "--json");
        assertEquals(0, forged.exit(), forged.stderr());
        JsonNode verification = JSON.readTree(forged.stdout()).get("verification");
        assertEquals("INVALID", verification.get("passive").asText());
        assertEquals("INVALID", verification.get("dataGroups").get("DG13").asText());
        assertEquals("CHIP_UNVERIFIED", verification.get("assurance").asText());

        String wrongCan = String.format("%06d", (citizen.get("can").asInt() + 1) % 1_000_000);
        Result refused = run(READER_CLI, "read", "--can", wrongCan, "--json");
        assertEquals(1, refused.exit());
        assertEquals(1, refused.stderr().strip().lines().count(), refused.stderr());
        assertFalse(refused.stderr().contains("Exception"), refused.stderr());
    }

    @Test
    void badUsageExitsTwo() throws Exception {
        assertEquals(2, run(READER_CLI, "read", "--can", "123456", "--mrz", "X,1,2").exit());
        assertEquals(2, run(SIMULATOR, "card", "--fault", "no-such-fault").exit());
    }

    private void startCard(RealPcscd pcscd, String... options) throws Exception {
        pcscd.awaitEmpty(RealPcscd.READER_0, Duration.ofSeconds(3));
        List<String> command = new ArrayList<>(List.of(java(), "-jar", SIMULATOR.toString(), "card", "--vpcd",
                "127.0.0.1:" + RealPcscd.VPCD_PORT_0));
        command.addAll(List.of(options));
        Process card = new ProcessBuilder(command).redirectError(dir.resolve("card.log").toFile()).start();
        background.add(card);
        assertTrue(pcscd.terminal(RealPcscd.READER_0).waitForCardPresent(15_000),
                () -> "the card process did not reach pcscd: " + log(dir.resolve("card.log")));
    }

    private Result run(Path jar, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(java(), "-jar", jar.toString()));
        command.addAll(List.of(arguments));
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "timed out: " + command);
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String log(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "(no log)";
        }
    }

    private record Result(int exit, String stdout, String stderr) {
    }
}
