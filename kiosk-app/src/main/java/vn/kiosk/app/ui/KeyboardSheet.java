package vn.kiosk.app.ui;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import vn.kiosk.app.keyboard.KeyPanel;

/**
 * The on-screen keyboard, docked over the lower part of a screen while a field is being typed,
 * with the field's name and what has been typed so far shown just above the keys (the field
 * itself may be hidden under them). "Done" on the keyboard closes it.
 */
final class KeyboardSheet extends VBox {
    private final StackPane host;

    private KeyboardSheet(StackPane host, Ui ui, String field, KeyPanel keys) {
        super(10);
        this.host = host;
        getStyleClass().add("keyboard-sheet");
        setAlignment(Pos.CENTER);
        setMaxHeight(USE_PREF_SIZE);
        Label typed = ui.label("", "typed-text");
        typed.textProperty().bind(keys.textProperty());
        getChildren().addAll(ui.label(field, "field-label"), typed, keys);
        StackPane.setAlignment(this, Pos.BOTTOM_CENTER);
    }

    /** Shows {@code keys} docked at the bottom of {@code host}, replacing a sheet already open. */
    static KeyboardSheet open(StackPane host, Ui ui, String field, KeyPanel keys) {
        host.getChildren().removeIf(KeyboardSheet.class::isInstance);
        KeyboardSheet sheet = new KeyboardSheet(host, ui, field, keys);
        host.getChildren().add(sheet);
        return sheet;
    }

    void close() {
        host.getChildren().remove(this);
    }
}
