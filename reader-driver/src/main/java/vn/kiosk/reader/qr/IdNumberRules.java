package vn.kiosk.reader.qr;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import vn.kiosk.reader.identity.Identity.Sex;

/**
 * What the 12 digits of an ID number say on their own (Circular 59/2021/TT-BCA): a province code,
 * a digit for century and sex (0/1 = born in the 1900s male/female, 2/3 = 2000s, 4/5 = 2100s ...),
 * the last two digits of the birth year, then six serial digits. Checked against the birth date
 * and sex the QR states, because a mis-scanned or forged text rarely keeps them consistent.
 */
final class IdNumberRules {
    private IdNumberRules() {
    }

    /** Problems with the ID number; empty when it is consistent with what else is known. */
    static List<String> check(String id, Optional<LocalDate> birth, Optional<Sex> sex) {
        List<String> problems = new ArrayList<>();
        if (!id.matches("\\d{12}")) {
            problems.add("the ID number is not 12 digits");
            return problems;
        }
        if (!ProvinceCodes.isProvince(id.substring(0, 3))) {
            problems.add("the ID number does not start with a province code");
        }
        int centurySex = id.charAt(3) - '0';
        int century = 1900 + 100 * (centurySex / 2);
        Sex sexInId = centurySex % 2 == 0 ? Sex.M : Sex.F;
        if (centurySex > 5) {
            problems.add("the century digit of the ID number is beyond the 2100s");
        }
        if (birth.isPresent()) {
            int year = birth.get().getYear();
            if (year / 100 * 100 != century) {
                problems.add("the century digit of the ID number does not match the birth year");
            }
            if (Integer.parseInt(id.substring(4, 6)) != year % 100) {
                problems.add("the birth-year digits of the ID number do not match the birth date");
            }
        }
        if (sex.isPresent() && sex.get() != sexInId) {
            problems.add("the sex digit of the ID number does not match the sex");
        }
        return problems;
    }
}
