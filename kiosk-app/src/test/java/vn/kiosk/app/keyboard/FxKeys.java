package vn.kiosk.app.keyboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.layout.Pane;

import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Helpers of the keyboard's TestFX tests: the test bundle, and pressing keys by id like a finger. */
final class FxKeys {

    private FxKeys() {
    }

    static ResourceBundle vietnamese() {
        return ResourceBundle.getBundle("vn.kiosk.app.keyboard.KeyboardTestMessages", Locale.forLanguageTag("vi"));
    }

    static void press(FxRobot robot, KeyPanel panel, String... keyIds) {
        for (String id : keyIds) {
            Button button = onFx(() -> panel.keyButton(id));
            if (button == null) {
                throw new AssertionError("no key " + id + " in the layout shown");
            }
            robot.clickOn(button);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    static List<Button> buttons(KeyPanel panel) {
        return onFx(() -> {
            List<Button> all = new ArrayList<>();
            for (Node row : panel.getChildren()) {
                for (Node key : ((Pane) row).getChildren()) {
                    all.add((Button) key);
                }
            }
            return all;
        });
    }

    static <T> T onFx(Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
