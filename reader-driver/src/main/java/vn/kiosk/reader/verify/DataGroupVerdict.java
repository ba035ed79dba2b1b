package vn.kiosk.reader.verify;

/** What passive authentication found for one data group. */
public enum DataGroupVerdict {
    /** Read, and its hash equals the SOD's. */
    VALID,
    /** Read, and its hash differs from the SOD's: the data was changed after signing. */
    INVALID,
    /** Read, but the SOD does not list it: nothing vouches for it. */
    NOT_IN_SOD,
    /** Listed in the SOD but not read, or its hash could not be computed (unknown hash algorithm). */
    NOT_CHECKED
}
