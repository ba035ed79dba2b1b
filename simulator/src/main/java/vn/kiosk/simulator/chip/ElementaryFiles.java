package vn.kiosk.simulator.chip;

/** File identifiers and short file identifiers of the LDS1 eMRTD application (Doc 9303 Part 10). */
public final class ElementaryFiles {
    public static final int CARD_ACCESS = 0x011C;
    public static final int COM = 0x011E;
    public static final int SOD = 0x011D;

    private ElementaryFiles() {
    }

    /** DGn lives at 01nn with short file identifier nn. */
    public static int dataGroup(int number) {
        if (number < 1 || number > 16) {
            throw new IllegalArgumentException("no data group " + number);
        }
        return 0x0100 | number;
    }

    /**
     * DG3 (fingerprints) and DG4 (iris) need EAC terminal authentication, which no kiosk has: a
     * CCCD lists DG3 in EF.COM but answers 6982 to reading it.
     */
    public static boolean needsTerminalAuthentication(int fid) {
        return fid == dataGroup(3) || fid == dataGroup(4);
    }

    /** The file a short file identifier names: 1..16 for DGs, 1C/1D/1E for CardAccess/SOD/COM. */
    public static int bySfi(int sfi) {
        return 0x0100 | sfi;
    }
}
