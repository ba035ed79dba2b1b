package vn.kiosk.reader.qr;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

import vn.kiosk.reader.access.AccessKey;
import vn.kiosk.reader.bac.MrzKey;
import vn.kiosk.reader.identity.RenewalAges;

/**
 * The passwords a QR gives for opening the chip. The CAN (PACE) needs only the ID number; the MRZ
 * key (BAC) also needs the expiry, which the QR does not carry: it is computed by the renewal-age
 * rule, and for holders whose card never expires the value printed in the MRZ is not public, so
 * there is no MRZ key then.
 *
 * @param can six digits, or empty without a 12-digit ID number
 * @param mrz the BAC key, or empty when a date is missing or the card never expires
 */
public record QrAccessKey(Optional<String> can, Optional<MrzKey> mrz) {
    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");

    public static final QrAccessKey NONE = new QrAccessKey(Optional.empty(), Optional.empty());

    /** Derives what can be derived; {@code idNumber} must already be 12 digits to give anything. */
    static QrAccessKey derive(String idNumber, Optional<LocalDate> birth, Optional<LocalDate> issue) {
        if (!idNumber.matches("\\d{12}")) {
            return NONE;
        }
        Optional<MrzKey> mrz = Optional.empty();
        if (birth.isPresent() && issue.isPresent()) {
            mrz = RenewalAges.expiry(birth.get(), issue.get())
                    .map(expiry -> new MrzKey(idNumber.substring(3), birth.get().format(YYMMDD), expiry.format(YYMMDD)));
        }
        return new QrAccessKey(Optional.of(idNumber.substring(6)), mrz);
    }

    /** The key to try first: the CAN, because every CCCD offers PACE and it needs no expiry. */
    public Optional<AccessKey> preferred() {
        if (can.isPresent()) {
            return Optional.of(AccessKey.can(can.get()));
        }
        return mrz.map(AccessKey::mrz);
    }

    /** The MRZ key in the command-line form {@code DOCNO,YYMMDD,YYMMDD}. */
    public Optional<String> mrzText() {
        return mrz.map(k -> k.documentNumber() + "," + k.dateOfBirth() + "," + k.dateOfExpiry());
    }

    /** Passwords are never printed through toString. */
    @Override
    public String toString() {
        return "QrAccessKey[can " + (can.isPresent() ? "***" : "none") + ", mrz " + (mrz.isPresent() ? "***" : "none") + "]";
    }
}
