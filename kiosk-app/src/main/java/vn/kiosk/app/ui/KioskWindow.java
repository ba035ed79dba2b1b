package vn.kiosk.app.ui;

import java.util.Objects;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;

/**
 * The kiosk's one window: full screen, no decorations, no way to close it from the keyboard.
 * A kiosk session (cage or a bare X server) has no window manager to escape to; the only way out
 * is the operator screen behind the PIN.
 */
public final class KioskWindow {
    public static final double WIDTH = 1920;
    public static final double HEIGHT = 1080;

    private KioskWindow() {
    }

    public static void show(Stage stage, KioskView view, boolean fullScreen) {
        show(stage, view.root(), fullScreen);
    }

    public static void show(Stage stage, Parent root, boolean fullScreen) {
        Objects.requireNonNull(stage, "stage");
        Scene scene = new Scene(root, WIDTH, HEIGHT);
        stage.setScene(scene);
        stage.setTitle("CCCD kiosk");
        // Alt+F4 and the window manager's close ask for a close request: refuse it
        stage.setOnCloseRequest(event -> event.consume());
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        stage.setFullScreenExitHint("");
        stage.setFullScreen(fullScreen);
        stage.show();
    }
}
