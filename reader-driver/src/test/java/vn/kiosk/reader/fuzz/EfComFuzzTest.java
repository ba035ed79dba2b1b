package vn.kiosk.reader.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.junit.FuzzTest;

import vn.kiosk.reader.error.MalformedDataException;
import vn.kiosk.reader.lds.DataGroup;
import vn.kiosk.reader.lds.EfCom;

/** EF.COM: the unsigned list of data groups the chip claims to hold. */
class EfComFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void parse(byte[] input) throws MalformedDataException {
        EfCom com;
        try {
            com = EfCom.parse(input);
        } catch (MalformedDataException expected) {
            return;
        }
        com.dataGroups();
        for (DataGroup group : DataGroup.values()) {
            com.lists(group);
        }
        // what parses must write back as a file that reads the same
        assertEquals(com, EfCom.parse(com.encode()));
    }
}
