package vn.kiosk.app.flow;

/** Whether the receipt came out of the printer. */
public enum PrintOutcome {
    /** Printing has not finished yet. */
    PENDING,
    PRINTED,
    /** The thermal printer failed; the ticket went to the fallback (PDF/PNG) for the staff. */
    FALLBACK,
    FAILED,
    /** This kiosk has no printer. */
    NONE
}
