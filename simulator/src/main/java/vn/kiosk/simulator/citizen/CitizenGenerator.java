package vn.kiosk.simulator.citizen;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import vn.kiosk.reader.identity.RenewalAges;

/**
 * Makes plausible, entirely fictitious citizens from a seed: the same seed always gives the same
 * citizen, so a test, the card simulator and {@code simulator citizen} agree on who is on the card.
 */
public final class CitizenGenerator {

    private record Province(String code, String name, List<String> districts) {
    }

    private static final List<Province> PROVINCES = List.of(
            new Province("001", "Hà Nội", List.of("phường Láng Hạ, quận Đống Đa", "phường Dịch Vọng, quận Cầu Giấy",
                    "xã Bát Tràng, huyện Gia Lâm", "phường Hàng Bạc, quận Hoàn Kiếm")),
            new Province("079", "Thành phố Hồ Chí Minh", List.of("phường Bến Nghé, Quận 1",
                    "phường 12, quận Gò Vấp", "xã Tân Thạnh Đông, huyện Củ Chi", "phường Thảo Điền, thành phố Thủ Đức")),
            new Province("031", "Hải Phòng", List.of("phường Máy Chai, quận Ngô Quyền", "xã An Hưng, huyện An Dương")),
            new Province("048", "Đà Nẵng", List.of("phường Hải Châu I, quận Hải Châu", "phường Mỹ An, quận Ngũ Hành Sơn")),
            new Province("092", "Cần Thơ", List.of("phường An Hội, quận Ninh Kiều", "xã Thới Hưng, huyện Cờ Đỏ")),
            new Province("038", "Thanh Hóa", List.of("phường Điện Biên, thành phố Thanh Hóa", "xã Quảng Hải, huyện Quảng Xương")),
            new Province("040", "Nghệ An", List.of("phường Hưng Bình, thành phố Vinh", "xã Diễn Kỷ, huyện Diễn Châu")),
            new Province("046", "Thừa Thiên Huế", List.of("phường Phú Hội, thành phố Huế", "xã Hương Toàn, thị xã Hương Trà")),
            new Province("036", "Nam Định", List.of("phường Trần Hưng Đạo, thành phố Nam Định", "xã Hải Hậu, huyện Hải Hậu")),
            new Province("066", "Đắk Lắk", List.of("phường Tân Lợi, thành phố Buôn Ma Thuột", "xã Ea Kao, thành phố Buôn Ma Thuột")),
            new Province("094", "Sóc Trăng", List.of("phường 2, thành phố Sóc Trăng", "xã Phú Tâm, huyện Châu Thành")),
            new Province("011", "Điện Biên", List.of("phường Mường Thanh, thành phố Điện Biên Phủ", "xã Thanh Xương, huyện Điện Biên")));

    private static final List<String> FAMILY = List.of("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan",
            "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trịnh", "Lương", "Quách");
    private static final List<String> MALE_MIDDLE = List.of("Văn", "Hữu", "Đức", "Minh", "Quốc", "Thành", "Công", "Xuân", "Gia", "Đình");
    private static final List<String> FEMALE_MIDDLE = List.of("Thị", "Ngọc", "Thu", "Thanh", "Mỹ", "Bảo", "Diệu", "Khánh", "Phương", "Hồng");
    private static final List<String> MALE_GIVEN = List.of("An", "Bình", "Cường", "Dũng", "Đạt", "Hải", "Hiếu",
            "Hùng", "Khải", "Long", "Nam", "Phúc", "Quân", "Sơn", "Thắng", "Trung", "Tuấn", "Việt", "Vỹ", "Lộc");
    private static final List<String> FEMALE_GIVEN = List.of("Anh", "Châu", "Giang", "Hà", "Hạnh", "Hoa", "Hương",
            "Lan", "Linh", "Mai", "Ngân", "Nhung", "Phượng", "Quỳnh", "Thảo", "Thủy", "Trang", "Uyên", "Vân", "Yến");
    private static final List<String> STREETS = List.of("phố Láng Hạ", "đường Nguyễn Trãi", "đường Lê Lợi",
            "đường Trần Hưng Đạo", "phố Hàng Bạc", "đường Võ Văn Kiệt", "đường Hùng Vương", "đường Điện Biên Phủ");
    private static final List<String> ETHNICITIES = List.of("Kinh", "Kinh", "Kinh", "Kinh", "Kinh", "Tày", "Thái",
            "Mường", "Khmer", "Hoa", "Nùng", "H'Mông", "Ê Đê");
    private static final List<String> RELIGIONS = List.of("Không", "Không", "Không", "Phật giáo", "Công giáo", "Cao Đài", "Hòa Hảo");
    private static final List<String> FEATURES = List.of("Nốt ruồi C:1cm trên trước mép trái",
            "Sẹo chấm C:2cm dưới sau đuôi mắt phải", "Nốt ruồi C:3cm dưới trước cằm",
            "Sẹo chấm C:1,5cm trên sau cánh mũi trái");

