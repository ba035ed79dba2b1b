package vn.kiosk.app.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import vn.kiosk.app.i18n.Messages;

/** A kiosk that cannot start says so in both languages and tells the staff what is wrong. */
@ExtendWith(ApplicationExtension.class)
class OutOfServiceScreenTest {
    private static final String PROBLEM = "/etc/cccd-kiosk/kiosk.properties: backend.url: must start with https://";

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(OutOfServiceScreen.view(List.of(PROBLEM)), KioskWindow.WIDTH, KioskWindow.HEIGHT));
        stage.show();
    }

    @Test
    void bothLanguagesAndTheProblemAreOnScreen(FxRobot robot) {
        Set<String> shown = robot.lookup(".label").queryAllAs(Label.class).stream().map(Label::getText)
                .collect(Collectors.toSet());
        for (Messages m : List.of(Messages.of(Messages.VIETNAMESE), Messages.of(Locale.ENGLISH))) {
            assertTrue(shown.contains(m.get("outOfService.title")), shown::toString);
            assertTrue(shown.contains(m.get("outOfService.body")), shown::toString);
        }
        assertTrue(shown.contains(PROBLEM), shown::toString);
    }
}
