package vn.kiosk.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.kiosk.app.config.ConfigException;
import vn.kiosk.app.config.KioskConfig;
import vn.kiosk.app.demo.DemoWorld;
import vn.kiosk.app.demo.Scratch;
import vn.kiosk.app.flow.Action;
import vn.kiosk.app.flow.FlowSettings;
import vn.kiosk.app.operator.ErrorJournal;
import vn.kiosk.app.operator.OperatorDesk;
import vn.kiosk.app.runtime.KioskParts;
import vn.kiosk.app.runtime.KioskRuntime;
import vn.kiosk.app.runtime.OperatorDesks;
import vn.kiosk.app.ui.KioskApp;
import vn.kiosk.app.ui.OutOfServiceScreen;
import vn.kiosk.app.ui.ScreenshotTour;
import vn.kiosk.app.voice.EspeakVoice;
import vn.kiosk.app.voice.SilentVoice;
import vn.kiosk.app.voice.Voice;
import vn.kiosk.reader.error.LinkException;
import vn.kiosk.reader.qr.scan.ScanEvent;
import vn.kiosk.reader.qr.scan.SerialScannerSource;

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

    @Option(names = "--check-config", description = "check the --config file and exit: 0 when the kiosk can "
            + "start with it, 1 with every problem found")
    boolean checkConfig;

    @Option(names = "--no-voice", description = "no spoken guidance")
    boolean noVoice;

    /** Made first thing in main: the smoke run measures from here. */
    private final long startNanos = System.nanoTime();

    public static void main(String[] args) {
        System.exit(new CommandLine(new Main()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        if (checkConfig) {
            return checkConfig();
        }
        boolean noDisplay = !Headless.displayAvailable();
        if (noDisplay && !headless && screenshots == null) {
            System.err.println("kiosk-app: no display (DISPLAY/WAYLAND_DISPLAY unset): running off-screen. "
                    + "Start it from a desktop, or under xvfb-run, to see it.");
        }
        boolean offScreen = headless || screenshots != null || noDisplay;
        if (offScreen) {
            Headless.configure();
        }
        if (screenshots != null && config != null) {
            System.err.println("kiosk-app: --screenshots walks the demo; leave out --config");
            return 2;
        }
        ErrorJournal journal = ErrorJournal.installed();
        // JavaFX starts (and rehearses the welcome screen) on its own thread while this one builds the
        // kiosk: each takes about a second on a cold JVM, and neither needs the other until the window
        CompletableFuture<Void> toolkit = KioskApp.startToolkitInBackground(FlowSettings.defaults().language());
        Optional<DemoWorld> demo = Optional.empty();
        KioskParts parts;
        try {
            if (config == null) {
                Path scratch = Scratch.create();
                DemoWorld world = DemoWorld.start(scratch.resolve("backend"));
                demo = Optional.of(world);
                parts = KioskParts.demo(world, scratch);
            } else {
                parts = KioskParts.configured(KioskConfig.load(config));
            }
        } catch (ConfigException e) {
            System.err.println(e.getMessage());
            if (smoke) {
                return 1;
            }
            outOfService(toolkit, e, !(windowed || offScreen));
            return 1;
        } catch (LinkException e) {
            System.err.println("kiosk-app: the PC/SC service (pcscd) cannot be reached: " + e.getMessage());
            return 1;
        }
        KioskRuntime runtime = KioskRuntime.start(parts.setup());
        Optional<DemoWorld> world = demo;
        Runnable exit = () -> {
            runtime.close();
            world.ifPresent(DemoWorld::close);
            Platform.exit();
            System.exit(0);
        };
        OperatorDesk desk = OperatorDesks.of(runtime, parts, journal,
                parts.serialScanner().map(Path::toString).orElse(parts.keyboardScanner() ? "keyboard" : "none"));
        parts.serialScanner().ifPresent(device -> listenToSerialScanner(device, runtime));
        Voice voice = noVoice || offScreen ? new SilentVoice() : new EspeakVoice();

        awaitToolkit(toolkit);
        CountDownLatch shown = new CountDownLatch(1);
        AtomicReference<KioskApp> app = new AtomicReference<>();
        Platform.runLater(() -> {
            app.set(KioskApp.open(runtime, world, voice, desk, exit, parts.keyboardScanner(),
                    !(windowed || offScreen)));
            // the first pulse after show() has drawn the welcome screen
            Platform.runLater(shown::countDown);
        });
        shown.await();
        if (smoke) {
            System.out.printf("welcome screen up after %d ms%n", (System.nanoTime() - startNanos) / 1_000_000);
            return stop(runtime, world, 0);
        }
        if (screenshots != null) {
            ScreenshotTour tour = new ScreenshotTour(app.get(), world.orElseThrow(), screenshots);
            int count = tour.run();
            System.out.printf("%d screenshots in %s%n", count, screenshots.toAbsolutePath());
            tour.problems().forEach(System.err::println);
            return stop(runtime, world, tour.problems().isEmpty() ? 0 : 1);
        }
        System.out.println("kiosk-app: welcome screen up" + world.map(w -> " (demo: virtual reader \""
                + DemoWorld.READER_NAME + "\", reference backend " + w.backendOrigin()
                + ", operator PIN " + KioskParts.DEMO_OPERATOR_PIN + ")").orElse(""));
        new CountDownLatch(1).await(); // runs until the operator exits the kiosk (System.exit)
        return 0;
    }

    private Integer checkConfig() {
        if (config == null) {
            System.err.println("kiosk-app: --check-config needs --config FILE");
            return 2;
        }
        try {
            KioskConfig.load(config);
        } catch (ConfigException e) {
            System.err.println(e.getMessage());
            return 1;
        }
        System.out.println("kiosk-app: " + config + ": the kiosk can start with this configuration");
        return 0;
    }

    /**
     * A configuration the kiosk cannot start with: the out-of-service screen, until the operator
     * fixes the file and restarts the kiosk. Exiting instead would have the service manager start it
     * again and again, flashing the desktop at the citizens in front of it.
     */
    private static void outOfService(CompletableFuture<Void> toolkit, ConfigException problem, boolean fullScreen)
            throws Exception {
        awaitToolkit(toolkit);
        Platform.runLater(() -> OutOfServiceScreen.open(List.of(problem.getMessage().split("\n")), fullScreen));
        new CountDownLatch(1).await(); // until the service is stopped
    }

    /** Waits for the toolkit; a toolkit that could not start fails the kiosk as it did when started here. */
    private static void awaitToolkit(CompletableFuture<Void> toolkit) throws Exception {
        try {
            toolkit.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Exception) {
                throw (Exception) cause;
            }
            throw (Error) cause;
        }
    }

    private static void listenToSerialScanner(Path device, KioskRuntime runtime) {
        try {
            SerialScannerSource.open(device).start(event -> {
                if (event instanceof ScanEvent.Scanned) {
                    runtime.engine().dispatch(new Action.QrScanned(((ScanEvent.Scanned) event).text()));
                }
            });
        } catch (java.io.IOException e) {
            System.getLogger("kiosk.scanner").log(System.Logger.Level.WARNING,
                    "serial QR scanner " + device + " cannot be opened: " + e.getClass().getSimpleName());
        }
    }

    private static int stop(KioskRuntime runtime, Optional<DemoWorld> demo, int code) {
        runtime.close();
        demo.ifPresent(DemoWorld::close);
        Platform.exit();
        return code;
    }
}
