package vn.kiosk.app.voice;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * A stand-in for espeak-ng: a shell script that logs its pid, arguments and stdin to a file, then
 * sleeps (in a child process, as espeak-ng's audio would outlive a careless kill) and logs its end.
 */
final class FakeEspeak {

    final Path script;
    final Path log;

    private FakeEspeak(Path script, Path log) {
        this.script = script;
        this.log = log;
    }

    static FakeEspeak create(Path dir, int sleepSeconds) throws IOException {
        Path log = dir.resolve("calls.log");
        Path script = dir.resolve("fake-espeak-ng");
        String text = "#!/bin/sh\n"
                + "log='" + log + "'\n"
                + "echo \"pid=$$\" >> \"$log\"\n"
                + "for a in \"$@\"; do echo \"arg=$a\" >> \"$log\"; done\n"
                + "printf 'text=' >> \"$log\"; cat >> \"$log\"; echo >> \"$log\"\n"
                + "sleep " + sleepSeconds + " &\n"
                + "echo \"sleeper=$!\" >> \"$log\"\n"
                + "wait\n"
                + "echo \"end=$$\" >> \"$log\"\n";
        Files.writeString(script, text, StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        return new FakeEspeak(script, log);
    }

    List<String> lines() {
        try {
            return Files.exists(log) ? Files.readAllLines(log, StandardCharsets.UTF_8) : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<String> values(String key) {
        List<String> values = new ArrayList<>();
        for (String line : lines()) {
            if (line.startsWith(key + "=")) {
                values.add(line.substring(key.length() + 1));
            }
        }
        return values;
    }

    /** Waits until the log satisfies {@code condition}; fails the test after ten seconds. */
    void await(Predicate<FakeEspeak> condition, String what) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.test(this)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what + "; log: " + lines());
            }
            Thread.sleep(20);
        }
    }

    int count(String key) {
        return values(key).size();
    }
}
