package vn.kiosk.reader.qr;

import java.time.LocalDate;
import java.util.Optional;

import vn.kiosk.reader.identity.Identity;
import vn.kiosk.reader.identity.Identity.Sex;

/** Identity records from what a QR carries; everything a QR does not carry stays empty. */
final class Identities {
    private Identities() {
    }

    static Identity fromQr(String idNumber, String fullName, Optional<LocalDate> birth, Optional<Sex> sex,
            String placeOfResidence, Optional<LocalDate> issue, String oldIdNumber) {
        return new Identity(idNumber, fullName, birth, sex, "", "", "", "", placeOfResidence, "", issue,
                Optional.empty(), "", oldIdNumber, "", "", "", "");
    }

    static Identity idNumberOnly(String idNumber) {
        return fromQr(idNumber, "", Optional.empty(), Optional.empty(), "", Optional.empty(), "");
    }
}
