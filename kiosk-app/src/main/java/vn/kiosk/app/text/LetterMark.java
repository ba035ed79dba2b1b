package vn.kiosk.app.text;

/**
 * The marks that make a different Vietnamese letter rather than a tone: ă, â/ê/ô, ơ/ư and đ.
 * Unlike a tone they belong to the letter, so typing them never moves to another vowel.
 */
public enum LetterMark {
    NONE(0),
    /** ă */
    BREVE(0x0306),
    /** â ê ô */
    CIRCUMFLEX(0x0302),
    /** ơ ư */
    HORN(0x031B),
    /** đ: no combining form exists, Unicode has only the precomposed letter */
    STROKE(0);

    private final int combiningMark;

    LetterMark(int combiningMark) {
        this.combiningMark = combiningMark;
    }

    /** The combining code point, or 0 for {@link #NONE} and {@link #STROKE}. */
    public int combiningMark() {
        return combiningMark;
    }

    static LetterMark ofCombining(int codePoint) {
        for (LetterMark mark : values()) {
            if (mark.combiningMark != 0 && mark.combiningMark == codePoint) {
                return mark;
            }
        }
        return null;
    }
}
