package vn.kiosk.reader.lds;

import java.util.Optional;

/**
 * The sixteen data groups of an LDS1 eMRTD application (Doc 9303 Part 10, 4.6 and 4.7), with the
 * tag that opens each file, its short file identifier and its file identifier.
 */
public enum DataGroup {
    DG1(0x61), DG2(0x75), DG3(0x63), DG4(0x76), DG5(0x65), DG6(0x66), DG7(0x67), DG8(0x68),
    DG9(0x69), DG10(0x6A), DG11(0x6B), DG12(0x6C), DG13(0x6D), DG14(0x6E), DG15(0x6F), DG16(0x70);

    private final int tag;

    DataGroup(int tag) {
        this.tag = tag;
    }

    /** 1 for DG1 ... 16 for DG16: the number the SOD's data-group hashes use. */
    public int number() {
        return ordinal() + 1;
    }

    /** The tag of the file's outermost data object, also what EF.COM's tag list names. */
    public int tag() {
        return tag;
    }

    /** The short file identifier READ BINARY can name the file by: the data group number. */
    public int shortFileId() {
        return number();
    }

    /** The two-byte file identifier, 0101 for DG1 ... 0110 for DG16. */
    public int fileId() {
        return 0x0100 | number();
    }

    /** The elementary file holding this data group. */
    public LdsFile file() {
        return LdsFile.valueOf(name());
    }

    public static Optional<DataGroup> fromNumber(int number) {
        return number >= 1 && number <= 16 ? Optional.of(values()[number - 1]) : Optional.empty();
    }

    public static Optional<DataGroup> fromTag(int tag) {
        for (DataGroup group : values()) {
            if (group.tag == tag) {
                return Optional.of(group);
            }
        }
        return Optional.empty();
    }
}
