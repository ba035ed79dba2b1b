package vn.kiosk.app;

import java.util.Locale;
import java.util.ResourceBundle;

import javafx.application.Application;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The kiosk window: full screen, undecorated, Vietnamese first. For now it shows the welcome
 * screen only; the flows arrive with the kiosk issue.
 */
public final class KioskApplication extends Application {

    @Override
    public void start(Stage stage) {
        ResourceBundle vi = ResourceBundle.getBundle("vn.kiosk.app.messages", Locale.forLanguageTag("vi"));
        ResourceBundle en = ResourceBundle.getBundle("vn.kiosk.app.messages", Locale.ENGLISH);

        Label title = new Label(vi.getString("welcome.title"));
        title.setStyle("-fx-font-size: 56px; -fx-font-weight: bold; -fx-text-fill: #0b3d91;");
        Label prompt = new Label(vi.getString("welcome.prompt"));
        prompt.setStyle("-fx-font-size: 36px;");
        Label english = new Label(en.getString("welcome.title") + " — " + en.getString("welcome.prompt"));
        english.setStyle("-fx-font-size: 24px; -fx-text-fill: #444444;");

        VBox root = new VBox(32, title, prompt, english);
        root.setAlignment(Pos.CENTER);
        root.setStyle("-fx-background-color: white;");

        stage.setTitle(vi.getString("welcome.title"));
        stage.setScene(new Scene(root, 1280, 800));
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        stage.setFullScreenExitHint("");
        stage.setFullScreen(true);
        stage.show();
    }
}
