package vn.kiosk.app.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo kiosk, started and ended as a process, leaves no working folder in the temp directory. */
class DemoLeavesNothingBehindTest {
    @TempDir
    Path tmp;

    @Test
    void aDemoRunRemovesItsFolderOnExit() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process kiosk = new ProcessBuilder(java.toString(), "-Djava.io.tmpdir=" + tmp,
                "-cp", System.getProperty("java.class.path"), "vn.kiosk.app.Main", "--headless", "--smoke", "--no-voice")
                .redirectErrorStream(true).start();
        String output = new String(kiosk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(kiosk.waitFor(120, TimeUnit.SECONDS), "the smoke run did not end");
        assertEquals(0, kiosk.exitValue(), output);
        assertTrue(output.contains("welcome screen up after"), output);
        try (Stream<Path> left = Files.list(tmp)) {
            List<String> demoFolders = left.map(p -> p.getFileName().toString())
                    .filter(name -> name.startsWith("cccd-kiosk-")).toList();
            assertEquals(List.of(), demoFolders);
        }
    }
}
