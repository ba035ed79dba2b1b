package vn.kiosk.app.keyboard;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.function.Consumer;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * What the full keyboard and the numeric keypad share: a {@link KeyboardModel} drawn as rows of
 * large buttons, its text as a JavaFX property and a done callback. Styles come from keyboard.css,
 * which the panel adds to itself so that a screen needs nothing but to place it.
 */
public abstract sealed class KeyPanel extends VBox permits OnScreenKeyboard, NumericKeypad {

    /** The node property holding a button's {@link Key#id()}: tests and screens find keys by it. */
    public static final String KEY_ID = "kbd.key.id";

    private static final PseudoClass SHIFT_ONCE = PseudoClass.getPseudoClass("shift-once");
    private static final PseudoClass SHIFT_LOCKED = PseudoClass.getPseudoClass("shift-locked");

    private final KeyboardModel model;
    private final KeyTexts texts;
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final Map<Layout, List<HBox>> rowsByLayout = new EnumMap<>(Layout.class);
    private Consumer<String> onDone = t -> { };
    private boolean syncing;

    protected KeyPanel(ResourceBundle bundle, KeyboardModel model) {
        this.texts = new KeyTexts(Objects.requireNonNull(bundle, "bundle"));
        this.model = Objects.requireNonNull(model, "model");
        getStylesheets().add(Objects.requireNonNull(
                KeyPanel.class.getResource("keyboard.css"), "keyboard.css").toExternalForm());
        getStyleClass().add("kbd");
        setFillWidth(false);
        setAlignment(Pos.CENTER);

        text.set(model.text());
        model.addListener(this::modelChanged);
        model.addDoneListener(t -> onDone.accept(t));
        // a screen may set the text (pre-filled field, "clear"): pass it through the model's rules
        text.addListener((observable, old, now) -> {
            if (!syncing) {
                model.setText(now == null ? "" : now);
                syncText();
            }
        });
        showLayout();
    }

    /** The typed text, NFC; settable (e.g. to pre-fill or clear), within the field's rules. */
    public final StringProperty textProperty() {
        return text;
    }

    public final String getText() {
        return text.get();
    }

    public final void setText(String value) {
        text.set(value);
    }

    /** Called with the text when the citizen presses the done key. */
    public final void setOnDone(Consumer<String> onDone) {
        this.onDone = onDone == null ? t -> { } : onDone;
    }

    public final KeyboardModel model() {
        return model;
    }

    /** The button of a key of the layout shown now, by {@link Key#id()}; null when not shown. */
    public final Button keyButton(String keyId) {
        for (Node row : getChildren()) {
            for (Node node : ((HBox) row).getChildren()) {
                if (keyId.equals(node.getProperties().get(KEY_ID))) {
                    return (Button) node;
                }
            }
        }
        return null;
    }

    private void modelChanged() {
        syncText();
        showLayout();
    }

    private void syncText() {
        syncing = true;
        try {
            text.set(model.text());
        } finally {
            syncing = false;
        }
    }

    private void showLayout() {
        List<HBox> rows = rowsByLayout.computeIfAbsent(model.layout(), this::buildRows);
        if (!getChildren().equals(rows)) {
            getChildren().setAll(rows);
        }
        for (HBox row : rows) {
            for (Node node : row.getChildren()) {
                refresh((Button) node);
            }
        }
    }

    private List<HBox> buildRows(Layout layout) {
        return Layouts.rows(layout).stream().map(this::buildRow).toList();
    }

    private HBox buildRow(List<Key> keys) {
        HBox row = new HBox();
        row.getStyleClass().add("kbd-row");
        row.setAlignment(Pos.CENTER);
        for (Key key : keys) {
            row.getChildren().add(buildButton(key));
        }
        return row;
    }

    private Button buildButton(Key key) {
        Button button = new Button();
        button.setUserData(key);
        button.getProperties().put(KEY_ID, key.id());
        button.getStyleClass().addAll(styleClasses(key.style()));
        // the keyboard must never take focus from the field it types into
        button.setFocusTraversable(false);
        button.setMnemonicParsing(false);
        button.setOnAction(e -> key.press(model));
        return button;
    }

    private void refresh(Button button) {
        Key key = (Key) button.getUserData();
        String label = key.label(texts, model);
        if (!label.equals(button.getText())) {
            button.setText(label);
            showLines(button, label);
        }
        button.setAccessibleText(key.accessibleText(texts, model));
        if (key instanceof Key.Shift) {
            button.pseudoClassStateChanged(SHIFT_ONCE, model.shiftState() == ShiftState.ONCE);
            button.pseudoClassStateChanged(SHIFT_LOCKED, model.shiftState() == ShiftState.LOCKED);
        }
    }

    /**
     * A two-line label (a tone key: its mark over its name) is drawn as two labels so that the mark
     * can be larger than the name; the button keeps the text for screen readers and tests.
     */
    private static void showLines(Button button, String label) {
        String[] lines = label.split("\n");
        if (lines.length < 2) {
            button.setGraphic(null);
            button.setContentDisplay(ContentDisplay.LEFT);
            return;
        }
        VBox stack = new VBox();
        stack.setAlignment(Pos.CENTER);
        for (int i = 0; i < lines.length; i++) {
            Label line = new Label(lines[i]);
            line.getStyleClass().add(i == 0 ? "kbd-key-glyph" : "kbd-key-caption");
            stack.getChildren().add(line);
        }
        button.setGraphic(stack);
        button.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
    }

    private static List<String> styleClasses(KeyStyle style) {
        if (style == KeyStyle.TONE) {
            return List.of("kbd-key", "kbd-key-tone");
        }
        if (style == KeyStyle.FUNCTION) {
            return List.of("kbd-key", "kbd-key-wide", "kbd-key-action");
        }
        if (style == KeyStyle.SPACE) {
            return List.of("kbd-key", "kbd-key-wide", "kbd-key-space");
        }
        if (style == KeyStyle.DONE) {
            return List.of("kbd-key", "kbd-key-wide", "kbd-key-action", "kbd-key-done");
        }
        return List.of("kbd-key");
    }
}
