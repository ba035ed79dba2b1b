package vn.kiosk.app.ui;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import vn.kiosk.app.demo.DemoPanel;
import vn.kiosk.app.flow.Action;
import vn.kiosk.app.flow.Step;
import vn.kiosk.app.i18n.Messages;
import vn.kiosk.reader.qr.scan.KeyboardWedgeDecoder;
import vn.kiosk.reader.qr.scan.ScanEvent;
import vn.kiosk.app.demo.DemoWorld;
import vn.kiosk.app.operator.OperatorDesk;
import vn.kiosk.app.runtime.KioskRuntime;
import vn.kiosk.app.voice.Voice;

/**
 * The kiosk on screen: the runtime's engine drawn by a {@link KioskView} in the kiosk window, the
 * voice guide listening to it, and the demo panel when there is a demo world.
 */
public final class KioskApp {
    private final KioskRuntime runtime;
    private final KioskView view;
    private final Stage stage;

    private KioskApp(KioskRuntime runtime, KioskView view, Stage stage) {
        this.runtime = runtime;
        this.view = view;
        this.stage = stage;
    }

    /** Opens the window; call on the JavaFX thread. */
    public static KioskApp open(KioskRuntime runtime, Optional<DemoWorld> demo, Voice voice, OperatorDesk desk,
                                Runnable exit, boolean keyboardScanner, boolean fullScreen) {
        Objects.requireNonNull(runtime, "runtime");
        VoiceGuide guide = new VoiceGuide(voice);
        runtime.engine().addListener(guide::on);
        KioskView view = new KioskView(runtime.engine());
        view.enableOperator(desk, exit);
        demo.ifPresent(world -> view.setExtras(messages -> DemoPanel.of(world, messages, runtime.engine()::dispatch)));
        Stage stage = new Stage(StageStyle.UNDECORATED);
        KioskWindow.show(stage, view, fullScreen);
        if (keyboardScanner) {
            listenToKeyboardScanner(stage.getScene(), runtime);
        }
        return new KioskApp(runtime, view, stage);
    }

    /**
     * A keyboard-wedge scanner types the QR's text into the window and presses Enter; the decoder
     * keeps only bursts too fast for a person and hands the text to the flows.
     */
    private static void listenToKeyboardScanner(Scene scene, KioskRuntime runtime) {
        KeyboardWedgeDecoder decoder = new KeyboardWedgeDecoder();
        decoder.start(event -> {
            if (event instanceof ScanEvent.Scanned) {
                runtime.engine().dispatch(new Action.QrScanned(((ScanEvent.Scanned) event).text()));
            }
        });
        scene.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            if (!e.getCharacter().isEmpty() && e.getCharacter().charAt(0) >= ' ') {
                decoder.typed(e.getCharacter().charAt(0), System.currentTimeMillis());
            }
        });
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                decoder.enter(System.currentTimeMillis());
            }
        });
    }

    public KioskView view() {
        return view;
    }

    public Stage stage() {
        return stage;
    }

    public KioskRuntime runtime() {
        return runtime;
    }

    /** Starts the JavaFX toolkit (once per process) and waits until it runs. */
    public static void startToolkit() throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        Platform.setImplicitExit(false);
        Platform.startup(started::countDown);
        started.await();
    }

    /**
     * Starts the JavaFX toolkit (once per process) on a thread of its own and returns at once; the
     * future completes when the toolkit runs and the welcome screen has been {@linkplain #rehearse
     * rehearsed}. On a cold JVM starting JavaFX and drawing the first screen take about as long as
     * building the kiosk's runtime, so the caller builds the runtime meanwhile.
     *
     * @param language the language the welcome screen will most likely be drawn in
     */
    public static CompletableFuture<Void> startToolkitInBackground(Locale language) {
        Objects.requireNonNull(language, "language");
        CompletableFuture<Void> started = new CompletableFuture<>();
        Thread starter = new Thread(() -> {
            try {
                Platform.setImplicitExit(false);
                Platform.startup(() -> {
                    try {
                        rehearse(language);
                    } finally {
                        started.complete(null); // the toolkit runs, whatever became of the rehearsal
                    }
                });
            } catch (RuntimeException | Error e) {
                started.completeExceptionally(e);
            }
        }, "fx-startup");
        starter.setDaemon(true);
        starter.start();
        return started;
    }

    /**
     * Builds the welcome screen once in a scene of its own, in the kiosk's stylesheet, styles and lays
     * it out, then drops it. Loading the controls' classes and skins, parsing the stylesheet and
     * opening the fonts is most of what the window's first frame costs; done here, while the runtime
     * is still being built, the real frame finds them loaded. (Drawing it too, into a snapshot, was
     * measured no faster: the real frame's rendering is cheap once the rest is loaded.) A rehearsal
     * that fails only leaves that work to the real frame.
     */
    private static void rehearse(Locale language) {
        try {
            StackPane root = new StackPane(Screens.of(new Step.Welcome(), new Ui(Messages.of(language), action -> { })));
            KioskView.styleAsKiosk(root);
            new Scene(root, KioskWindow.WIDTH, KioskWindow.HEIGHT); // styles resolve only in a scene
            root.applyCss();
            root.layout();
        } catch (RuntimeException e) {
            System.getLogger("kiosk.ui").log(System.Logger.Level.DEBUG, "welcome screen rehearsal failed", e);
        }
    }
}
