package vn.kiosk.simulator.personalise;

import java.time.format.DateTimeFormatter;

import vn.kiosk.reader.bac.MrzKey;
import vn.kiosk.reader.lds.Td1Mrz;
import vn.kiosk.simulator.citizen.Citizen;

/** A citizen's TD1 MRZ as a CCCD prints it, and the BAC key it gives. */
public final class CitizenMrz {
    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");
    /** The value printed for cards that never expire is not public; the simulator uses this one. */
    public static final String NO_EXPIRY = "991231";

    private CitizenMrz() {
    }

    public static Td1Mrz of(Citizen citizen) {
        // Td1Mrz transliterates (diacritics dropped, Đ as D); the surname is the first word.
        String[] names = citizen.fullName().trim().split("\\s+", 2);
        return Td1Mrz.cccd(citizen.idNumber(), citizen.dateOfBirth().format(YYMMDD), citizen.sex().name().charAt(0),
                expiryField(citizen), names[0], names.length > 1 ? names[1] : "");
    }

    public static MrzKey keyOf(Citizen citizen) {
        return new MrzKey(citizen.documentNumber(), citizen.dateOfBirth().format(YYMMDD), expiryField(citizen));
    }

    private static String expiryField(Citizen citizen) {
        return citizen.expiryDate().map(d -> d.format(YYMMDD)).orElse(NO_EXPIRY);
    }
}
