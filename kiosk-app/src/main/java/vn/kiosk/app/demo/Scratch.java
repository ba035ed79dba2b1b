package vn.kiosk.app.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The demo's working folder (its backend's data, outbox and receipts), made fresh at start and
 * removed when the JVM ends, however it ends short of a kill -9: a demo leaves nothing behind.
 */
public final class Scratch {
    private Scratch() {
    }

    public static Path create() throws IOException {
        Path dir = Files.createTempDirectory("cccd-kiosk-");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir), "demo-scratch-cleanup"));
        return dir;
    }

    static void delete(Path dir) {
        try (Stream<Path> tree = Files.walk(dir)) {
            tree.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            System.getLogger("kiosk.demo").log(System.Logger.Level.WARNING,
                    "demo folder " + dir + " not fully removed: " + e.getClass().getSimpleName());
        }
    }
}
