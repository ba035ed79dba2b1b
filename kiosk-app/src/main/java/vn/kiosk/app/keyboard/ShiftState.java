package vn.kiosk.app.keyboard;

/**
 * The shift key cycles OFF → ONCE → LOCKED → OFF, as phone keyboards do: one press capitalises
 * the next letter (a name), a second press keeps capitals (an address written in capitals).
 */
public enum ShiftState {
    OFF,
    /** The next letter is upper case, then shift goes OFF. */
    ONCE,
    /** Caps lock: letters stay upper case until shift is pressed again. */
    LOCKED
}
