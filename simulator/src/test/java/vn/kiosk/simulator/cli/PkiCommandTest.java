package vn.kiosk.simulator.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;
import vn.kiosk.simulator.pki.TestPki;
import vn.kiosk.reader.verify.TrustStore;

class PkiCommandTest {
    @TempDir
    Path dir;

    private final StringWriter err = new StringWriter();
    private String failure = "";

    /** Like SimulatorCli: failures become exit 1 with one line, usage errors exit 2. */
    private int run(String... args) {
        CommandLine cli = new CommandLine(new PkiCommand());
        cli.setErr(new PrintWriter(err, true));
        cli.setExecutionExceptionHandler((e, failed, parseResult) -> {
            failure = e.getMessage();
            return 1;
        });
        return cli.execute(args);
    }

    @Test
    void writesAPkiThatLoadsAndATrustFolderThatReaderCliCanUse() throws Exception {
        Path out = dir.resolve("pki");

        assertEquals(0, run("--out", out.toString()));

        TestPki.load(out);
        TrustStore trust = TrustStore.load(TestPki.trustDirectory(out));
        assertEquals(1, trust.anchors().size());
        assertTrue(trust.problems().isEmpty(), trust.problems()::toString);
        assertTrue(err.toString().contains(out.toAbsolutePath().toString()), err::toString);
        assertTrue(err.toString().contains("--trust"), err::toString);
    }

    @Test
    void refusesToOverwriteWithoutForce() throws Exception {
        assertEquals(0, run("--out", dir.toString()));
        byte[] first = Files.readAllBytes(dir.resolve("csca.pem"));

        assertEquals(1, run("--out", dir.toString()));
        assertTrue(failure.contains("--force"), failure);
        assertEquals(new String(first), Files.readString(dir.resolve("csca.pem")));

        assertEquals(0, run("--out", dir.toString(), "--force", "--key", "rsa-2048"));
        assertFalse(new String(first).equals(Files.readString(dir.resolve("csca.pem"))));
    }

    @Test
    void badUsageExitsTwo() {
        assertEquals(2, run());
        assertEquals(2, run("--out", dir.toString(), "--key", "dsa-1024"));
        assertTrue(err.toString().contains("ec-p256"), err::toString);
    }
}
