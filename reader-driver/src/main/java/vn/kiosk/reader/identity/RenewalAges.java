package vn.kiosk.reader.identity;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * When a CCCD / căn cước card expires. Cards are renewed at ages 25, 40 and 60 (the 2023 Law on
 * Identification adds 14 for cards issued from 1 July 2024); a card issued within two years before
 * one of those ages stays valid until the next one, and a card issued from 58 on does not expire.
 * Computed from the issue and birth dates only, never from today.
 */
public final class RenewalAges {
    private static final LocalDate LAW_2023_IN_FORCE = LocalDate.of(2024, 7, 1);
    private static final int GRACE_YEARS = 2;

    private RenewalAges() {
    }

    /** The expiry date, or empty for a card that stays valid for life. */
    public static Optional<LocalDate> expiry(LocalDate birth, LocalDate issue) {
        List<Integer> ages = issue.isBefore(LAW_2023_IN_FORCE) ? List.of(25, 40, 60) : List.of(14, 25, 40, 60);
        for (int age : ages) {
            LocalDate renewal = birth.plusYears(age);
            if (issue.isBefore(renewal.minusYears(GRACE_YEARS))) {
                return Optional.of(renewal);
            }
        }
        return Optional.empty();
    }
}
