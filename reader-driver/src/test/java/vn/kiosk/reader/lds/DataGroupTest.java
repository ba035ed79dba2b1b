package vn.kiosk.reader.lds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class DataGroupTest {

    @Test
    void tagsAreThoseOfDoc9303Part10() {
        int[] expected = {0x61, 0x75, 0x63, 0x76, 0x65, 0x66, 0x67, 0x68, 0x69, 0x6A, 0x6B, 0x6C, 0x6D, 0x6E, 0x6F, 0x70};
        assertEquals(Arrays.toString(expected),
                Arrays.toString(Arrays.stream(DataGroup.values()).mapToInt(DataGroup::tag).toArray()));
    }

    @Test
    void numbersShortFileIdsAndFileIds() {
        assertEquals(1, DataGroup.DG1.number());
        assertEquals(13, DataGroup.DG13.number());
        assertEquals(0x0D, DataGroup.DG13.shortFileId());
        assertEquals(0x0101, DataGroup.DG1.fileId());
        assertEquals(0x010E, DataGroup.DG14.fileId());
        assertEquals(0x0110, DataGroup.DG16.fileId());
        assertEquals(Optional.of(DataGroup.DG15), DataGroup.fromNumber(15));
        assertEquals(Optional.empty(), DataGroup.fromNumber(0));
        assertEquals(Optional.empty(), DataGroup.fromNumber(17));
        assertEquals(Optional.of(DataGroup.DG2), DataGroup.fromTag(0x75));
        assertEquals(Optional.empty(), DataGroup.fromTag(0x60));
    }

    @Test
    void ldsFilesIncludeComAndSod() {
        assertEquals(0x60, LdsFile.COM.tag());
        assertEquals(0x1E, LdsFile.COM.shortFileId());
        assertEquals(0x011E, LdsFile.COM.fileId());
        assertEquals(0x77, LdsFile.SOD.tag());
        assertEquals(0x1D, LdsFile.SOD.shortFileId());
        assertEquals(0x011D, LdsFile.SOD.fileId());
        assertEquals(Optional.empty(), LdsFile.SOD.dataGroup());
        assertEquals(Optional.of(DataGroup.DG13), LdsFile.DG13.dataGroup());
        assertEquals(0x6D, LdsFile.DG13.tag());
        assertEquals(Optional.of(LdsFile.SOD), LdsFile.fromTag(0x77));
        assertEquals(Optional.of(LdsFile.DG2), LdsFile.fromShortFileId(2));
        for (DataGroup group : DataGroup.values()) {
            LdsFile file = group.file();
            assertEquals(group.tag(), file.tag());
            assertEquals(group.shortFileId(), file.shortFileId());
            assertEquals(group.fileId(), file.fileId());
            assertTrue(file.dataGroup().isPresent());
        }
    }
}
