package vn.kiosk.reader.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;

import vn.kiosk.reader.error.MalformedDataException;
import vn.kiosk.reader.lds.Dg15;

/** DG15: the active authentication public key (RSA or EC) as a SubjectPublicKeyInfo. */
class Dg15FuzzTest {

    @FuzzTest(maxDuration = "30s")
    void parse(byte[] input) {
        Dg15 dg15;
        try {
            dg15 = Dg15.parse(input);
        } catch (MalformedDataException expected) {
            return;
        }
        if (dg15.keyAlgorithm() != Dg15.KeyAlgorithm.OTHER) {
            try {
                dg15.publicKey();
            } catch (MalformedDataException e) {
                throw new AssertionError("DG15 parsed but its " + dg15.keyAlgorithm() + " key does not decode", e);
            }
        }
        dg15.toString();
    }
}
