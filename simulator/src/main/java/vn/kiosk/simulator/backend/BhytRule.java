package vn.kiosk.simulator.backend;

import java.time.LocalDate;

/**
 * The simulated health-insurance (BHYT) register: the answer is a pure function of the 12-digit ID
 * number so tests predict it from the documented rule, not from the backend's tables.
 *
 * <ul>
 *   <li>last digit 0: NOT_FOUND; 1: EXPIRED (ended 31 Dec of last year); 2-9: VALID for this calendar year;</li>
 *   <li>benefit level by last digit: 2-4 → 80 %, 5-7 → 95 %, 8-9 → 100 % (card group codes GD/HT/TE);</li>
 *   <li>card number: group code + benefit digit (4, 3, 1) + the ID's first three digits' province code
 *       (last two of them) + the ID's last 10 digits;</li>
 *   <li>registered facility: by the second-to-last digit, one of {@link #FACILITIES}.</li>
 * </ul>
 */
final class BhytRule {
    static final String[] FACILITIES = {
        "Bệnh viện Đa khoa huyện Gia Lâm", "Trạm Y tế xã Đông Dư", "Bệnh viện Bạch Mai",
        "Bệnh viện Đa khoa tỉnh Bắc Ninh", "Trung tâm Y tế quận Ba Đình", "Bệnh viện Nhi Trung ương",
        "Bệnh viện Đa khoa Xanh Pôn", "Trạm Y tế phường Cửa Nam", "Bệnh viện E", "Bệnh viện Thanh Nhàn"
    };

    /** The register's answer; dates and card fields are null when NOT_FOUND. */
    record InsuranceCheck(String status, String cardNumber, String registeredFacility, Integer benefitLevel,
                          String validFrom, String validTo) {
    }

    private BhytRule() {
    }

    static InsuranceCheck check(String idNumber, LocalDate today) {
        int last = idNumber.charAt(idNumber.length() - 1) - '0';
        if (last == 0) {
            return new InsuranceCheck("NOT_FOUND", null, null, null, null, null);
        }
        int level = last <= 4 ? 80 : last <= 7 ? 95 : 100;
        String group = last <= 4 ? "GD" : last <= 7 ? "HT" : "TE";
        String benefitDigit = last <= 4 ? "4" : last <= 7 ? "3" : "1";
        String card = group + benefitDigit + idNumber.substring(1, 3) + idNumber.substring(idNumber.length() - 10);
        String facility = FACILITIES[idNumber.charAt(idNumber.length() - 2) - '0'];
        int year = last == 1 ? today.getYear() - 1 : today.getYear();
        return new InsuranceCheck(last == 1 ? "EXPIRED" : "VALID", card, facility, level,
                LocalDate.of(year, 1, 1).toString(), LocalDate.of(year, 12, 31).toString());
    }
}
