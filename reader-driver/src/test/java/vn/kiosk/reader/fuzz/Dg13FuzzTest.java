package vn.kiosk.reader.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;

import vn.kiosk.reader.error.MalformedDataException;
import vn.kiosk.reader.lds.Dg13;

/** DG13: the CCCD's personal data, a Vietnamese-specific ASN.1 structure of UTF-8 strings. */
class Dg13FuzzTest {

    @FuzzTest(maxDuration = "30s")
    void parse(byte[] input) {
        Dg13 dg13;
        try {
            dg13 = Dg13.parse(input);
        } catch (MalformedDataException expected) {
            return;
        }
        // what the identity is assembled from
        dg13.idNumber();
        dg13.fullName();
        dg13.dateOfBirthAsDate();
        dg13.sexCode();
        dg13.issueDateAsDate();
        dg13.expiryDateAsDate();
        dg13.fatherName();
        dg13.motherName();
        dg13.spouseName();
        dg13.unknownFields();
        dg13.toString();
    }
}
