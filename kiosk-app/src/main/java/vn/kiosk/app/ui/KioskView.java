package vn.kiosk.app.ui;

import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import vn.kiosk.app.flow.Action;
import vn.kiosk.app.flow.FlowEngine;
import vn.kiosk.app.flow.KioskState;
import vn.kiosk.app.flow.Step;
import vn.kiosk.app.i18n.Messages;

/**
 * The kiosk's whole window content, a thin view of {@link KioskState}: a header (title,
 * language, voice), the current step's screen, a footer (back, start over), the idle warning on
 * top, and optional extras at the bottom (the demo panel). It holds nothing of a citizen's that
 * the state does not: when the state goes back to the welcome screen, every screen built for the
 * session is dropped from the scene graph.
 */
public final class KioskView {
    private static final String STYLESHEET = "kiosk.css";
    private static final int OPERATOR_TAPS = 5;
    private static final long OPERATOR_TAP_WINDOW_NANOS = 3_000_000_000L;

    private final FlowEngine engine;
    private final BorderPane frame = new BorderPane();
    private final StackPane content = new StackPane();
    private final StackPane layers = new StackPane(frame);
    private final HBox header = new HBox(20);
    private final HBox footer = new HBox(20);
    private final AtomicReference<KioskState> pending = new AtomicReference<>();
    private Function<Messages, Node> extras = m -> null;
    private Node idleOverlay;
    private Node operatorOverlay;
    private KioskState shown;
    private Node screen;
    private Runnable headerGesture = () -> { };
    private Ui ui;
    private Runnable openOperator = () -> { };

    /**
     * The kiosk's stylesheet and base style class on {@code root}: whatever window the kiosk shows looks
     * alike, and JavaFX parses the stylesheet once for all of them (one URL).
     */
    static void styleAsKiosk(Parent root) {
        root.getStylesheets().add(Objects.requireNonNull(KioskView.class.getResource(STYLESHEET)).toExternalForm());
        root.getStyleClass().add("kiosk");
    }

