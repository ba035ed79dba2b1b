package vn.kiosk.app.keyboard;

/** How a key looks; the view turns it into style classes of keyboard.css. */
public enum KeyStyle {
    /** A letter, digit or symbol. */
    CHARACTER,
    /** A tone key: its symbol over its name. */
    TONE,
    /** Shift, delete, layout switch. */
    FUNCTION,
    SPACE,
    DONE
}
