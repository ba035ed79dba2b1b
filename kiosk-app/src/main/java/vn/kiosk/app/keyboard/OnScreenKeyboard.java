package vn.kiosk.app.keyboard;

import java.util.ResourceBundle;

/**
 * The full on-screen keyboard for text fields (a reason, an address line): QWERTY letters, a row
 * of Vietnamese letters (ă â đ ê ô ơ ư), a row of tone keys with their names, and a digits and
 * punctuation layout. The words on and for the keys come from the bundle: keyboard.delete,
 * keyboard.done, keyboard.space, keyboard.shift(.once|.locked), keyboard.symbols(.a11y),
 * keyboard.letters(.a11y), keyboard.tone.(acute|grave|hook|tilde|dot), keyboard.a11y.(letter|digit|
 * symbol|tone).
 */
public final class OnScreenKeyboard extends KeyPanel {

    /** A free-text field of at most {@code maxLength} characters. */
    public OnScreenKeyboard(ResourceBundle bundle, int maxLength) {
        this(bundle, KeyboardModel.forText(maxLength));
    }

    /** A keyboard over a model the screen made (its own rules or first layout). */
    public OnScreenKeyboard(ResourceBundle bundle, KeyboardModel model) {
        super(bundle, model);
        getStyleClass().add("kbd-full");
    }
}
