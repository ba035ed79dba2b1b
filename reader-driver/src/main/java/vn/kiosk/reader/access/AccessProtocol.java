package vn.kiosk.reader.access;

/** How the secure channel to the chip was opened. */
public enum AccessProtocol {
    PACE, BAC
}
