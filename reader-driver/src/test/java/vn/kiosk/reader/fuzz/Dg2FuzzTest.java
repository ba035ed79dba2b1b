package vn.kiosk.reader.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;

import vn.kiosk.reader.error.MalformedDataException;
import vn.kiosk.reader.lds.Dg2;
import vn.kiosk.reader.lds.FaceImage;

/** DG2: the biometric templates around the ISO/IEC 19794-5 facial record and its image. */
class Dg2FuzzTest {

    @FuzzTest(maxDuration = "30s")
    void parse(byte[] input) {
        Dg2 dg2;
        try {
            dg2 = Dg2.parse(input);
        } catch (MalformedDataException expected) {
            return;
        }
        for (FaceImage face : dg2.faces()) {
            assertTrue(face.size() <= input.length, "an image larger than the file");
            face.format();
            face.declaredWidth();
            face.declaredHeight();
            face.formatAsDeclared();
            face.sha256();
            face.toString();
        }
        dg2.face();
    }
}
