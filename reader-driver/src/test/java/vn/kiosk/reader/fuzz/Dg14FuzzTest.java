package vn.kiosk.reader.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;

import vn.kiosk.reader.error.MalformedDataException;
import vn.kiosk.reader.lds.ChipAuthenticationPublicKeyInfo;
import vn.kiosk.reader.lds.Dg14;
import vn.kiosk.reader.lds.SecurityInfo;

/** DG14: the chip authentication keys and infos (and the AA hash for an EC key). */
class Dg14FuzzTest {

    @FuzzTest(maxDuration = "30s")
    void parse(byte[] input) {
        Dg14 dg14;
        try {
            dg14 = Dg14.parse(input);
        } catch (MalformedDataException expected) {
            return;
        }
        dg14.chipAuthenticationInfos().forEach(info -> info.keyId());
        for (ChipAuthenticationPublicKeyInfo key : dg14.chipAuthenticationPublicKeyInfos()) {
            key.chipAuthenticationPublicKey();
            key.keyId();
        }
        dg14.activeAuthenticationInfo();
        for (SecurityInfo info : dg14.infos()) {
            info.protocol();
            info.toString();
        }
    }
}
