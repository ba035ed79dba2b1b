package vn.kiosk.simulator.personalise;

import java.text.Normalizer;
import java.time.format.DateTimeFormatter;

import vn.kiosk.reader.bac.CheckDigit;
import vn.kiosk.reader.bac.MrzKey;
import vn.kiosk.simulator.citizen.Citizen;

/**
 * The three 30-character lines of a CCCD's TD1 machine-readable zone. Line 1 carries the last nine
 * digits of the ID number as the document number and the full twelve digits, with their own check
 * digit, in the optional data.
 */
public record Td1Mrz(String line1, String line2, String line3) {
    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");
    /** The value printed for cards that never expire is not public; the simulator uses this one. */
    public static final String NO_EXPIRY = "991231";

    public static Td1Mrz of(Citizen citizen) {
        String documentNumber = citizen.documentNumber();
        String optional = citizen.idNumber() + "<<" + CheckDigit.of(citizen.idNumber());
        String line1 = "IDVNM" + documentNumber + CheckDigit.of(documentNumber) + optional;

        String birth = citizen.dateOfBirth().format(YYMMDD);
        String expiry = expiryField(citizen);
        String upper = birth + CheckDigit.of(birth) + citizen.sex().name() + expiry + CheckDigit.of(expiry) + "VNM"
                + "<".repeat(11);
        String composite = line1.substring(5, 30) + upper.substring(0, 7) + upper.substring(8, 15) + upper.substring(18, 29);
        String line2 = upper + CheckDigit.of(composite);
        return new Td1Mrz(line1, line2, nameLine(citizen.fullName()));
    }

    public static String expiryField(Citizen citizen) {
        return citizen.expiryDate().map(d -> d.format(YYMMDD)).orElse(NO_EXPIRY);
    }

    public static MrzKey keyOf(Citizen citizen) {
        return new MrzKey(citizen.documentNumber(), citizen.dateOfBirth().format(YYMMDD), expiryField(citizen));
    }

    public String text() {
        return line1 + line2 + line3;
    }

    /** SURNAME<<GIVEN<NAMES in Latin capitals: diacritics dropped, Đ written as D (Doc 9303 Part 3). */
    static String nameLine(String fullName) {
        String latin = Normalizer.normalize(fullName.replace('Đ', 'D').replace('đ', 'd'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toUpperCase().replaceAll("[^A-Z ]", " ").trim();
        String[] parts = latin.split("\\s+");
        StringBuilder line = new StringBuilder(parts[0]).append("<<");
        for (int i = 1; i < parts.length; i++) {
            line.append(i > 1 ? "<" : "").append(parts[i]);
        }
        String padded = line + "<".repeat(30);
        return padded.substring(0, 30);
    }

}
