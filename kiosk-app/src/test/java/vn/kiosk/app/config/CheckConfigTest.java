package vn.kiosk.app.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import vn.kiosk.app.Main;

/** {@code kiosk-app --check-config --config FILE}: the operator's way to try a file before restarting the kiosk. */
class CheckConfigTest {
    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
            int exit = new CommandLine(new Main()).execute(args);
            return new Run(exit, stdout.toString(StandardCharsets.UTF_8), stderr.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    @Test
    void aUsableFileIsSaidToBeUsable() throws Exception {
        ConfigFixture fx = ConfigFixture.create(dir);
        Path file = fx.write(fx.minimal());
        Run r = run("--check-config", "--config", file.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("can start"), r.out());
    }

    @Test
    void everyProblemIsListedAndTheExitCodeIsOne() throws Exception {
        ConfigFixture fx = ConfigFixture.create(dir);
        Map<String, String> settings = new java.util.HashMap<>(fx.minimal());
        settings.put("backend.url", "ftp://nowhere");
        settings.remove("operator.pin");
        Run r = run("--check-config", "--config", fx.write(settings).toString());
        assertEquals(1, r.exit());
        assertTrue(r.err().contains("backend.url") && r.err().contains("operator.pin"), r.err());
    }

    @Test
    void withoutAFileItIsAUsageError() {
        assertEquals(2, run("--check-config").exit());
    }
}
