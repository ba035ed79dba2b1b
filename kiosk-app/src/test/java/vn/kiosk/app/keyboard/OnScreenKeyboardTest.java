package vn.kiosk.app.keyboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.kiosk.app.keyboard.FxKeys.onFx;
import static vn.kiosk.app.keyboard.FxKeys.press;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class OnScreenKeyboardTest {

    private OnScreenKeyboard keyboard;
    private TextField field;
    private final List<String> done = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) {
        keyboard = new OnScreenKeyboard(FxKeys.vietnamese(), 60);
        keyboard.setOnDone(done::add);
        field = new TextField();
        field.textProperty().bind(keyboard.textProperty());
        stage.setScene(new Scene(new VBox(field, keyboard), 1280, 800));
        stage.show();
        field.requestFocus();
    }

    @Test
    void typesNguyenWithShiftTheCircumflexKeyAndTheTildeKey(FxRobot robot) {
        press(robot, keyboard, "shift", "char:n", "char:g", "char:u", "char:y", "char:e", "mark:ê", "char:n",
                "tone:tilde");
        assertEquals("Nguyễn", onFx(keyboard::getText));
        assertEquals("Nguyễn", onFx(field::getText));
        assertTrue(onFx(field::isFocused), "the keys never take the focus from the field");
    }

    @Test
    void shiftAndTheDKeyTypeCapitalD(FxRobot robot) {
        press(robot, keyboard, "shift");
        assertEquals("Đ", onFx(() -> keyboard.keyButton("mark:đ").getText()), "the key shows the capital");
        press(robot, keyboard, "mark:đ");
        assertEquals("Đ", onFx(keyboard::getText));
        assertEquals("đ", onFx(() -> keyboard.keyButton("mark:đ").getText()), "one-shot shift is over");
    }

    @Test
    void backspaceDeletesTheWholeLetterWithItsMarks(FxRobot robot) {
        press(robot, keyboard, "shift", "char:n", "char:g", "char:u", "char:y", "char:e", "mark:ê", "char:n",
                "tone:tilde", "backspace");
        assertEquals("Nguyễ", onFx(keyboard::getText));
        press(robot, keyboard, "backspace");
        assertEquals("Nguy", onFx(keyboard::getText));
    }

    @Test
    void doneHandsTheTextOver(FxRobot robot) {
        press(robot, keyboard, "char:h", "char:o", "char:a", "tone:grave", "space", "layout:symbols", "char:1",
                "char:2", "char:/", "char:3", "done");
        assertEquals(List.of("hoà 12/3"), done);
    }

    @Test
    void theTextPropertyPrefillsAndIsKeptWithinTheRules(FxRobot robot) {
        onFx(() -> {
            keyboard.setText("Hà Nội");
            return null;
        });
        press(robot, keyboard, "backspace");
        assertEquals("Hà Nộ", onFx(keyboard::getText));
        onFx(() -> {
            keyboard.setText("x".repeat(61));
            return null;
        });
        assertEquals("Hà Nộ", onFx(keyboard::getText), "too long for the field: refused");
    }

    @Test
    void everyKeyIsLargeLabelledAndSpokenInEveryLayout(FxRobot robot) {
        checkKeys();
        press(robot, keyboard, "layout:symbols");
        checkKeys();
        assertEquals("Ký hiệu /", onFx(() -> keyboard.keyButton("char:/").getAccessibleText()));
        press(robot, keyboard, "layout:letters");
        assertEquals("Dấu sắc", onFx(() -> keyboard.keyButton("tone:acute").getAccessibleText()));
        assertEquals("Chữ ơ", onFx(() -> keyboard.keyButton("mark:ơ").getAccessibleText()));
        assertEquals("◌́\nsắc", onFx(() -> keyboard.keyButton("tone:acute").getText()));
        assertEquals("Dấu cách", onFx(() -> keyboard.keyButton("space").getText()));
        assertEquals("Xong", onFx(() -> keyboard.keyButton("done").getText()));
        assertTrue(onFx(() -> keyboard.keyButton("backspace").getText()).contains("Xóa"));
    }

    @Test
    void styleClassesAndTheStylesheetAreThere() {
        assertTrue(onFx(() -> keyboard.getStyleClass().contains("kbd")));
        assertTrue(onFx(() -> keyboard.getStylesheets().stream().anyMatch(s -> s.endsWith("keyboard.css"))));
        assertTrue(onFx(() -> keyboard.keyButton("tone:hook").getStyleClass()
                .containsAll(List.of("kbd-key", "kbd-key-tone"))));
        assertTrue(onFx(() -> keyboard.keyButton("done").getStyleClass()
                .containsAll(List.of("kbd-key", "kbd-key-wide", "kbd-key-action"))));
        assertTrue(onFx(() -> keyboard.keyButton("space").getStyleClass().contains("kbd-key-wide")));
        assertFalse(onFx(() -> keyboard.keyButton("char:a").getStyleClass().contains("kbd-key-wide")));
    }

    @Test
    void shiftShowsItsStateToEyesAndEars(FxRobot robot) {
        press(robot, keyboard, "shift");
        assertEquals("Viết hoa chữ tiếp theo", onFx(() -> keyboard.keyButton("shift").getAccessibleText()));
        assertEquals("Q", onFx(() -> keyboard.keyButton("char:q").getText()));
        assertEquals("Chữ Q", onFx(() -> keyboard.keyButton("char:q").getAccessibleText()));
        press(robot, keyboard, "shift");
        assertEquals("Đang khóa chữ hoa", onFx(() -> keyboard.keyButton("shift").getAccessibleText()));
        assertTrue(onFx(() -> keyboard.keyButton("shift").getPseudoClassStates().stream()
                .anyMatch(p -> p.getPseudoClassName().equals("shift-locked"))));
    }

    private void checkKeys() {
        List<Button> buttons = FxKeys.buttons(keyboard);
        assertFalse(buttons.isEmpty());
        for (Button b : buttons) {
            String id = String.valueOf(b.getProperties().get(KeyPanel.KEY_ID));
            assertTrue(onFx(b::getWidth) >= 72, id + " width " + onFx(b::getWidth));
            assertTrue(onFx(b::getHeight) >= 72, id + " height " + onFx(b::getHeight));
            assertTrue(onFx(() -> b.getFont().getSize()) >= 28, id + " font " + onFx(() -> b.getFont().getSize()));
            String spoken = onFx(b::getAccessibleText);
            assertTrue(spoken != null && !spoken.isBlank(), id + " has no accessible text");
            assertFalse(spoken.contains("keyboard."), id + " misses a bundle key: " + spoken);
            assertFalse(onFx(b::getText).contains("keyboard."), id + " misses a bundle key");
            assertFalse(onFx(b::isFocusTraversable), id);
        }
    }
}
