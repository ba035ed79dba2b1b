package vn.kiosk.simulator.backend;

import java.util.List;
import java.util.Optional;

/**
 * The seeded catalogue: essential online public services of Đề án 06 (Decision 06/QĐ-TTg, 2022).
 * Fees are plausible figures for a demo, not a legal schedule.
 */
final class Procedures {
    private static final List<String> BASIC = List.of("idNumber", "fullName", "dateOfBirth", "sex");
    private static final List<String> WITH_RESIDENCE = List.of("idNumber", "fullName", "dateOfBirth", "sex",
            "placeOfResidence");

    static final List<Procedure> ALL = List.of(
            new Procedure("KHAI_SINH", "Đăng ký khai sinh", "Birth registration", BASIC, List.of(
                    FormField.text("childFullName", true, "Họ, chữ đệm, tên của trẻ", "Child's full name"),
                    FormField.date("childDateOfBirth", true, "Ngày sinh của trẻ", "Child's date of birth"),
                    FormField.select("childSex", true, "Giới tính của trẻ", "Child's sex", "M", "F"),
                    FormField.text("placeOfBirth", true, "Nơi sinh", "Place of birth"),
                    FormField.select("relationship", true, "Quan hệ với trẻ", "Relationship to the child",
                            "FATHER", "MOTHER", "GUARDIAN")),
                    new Fee(0, "Miễn lệ phí khi đăng ký đúng hạn", "Free when registered on time"), 1),
            new Procedure("THUONG_TRU", "Đăng ký thường trú", "Permanent residence registration", WITH_RESIDENCE,
                    List.of(FormField.text("newAddress", true, "Địa chỉ thường trú mới", "New permanent address"),
                            FormField.select("legalBasis", true, "Căn cứ chỗ ở hợp pháp", "Legal basis of residence",
                                    "OWNER", "RENTAL", "RELATIVE", "OTHER"),
                            FormField.text("householdHeadIdNumber", false, "Số định danh chủ hộ",
                                    "Household head's ID number")),
                    new Fee(20_000, "Nộp trực tuyến được giảm 50%", "50% off when filed online"), 7),
            new Procedure("TAM_TRU", "Đăng ký tạm trú", "Temporary residence registration", WITH_RESIDENCE,
                    List.of(FormField.text("temporaryAddress", true, "Địa chỉ tạm trú", "Temporary address"),
                            FormField.date("until", true, "Tạm trú đến ngày", "Staying until"),
                            FormField.text("reason", false, "Lý do", "Reason")),
                    new Fee(15_000, "Nộp trực tuyến được giảm 50%", "50% off when filed online"), 3),
            new Procedure("LY_LICH_TU_PHAP", "Cấp phiếu lý lịch tư pháp", "Judicial record certificate",
                    List.of("idNumber", "fullName", "dateOfBirth", "sex", "placeOfOrigin", "placeOfResidence",
                            "fatherName", "motherName"),
                    List.of(FormField.select("certificateType", true, "Loại phiếu", "Certificate type", "1", "2"),
                            FormField.text("purpose", true, "Mục đích sử dụng", "Purpose"),
                            FormField.select("copies", true, "Số bản", "Copies", "1", "2", "3")),
                    new Fee(200_000, "Sinh viên, người có công: 100.000 đồng", "Students, veterans: 100,000 VND"), 10),
            new Procedure("XAC_NHAN_HON_NHAN", "Xác nhận tình trạng hôn nhân", "Marriage status confirmation",
                    List.of("idNumber", "fullName", "dateOfBirth", "sex", "placeOfResidence", "spouseName"),
                    List.of(FormField.text("purpose", true, "Mục đích sử dụng", "Purpose"),
                            FormField.select("currentStatus", true, "Tình trạng hiện tại", "Current status",
                                    "SINGLE", "MARRIED", "DIVORCED", "WIDOWED")),
                    new Fee(0, "Miễn lệ phí", "Free"), 3),
            new Procedure("KHAI_TU", "Đăng ký khai tử", "Death registration", BASIC, List.of(
                    FormField.text("deceasedFullName", true, "Họ tên người chết", "Deceased's full name"),
                    FormField.text("deceasedIdNumber", true, "Số định danh người chết", "Deceased's ID number"),
                    FormField.date("dateOfDeath", true, "Ngày chết", "Date of death"),
                    FormField.text("placeOfDeath", true, "Nơi chết", "Place of death"),
                    FormField.text("relationship", true, "Quan hệ với người chết", "Relationship to the deceased")),
                    new Fee(0, "Miễn lệ phí khi đăng ký đúng hạn", "Free when registered on time"), 1),
            new Procedure("CAP_DOI_GPLX", "Cấp đổi giấy phép lái xe", "Driving licence renewal",
                    List.of("idNumber", "fullName", "dateOfBirth", "sex", "placeOfResidence"),
                    List.of(FormField.text("licenceNumber", true, "Số giấy phép lái xe", "Licence number"),
                            FormField.select("licenceClass", true, "Hạng", "Class", "A1", "A2", "B1", "B2", "C")),
                    new Fee(135_000, "Nộp trực tuyến: 115.000 đồng", "Online: 115,000 VND"), 5));

    private Procedures() {
    }

    static Optional<Procedure> byCode(String code) {
        return ALL.stream().filter(p -> p.code().equals(code)).findFirst();
    }
}
