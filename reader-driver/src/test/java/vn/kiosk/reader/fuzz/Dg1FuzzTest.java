package vn.kiosk.reader.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;

import com.code_intelligence.jazzer.junit.FuzzTest;

import vn.kiosk.reader.error.MalformedDataException;
import vn.kiosk.reader.lds.Dg1;
import vn.kiosk.reader.lds.Mrz;
import vn.kiosk.reader.lds.Td1Mrz;

/** DG1 and the MRZ inside it (TD1 on a CCCD, TD3 when a passport is presented by mistake). */
class Dg1FuzzTest {

    @FuzzTest(maxDuration = "30s")
    void parse(byte[] input) throws MalformedDataException {
        Dg1 dg1;
        try {
            dg1 = Dg1.parse(input);
        } catch (MalformedDataException expected) {
            return;
        }
        use(dg1.mrz());
        assertEquals(dg1.mrz(), Dg1.parse(dg1.encode()).mrz(), "DG1 does not read back as written");
    }

    /** The MRZ as text: what an operator types or an OCR returns, lines separated or run together. */
    @FuzzTest(maxDuration = "30s")
    void mrzText(byte[] input) {
        try {
            use(Mrz.parse(new String(input, StandardCharsets.ISO_8859_1)));
        } catch (MalformedDataException expected) {
            // not an MRZ
        }
    }

    /** Every field the identity and the access key are assembled from. */
    private static void use(Mrz mrz) {
        mrz.lines();
        mrz.text();
        mrz.dg1Text();
        mrz.documentCode();
        mrz.issuingState();
        mrz.documentNumber();
        mrz.dateOfBirth();
        mrz.sex();
        mrz.dateOfExpiry();
        mrz.nationality();
        mrz.primaryIdentifier();
        mrz.secondaryIdentifier();
        mrz.checks();
        mrz.checksValid();
        mrz.mrzKey();
        mrz.idNumber();
        if (mrz instanceof Td1Mrz td1) {
            td1.optionalData1();
            td1.optionalData2();
            td1.cccdIdNumber();
        }
        mrz.toString();
    }
}
