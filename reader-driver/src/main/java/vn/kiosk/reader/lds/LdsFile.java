package vn.kiosk.reader.lds;

import java.util.Optional;

/**
 * Every elementary file of the LDS1 eMRTD application a reader asks for: EF.COM, the data groups
 * and EF.SOD (Doc 9303 Part 10, 3.6). EF.CardAccess lives in the master file, not here.
 */
public enum LdsFile {
    COM(0x60, 0x1E, null),
    DG1(DataGroup.DG1), DG2(DataGroup.DG2), DG3(DataGroup.DG3), DG4(DataGroup.DG4),
    DG5(DataGroup.DG5), DG6(DataGroup.DG6), DG7(DataGroup.DG7), DG8(DataGroup.DG8),
    DG9(DataGroup.DG9), DG10(DataGroup.DG10), DG11(DataGroup.DG11), DG12(DataGroup.DG12),
    DG13(DataGroup.DG13), DG14(DataGroup.DG14), DG15(DataGroup.DG15), DG16(DataGroup.DG16),
    SOD(0x77, 0x1D, null);

    private final int tag;
    private final int shortFileId;
    private final DataGroup dataGroup;

    LdsFile(DataGroup group) {
        this(group.tag(), group.shortFileId(), group);
    }

    LdsFile(int tag, int shortFileId, DataGroup dataGroup) {
        this.tag = tag;
        this.shortFileId = shortFileId;
        this.dataGroup = dataGroup;
    }

    /** The tag of the file's outermost data object. */
    public int tag() {
        return tag;
    }

    /** The short file identifier: 1E for EF.COM, 1D for EF.SOD, n for DGn. */
    public int shortFileId() {
        return shortFileId;
    }

    /** The two-byte file identifier: 011E, 011D, 0101 ... 0110. */
    public int fileId() {
        return 0x0100 | shortFileId;
    }

    /** The data group this file holds; empty for EF.COM and EF.SOD. */
    public Optional<DataGroup> dataGroup() {
        return Optional.ofNullable(dataGroup);
    }

    public static Optional<LdsFile> fromTag(int tag) {
        for (LdsFile file : values()) {
            if (file.tag == tag) {
                return Optional.of(file);
            }
        }
        return Optional.empty();
    }

    public static Optional<LdsFile> fromShortFileId(int shortFileId) {
        for (LdsFile file : values()) {
            if (file.shortFileId == shortFileId) {
                return Optional.of(file);
            }
        }
        return Optional.empty();
    }
}