    private CitizenGenerator() {
    }

    public static Citizen generate(long seed) {
        Random random = new Random(seed);
        Citizen.Sex sex = random.nextBoolean() ? Citizen.Sex.M : Citizen.Sex.F;
        LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(random.nextInt(365 * 56));
        Province origin = pick(random, PROVINCES);
        Province residence = random.nextInt(3) == 0 ? pick(random, PROVINCES) : origin;

        String family = pick(random, FAMILY);
        String fullName = family + " " + (sex == Citizen.Sex.M
                ? pick(random, MALE_MIDDLE) + " " + pick(random, MALE_GIVEN)
                : pick(random, FEMALE_MIDDLE) + " " + pick(random, FEMALE_GIVEN));

        int centurySex = (birth.getYear() >= 2000 ? 2 : 0) + (sex == Citizen.Sex.F ? 1 : 0);
        String idNumber = origin.code() + centurySex + String.format("%02d", birth.getYear() % 100)
                + String.format("%06d", random.nextInt(1_000_000));

        LocalDate earliestIssue = max(birth.plusYears(14), LocalDate.of(2021, 1, 1));
        LocalDate issue = earliestIssue.plusDays(random.nextInt(365 * 5));
        String address = "Số " + (1 + random.nextInt(250)) + (random.nextBoolean() ? ", ngõ " + (1 + random.nextInt(120)) : "")
                + " " + pick(random, STREETS) + ", " + pick(random, residence.districts()) + ", " + residence.name();
        if (random.nextInt(4) == 0) {
            // Long addresses exist (tổ dân phố, khu phố, ấp): they push DG13 lengths into long form.
            address = "Tổ dân phố số " + (1 + random.nextInt(30)) + ", khu phố " + (1 + random.nextInt(9))
                    + ", ấp Tân Hòa Đông, " + address;
        }
        String fatherName = family + " " + pick(random, MALE_MIDDLE) + " " + pick(random, MALE_GIVEN);
        String motherName = pick(random, FAMILY) + " " + pick(random, FEMALE_MIDDLE) + " " + pick(random, FEMALE_GIVEN);
        boolean married = birth.plusYears(22).isBefore(issue) && random.nextBoolean();
        String spouseName = !married ? "" : sex == Citizen.Sex.M
                ? pick(random, FAMILY) + " " + pick(random, FEMALE_MIDDLE) + " " + pick(random, FEMALE_GIVEN)
                : pick(random, FAMILY) + " " + pick(random, MALE_MIDDLE) + " " + pick(random, MALE_GIVEN);
        String oldId = birth.getYear() < 2000 && random.nextBoolean()
                ? String.format("%09d", random.nextInt(1_000_000_000)) : "";

        return new Citizen(idNumber, fullName, birth, sex, "Việt Nam", pick(random, ETHNICITIES),
                pick(random, RELIGIONS), pick(random, origin.districts()) + ", " + origin.name(), address,
                pick(random, FEATURES), issue, RenewalAges.expiry(birth, issue), oldId, fatherName, motherName,
                spouseName);
    }

    private static <T> T pick(Random random, List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
