package vn.kiosk.app.keyboard;

import java.util.ResourceBundle;

/**
 * A telephone-style keypad (1-9, delete, 0, done) for a CAN, a phone number or a code: digits
 * only, up to {@code maxLength}; further digits are refused.
 */
public final class NumericKeypad extends KeyPanel {

    public NumericKeypad(ResourceBundle bundle, int maxLength) {
        super(bundle, KeyboardModel.forDigits(maxLength));
        getStyleClass().add("kbd-numeric");
    }
}