    public KioskView(FlowEngine engine) {
        this.engine = Objects.requireNonNull(engine, "engine");
        styleAsKiosk(layers);
        header.getStyleClass().add("header");
        footer.getStyleClass().add("footer");
        content.getStyleClass().add("content");
        // a screen taller than the window is cut at the bottom, never pushes the header off screen
        content.setMinHeight(0);
        javafx.scene.shape.Rectangle clip = new javafx.scene.shape.Rectangle();
        clip.widthProperty().bind(content.widthProperty());
        clip.heightProperty().bind(content.heightProperty());
        content.setClip(clip);
        frame.setTop(header);
        frame.setCenter(content);
        // any touch keeps the session alive, also one that only scrolls a list
        layers.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> engine.dispatch(new Action.Touch()));
        engine.addListener(this::stateChanged);
        render(engine.state());
    }

    public Parent root() {
        return layers;
    }

    /** Something under the footer, rebuilt with the language: the demo panel. */
    public void setExtras(Function<Messages, Node> extras) {
        this.extras = Objects.requireNonNull(extras, "extras");
        shown = null;
        render(engine.state());
    }

    /**
     * The operator's way in: five quick taps on the kiosk's title open the PIN, then the operator
     * screen. Nothing on screen hints at it; a citizen who finds it meets a PIN with a lockout.
     */
    public void enableOperator(vn.kiosk.app.operator.OperatorDesk desk, Runnable exit) {
        Objects.requireNonNull(desk, "desk");
        Objects.requireNonNull(exit, "exit");
        long[] taps = new long[OPERATOR_TAPS];
        int[] next = {0};
        headerGesture = () -> {
            long now = System.nanoTime();
            taps[next[0] % OPERATOR_TAPS] = now;
            next[0]++;
            long oldest = taps[next[0] % OPERATOR_TAPS];
            if (next[0] >= OPERATOR_TAPS && now - oldest < OPERATOR_TAP_WINDOW_NANOS) {
                next[0] = 0;
                openOperator.run();
            }
        };
        openOperator = () -> setOperatorOverlay(new OperatorPanel(ui, desk, () -> setOperatorOverlay(null), exit));
    }

    /** Opens the operator's PIN screen, as the five taps do. Call on the JavaFX thread. */
    public void openOperator() {
        openOperator.run();
    }

    /** A layer above everything (the operator's PIN and screen); null removes it. */
    public void setOperatorOverlay(Node overlay) {
        if (operatorOverlay != null) {
            layers.getChildren().remove(operatorOverlay);
        }
        operatorOverlay = overlay;
        if (overlay != null) {
            layers.getChildren().add(overlay);
        }
    }

    /**
     * Draws a state the engine is not in: for the screenshot tour's passing screens (reading,
     * waiting, the idle warning). The next real state replaces it. Call on the JavaFX thread.
     */
    public void preview(KioskState state) {
        render(state);
    }

    /** Called on the flow thread: only the newest state is drawn, once per pulse. */
    private void stateChanged(KioskState state) {
        if (pending.getAndSet(state) == null) {
            Platform.runLater(() -> render(pending.getAndSet(null)));
        }
    }

    private void render(KioskState state) {
        if (state == null) {
            return;
        }
        Messages messages = Messages.of(state.language());
        ui = new Ui(messages, engine::dispatch);
        boolean sameLanguage = shown != null && shown.language().equals(state.language())
                && shown.voice() == state.voice();
        if (!sameLanguage) {
            header.getChildren().setAll(headerContent(ui, state));
            footer.getChildren().setAll(footerContent(ui));
            Node extra = extras.apply(messages);
            frame.setBottom(extra == null ? footer : new VBox(footer, extra));
        }
        Step step = state.step();
        if (!sameLanguage || shown.step() != step) {
            boolean updated = sameLanguage && screen instanceof Screens.Updatable
                    && shown.step().getClass() == step.getClass() && ((Screens.Updatable) screen).update(step);
            if (!updated) {
                screen = Screens.of(step, ui);
                content.getChildren().setAll(screen);
            }
            boolean navigable = !(step instanceof Step.Welcome || step instanceof Step.Working
                    || step instanceof Step.Receipt);
            footer.setVisible(navigable);
            footer.setManaged(true);
        }
        showIdleWarning(ui, state);
        shown = state;
    }

    private Node[] headerContent(Ui ui, KioskState state) {
        Label title = ui.label(ui.t("app.title"), "header-title");
        Label subtitle = ui.label(ui.t("app.subtitle"), "header-subtitle");
        VBox titles = new VBox(2, title, subtitle);
        titles.setOnMouseClicked(e -> headerGesture.run());
        Region space = new Region();
        HBox.setHgrow(space, Priority.ALWAYS);
        Button vi = ui.button(ui.t("lang.vi"), "lang-button", new Action.SetLanguage(Messages.VIETNAMESE));
        Button en = ui.button(ui.t("lang.en"), "lang-button", new Action.SetLanguage(Locale.ENGLISH));
        (ui.messages.vietnamese() ? vi : en).getStyleClass().add("lang-selected");
        Button voice = ui.button(ui.t(state.voice() ? "voice.on" : "voice.off"), "voice-button",
                new Action.SetVoice(!state.voice()));
        HBox right = new HBox(14, vi, en, voice);
        right.setAlignment(Pos.CENTER_RIGHT);
        return new Node[] {titles, space, right};
    }

    private Node[] footerContent(Ui ui) {
        Region space = new Region();
        HBox.setHgrow(space, Priority.ALWAYS);
        Button back = ui.button("← " + ui.t("nav.back"), "nav-button", new Action.Back());
        Button home = ui.button("⌂ " + ui.t("nav.home"), "nav-button", new Action.Home());
        return new Node[] {back, space, home};
    }

    private void showIdleWarning(Ui ui, KioskState state) {
        if (idleOverlay != null) {
            layers.getChildren().remove(idleOverlay);
            idleOverlay = null;
        }
        if (state.idleWarning().isPresent()) {
            VBox box = new VBox(30, ui.title(ui.t("idle.title")),
                    ui.prompt(ui.t("idle.message", state.idleWarning().getAsInt())),
                    ui.primary(ui.t("idle.continue"), new Action.Touch()));
            box.getStyleClass().add("dialog");
            box.setAlignment(Pos.CENTER);
            box.setMaxSize(1000, 500);
            StackPane dim = new StackPane(box);
            dim.getStyleClass().add("dim");
            idleOverlay = dim;
            layers.getChildren().add(operatorOverlay == null ? layers.getChildren().size()
                    : layers.getChildren().indexOf(operatorOverlay), dim);
        }
    }
}
