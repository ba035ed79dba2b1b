package vn.kiosk.app.flow;

/** Where a chip read is, in the order it happens. */
public enum ReadStage {
    OPENING, IDENTITY, CLONE_CHECK, PHOTO, VERIFYING
}
