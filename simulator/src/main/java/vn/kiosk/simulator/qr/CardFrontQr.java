package vn.kiosk.simulator.qr;

import java.time.format.DateTimeFormatter;

import vn.kiosk.simulator.citizen.Citizen;

/** The text of a citizen's CCCD front QR (CCCD.md): {@code ID12|oldID9|name|ddMMyyyy|Nam/Nữ|address|ddMMyyyy}. */
public final class CardFrontQr {
    private static final DateTimeFormatter DDMMYYYY = DateTimeFormatter.ofPattern("ddMMyyyy");

    private CardFrontQr() {
    }

    public static String text(Citizen citizen) {
        return String.join("|", citizen.idNumber(), citizen.oldIdNumber(), citizen.fullName(),
                citizen.dateOfBirth().format(DDMMYYYY), citizen.sex().vietnamese(), citizen.placeOfResidence(),
                citizen.issueDate().format(DDMMYYYY));
    }
}
