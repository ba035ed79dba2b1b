package vn.kiosk.app.keyboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.kiosk.app.keyboard.FxKeys.onFx;
import static vn.kiosk.app.keyboard.FxKeys.press;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class NumericKeypadTest {

    private NumericKeypad keypad;
    private final List<String> done = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) {
        keypad = new NumericKeypad(FxKeys.vietnamese(), 12);
        keypad.setOnDone(done::add);
        stage.setScene(new Scene(new StackPane(keypad), 800, 800));
        stage.show();
    }

    @Test
    void typesDigitsAndRefusesTheThirteenth(FxRobot robot) {
        press(robot, keypad, "char:0", "char:0", "char:1", "char:2", "char:3", "char:4");
        assertEquals("001234", onFx(keypad::getText));
        press(robot, keypad, "char:5", "char:6", "char:7", "char:8", "char:9", "char:0");
        assertEquals("001234567890", onFx(keypad::getText));
        press(robot, keypad, "char:1");
        assertEquals("001234567890", onFx(keypad::getText), "a 13th digit is refused");
        press(robot, keypad, "backspace", "done");
        assertEquals(List.of("00123456789"), done);
    }

    @Test
    void onlyDigitsDeleteAndDoneAreLargeAndSpoken() {
        List<Button> buttons = FxKeys.buttons(keypad);
        assertEquals(12, buttons.size());
        for (Button b : buttons) {
            assertTrue(onFx(b::getWidth) >= 72 && onFx(b::getHeight) >= 72);
            assertTrue(onFx(() -> b.getFont().getSize()) >= 28);
        }
        assertEquals("Số 7", onFx(() -> keypad.keyButton("char:7").getAccessibleText()));
        assertEquals("Xóa", onFx(() -> keypad.keyButton("backspace").getAccessibleText()));
        assertEquals("Xong", onFx(() -> keypad.keyButton("done").getText()));
        assertTrue(onFx(() -> keypad.getStyleClass().contains("kbd")));
    }
}
