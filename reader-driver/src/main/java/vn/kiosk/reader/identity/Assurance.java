package vn.kiosk.reader.identity;

/**
 * How far an identity is proven (DESIGN.md, "Trust and personal data"), strongest first. A flow
 * states the least it accepts; {@link #atLeast} compares.
 */
public enum Assurance {
    /** Passive authentication valid and the chip proved it is not a clone (AA or CA). */
    CHIP_CLONE_CHECKED,
    /** Passive authentication valid; the chip offered no clone check. */
    CHIP_VERIFIED,
    /** Read from a chip, but its data could not be proven genuine. */
    CHIP_UNVERIFIED,
    /** From a QR code only: unverified until a backend confirms it or the chip is read. */
    QR_ONLY;

    public boolean atLeast(Assurance required) {
        return ordinal() <= required.ordinal();
    }
}
