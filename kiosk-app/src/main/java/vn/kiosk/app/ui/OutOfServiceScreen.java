package vn.kiosk.app.ui;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import vn.kiosk.app.i18n.Messages;

/**
 * What the kiosk shows when it cannot serve at all (its configuration is unusable): "out of
 * service" in both languages for citizens, and what is wrong for the staff. Shown instead of
 * exiting, so a service manager does not restart a kiosk that cannot start every few seconds, and
 * a citizen never sees a desktop or a crash. The problems name settings and files, never secrets.
 */
public final class OutOfServiceScreen {
    private OutOfServiceScreen() {
    }

    public static Parent view(List<String> problems) {
        Messages vi = Messages.of(Messages.VIETNAMESE);
        Messages en = Messages.of(java.util.Locale.ENGLISH);
        VBox page = new VBox(
                label(vi.get("outOfService.title"), "welcome-title"),
                label(en.get("outOfService.title"), "welcome-app"),
                label(vi.get("outOfService.body"), "prompt"),
                label(en.get("outOfService.body"), "hint"),
                label(vi.get("outOfService.staff") + " / " + en.get("outOfService.staff"), "section"));
        problems.forEach(problem -> page.getChildren().add(label(problem, "hint")));
        page.getStyleClass().addAll("page", "content");
        page.setAlignment(Pos.CENTER);
        StackPane root = new StackPane(page);
        KioskView.styleAsKiosk(root);
        return root;
    }

    /** Opens it in the kiosk's window; call on the JavaFX thread. */
    public static void open(List<String> problems, boolean fullScreen) {
        KioskWindow.show(new Stage(StageStyle.UNDECORATED), view(problems), fullScreen);
    }

    private static Label label(String text, String style) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add(style);
        return label;
    }
}
