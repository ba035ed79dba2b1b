package vn.kiosk.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.scene.text.Font;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import vn.kiosk.app.demo.DemoWorld;
import vn.kiosk.app.operator.ErrorJournal;
import vn.kiosk.app.runtime.KioskParts;
import vn.kiosk.app.runtime.KioskRuntime;
import vn.kiosk.app.runtime.OperatorDesks;
import vn.kiosk.app.voice.SilentVoice;

/**
 * Every screen, in Vietnamese and English, at 1920x1080, through the real demo: the PNGs land in
 * target/screenshots for a person to look at, and every screen is checked for cut-off text,
 * controls off the screen and letters drawn outside Noto Sans.
 */
class ScreenshotTourTest {
    @TempDir
    Path dir;

    @Test
    void everyScreenInBothLanguagesIsDrawnWholeAndSaved() throws Exception {
        FxToolkit.registerPrimaryStage();
        assertTrue(Font.getFamilies().contains(LayoutCheck.FONT_FAMILY),
                "Noto Sans (fonts-noto-core) must be installed: it has every Vietnamese letter");
        Path out = Path.of("target", "screenshots");
        try (DemoWorld world = DemoWorld.start(dir.resolve("backend"))) {
            KioskParts parts = KioskParts.demo(world, dir);
            try (KioskRuntime runtime = KioskRuntime.start(parts.setup())) {
                CompletableFuture<KioskApp> app = new CompletableFuture<>();
                Platform.runLater(() -> app.complete(KioskApp.open(runtime, java.util.Optional.of(world),
                        new SilentVoice(), OperatorDesks.of(runtime, parts, new ErrorJournal(), "keyboard"),
                        () -> { }, false, false)));
                ScreenshotTour tour = new ScreenshotTour(app.get(30, TimeUnit.SECONDS), world, out);
                int written = tour.run();
                Platform.runLater(() -> app.join().stage().hide());

                assertEquals(List.of(), tour.problems());
                try (Stream<Path> files = Files.list(out)) {
                    List<Path> shots = files.filter(f -> f.toString().endsWith(".png")).toList();
                    assertEquals(written, shots.size());
                    assertEquals(shots.stream().filter(f -> f.toString().endsWith("-vi.png")).count(),
                            shots.stream().filter(f -> f.toString().endsWith("-en.png")).count());
                    for (Path shot : shots) {
                        assertTrue(Files.size(shot) > 10_000, shot + " is a real picture");
                    }
                }
            }
        }
    }
}
