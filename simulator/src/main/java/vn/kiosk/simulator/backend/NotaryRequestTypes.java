package vn.kiosk.simulator.backend;

import java.util.List;
import java.util.Optional;

/** The seeded notarial acts of a notary office's front desk. */
final class NotaryRequestTypes {
    static final List<NotaryRequestType> ALL = List.of(
            new NotaryRequestType("MUA_BAN_NHA", "Hợp đồng mua bán nhà ở", "House sale contract", 2, 6,
                    new Fee(0, "Theo giá trị hợp đồng", "By contract value")),
            new NotaryRequestType("CHUYEN_NHUONG_QSDD", "Hợp đồng chuyển nhượng quyền sử dụng đất",
                    "Land-use right transfer contract", 2, 6, new Fee(0, "Theo giá trị hợp đồng", "By contract value")),
            new NotaryRequestType("UY_QUYEN", "Hợp đồng ủy quyền", "Power of attorney", 2, 4,
                    new Fee(50_000, "Mỗi trường hợp", "Per case")),
            new NotaryRequestType("DI_CHUC", "Công chứng di chúc", "Will", 1, 1,
                    new Fee(50_000, "Mỗi trường hợp", "Per case")),
            new NotaryRequestType("THOA_THUAN_TAI_SAN", "Văn bản thỏa thuận tài sản vợ chồng",
                    "Marital property agreement", 2, 2, new Fee(50_000, "Mỗi trường hợp", "Per case")),
            new NotaryRequestType("CHUNG_THUC_BAN_SAO", "Chứng thực bản sao từ bản chính",
                    "Certified copy of an original", 1, 1, new Fee(2_000, "Mỗi trang", "Per page")));

    private NotaryRequestTypes() {
    }

    static Optional<NotaryRequestType> byCode(String code) {
        return ALL.stream().filter(t -> t.code().equals(code)).findFirst();
    }
}
