package vn.kiosk.app.text;

/**
 * The six Vietnamese tones. {@link #NONE} (thanh ngang) carries no mark; the others are a
 * combining mark on the syllable's main vowel.
 */
public enum Tone {
    NONE(0),
    /** sắc */
    ACUTE(0x0301),
    /** huyền */
    GRAVE(0x0300),
    /** hỏi */
    HOOK(0x0309),
    /** ngã */
    TILDE(0x0303),
    /** nặng */
    DOT(0x0323);

    private final int combiningMark;

    Tone(int combiningMark) {
        this.combiningMark = combiningMark;
    }

    /** The combining code point, or 0 for {@link #NONE}. */
    public int combiningMark() {
        return combiningMark;
    }

    static Tone ofCombining(int codePoint) {
        for (Tone tone : values()) {
            if (tone != NONE && tone.combiningMark == codePoint) {
                return tone;
            }
        }
        return null;
    }
}
