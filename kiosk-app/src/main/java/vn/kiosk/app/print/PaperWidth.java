package vn.kiosk.app.print;

/**
 * Thermal paper widths. Columns are font A (12 x 24 dots) characters; dots are the printable width
 * at 203 dpi (8 dots/mm), used to size the QR code so it never runs off the paper.
 */
public enum PaperWidth {
    MM58(58, 32, 384),
    MM80(80, 48, 576);

    private final int millimetres;
    private final int columns;
    private final int dots;

    PaperWidth(int millimetres, int columns, int dots) {
        this.millimetres = millimetres;
        this.columns = columns;
        this.dots = dots;
    }

    public int millimetres() {
        return millimetres;
    }

    public int columns() {
        return columns;
    }

    public int dots() {
        return dots;
    }

    /** 58 or 80; anything else is an operator mistake. */
    public static PaperWidth ofMillimetres(int mm) {
        for (PaperWidth w : values()) {
            if (w.millimetres == mm) {
                return w;
            }
        }
        throw new IllegalArgumentException("paper width must be 58 or 80 (mm), not " + mm);
    }
}
