package vn.kiosk.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.kiosk.app.demo.DemoWorld;
import vn.kiosk.app.runtime.DemoSetup;
import vn.kiosk.app.runtime.KioskRuntime;
import vn.kiosk.app.runtime.RuntimeSetup;
import vn.kiosk.app.ui.KioskApp;
import vn.kiosk.app.ui.ScreenshotTour;
import vn.kiosk.app.voice.EspeakVoice;
import vn.kiosk.app.voice.SilentVoice;
import vn.kiosk.app.voice.Voice;

/**
 * {@code java -jar kiosk-app.jar}: the kiosk. With no configuration file it runs the demo (the
 * virtual card reader and the reference backend in this process); {@code --config} points it at
 * real readers and a real backend. Not a JavaFX Application subclass on purpose: a plain
 * class-path launch of one stops with "JavaFX runtime components are missing".
 */
@Command(name = "kiosk-app", mixinStandardHelpOptions = true,
        description = "The self-service CCCD kiosk (demo mode when no --config is given).")
public final class Main implements Callable<Integer> {

    @Option(names = "--config", paramLabel = "FILE", description = "the operator's kiosk.properties")
    Path config;

    @Option(names = "--headless", description = "no display: render off-screen (smoke tests, screenshots)")
    boolean headless;

    @Option(names = "--windowed", description = "a 1920x1080 window instead of full screen (development)")
    boolean windowed;

    @Option(names = "--smoke", description = "start, wait for the welcome screen, print how long it took, exit")
    boolean smoke;

    @Option(names = "--screenshots", paramLabel = "DIR",
            description = "demo only: walk every screen in Vietnamese and English, save PNGs into DIR, exit")
    Path screenshots;

    @Option(names = "--no-voice", description = "no spoken guidance")
    boolean noVoice;

    /** Made first thing in main: the smoke run measures from here. */
    private final long startNanos = System.nanoTime();

    public static void main(String[] args) {
        System.exit(new CommandLine(new Main()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        if (headless || screenshots != null) {
            Headless.configure();
        }
        Optional<DemoWorld> demo = Optional.empty();
        Path scratch = Files.createTempDirectory("cccd-kiosk-");
        RuntimeSetup setup;
        if (config == null) {
            DemoWorld world = DemoWorld.start(scratch.resolve("backend"));
            demo = Optional.of(world);
            setup = DemoSetup.of(world, scratch);
        } else {
            setup = ConfiguredSetup.load(config);
        }
        Voice voice = noVoice || headless || screenshots != null ? new SilentVoice() : new EspeakVoice();
        KioskRuntime runtime = KioskRuntime.start(setup);
        KioskApp.startToolkit();
        CountDownLatch shown = new CountDownLatch(1);
        Optional<DemoWorld> world = demo;
        KioskApp[] app = new KioskApp[1];
        Platform.runLater(() -> {
            app[0] = KioskApp.open(runtime, world, voice, !(windowed || headless || screenshots != null));
            // the first pulse after show() has drawn the welcome screen
            Platform.runLater(shown::countDown);
        });
        shown.await();
        if (smoke) {
            System.out.printf("welcome screen up after %d ms%n", (System.nanoTime() - startNanos) / 1_000_000);
            return exit(runtime, demo, 0);
        }
        if (screenshots != null) {
            if (world.isEmpty()) {
                System.err.println("--screenshots needs the demo: leave out --config");
                return exit(runtime, demo, 2);
            }
            ScreenshotTour tour = new ScreenshotTour(app[0], world.get(), screenshots);
            int count = tour.run();
            System.out.printf("%d screenshots in %s%n", count, screenshots.toAbsolutePath());
            tour.problems().forEach(System.err::println);
            return exit(runtime, demo, tour.problems().isEmpty() ? 0 : 1);
        }
        new CountDownLatch(1).await(); // the kiosk runs until the operator exits it (System.exit)
        return 0;
    }

    private static int exit(KioskRuntime runtime, Optional<DemoWorld> demo, int code) {
        runtime.close();
        demo.ifPresent(DemoWorld::close);
        Platform.exit();
        return code;
    }
}
