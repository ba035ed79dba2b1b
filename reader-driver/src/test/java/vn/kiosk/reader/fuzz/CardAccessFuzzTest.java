package vn.kiosk.reader.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;

import vn.kiosk.reader.error.MalformedDataException;
import vn.kiosk.reader.error.UnsupportedProtocolException;
import vn.kiosk.reader.lds.CardAccess;
import vn.kiosk.reader.lds.PaceInfo;
import vn.kiosk.reader.lds.SecurityInfo;
import vn.kiosk.reader.pace.PaceProtocol;

/** EF.CardAccess: read before any key is known, so anyone's chip (or a hostile one) supplies it. */
class CardAccessFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void parse(byte[] input) {
        CardAccess access;
        try {
            access = CardAccess.parse(input);
        } catch (MalformedDataException expected) {
            return;
        }
        // what the PACE step does with it next
        for (PaceInfo info : access.paceInfos()) {
            info.parameterId();
            try {
                PaceProtocol.of(info.protocol());
            } catch (UnsupportedProtocolException expected) {
                // a protocol this reader does not speak
            }
        }
        access.chipAuthenticationInfos();
        access.terminalAuthenticationInfos();
        for (SecurityInfo info : access.infos()) {
            info.protocol();
            info.toString();
        }
    }
}
