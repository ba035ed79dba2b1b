package vn.kiosk.reader.apdu;

/** Status words this code base reacts to (ISO/IEC 7816-4, ICAO Doc 9303 Part 10 and 11). */
public final class StatusWords {
    public static final int OK = 0x9000;
    public static final int END_OF_FILE_WARNING = 0x6282;
    public static final int WRONG_LENGTH = 0x6700;
    public static final int SM_DATA_OBJECTS_MISSING = 0x6987;
    public static final int SM_DATA_OBJECTS_INCORRECT = 0x6988;
    public static final int SECURITY_STATUS_NOT_SATISFIED = 0x6982;
    public static final int AUTHENTICATION_METHOD_BLOCKED = 0x6983;
    public static final int CONDITIONS_NOT_SATISFIED = 0x6985;
    public static final int WRONG_DATA = 0x6A80;
    public static final int FUNCTION_NOT_SUPPORTED = 0x6A81;
    public static final int FILE_NOT_FOUND = 0x6A82;
    public static final int INCORRECT_P1P2 = 0x6A86;
    public static final int REFERENCED_DATA_NOT_FOUND = 0x6A88;
    public static final int WRONG_P1P2 = 0x6B00;
    public static final int INS_NOT_SUPPORTED = 0x6D00;
    public static final int CLA_NOT_SUPPORTED = 0x6E00;
    public static final int UNKNOWN = 0x6F00;

    private StatusWords() {
    }
}
