package vn.kiosk.app.keyboard;

import java.util.List;

/**
 * Real Vietnamese words in the "new style" tone placement, chosen to cover every vowel group, the
 * "qu" and "gi" onsets, final consonants and upper case; shared by the tone and typing tests.
 */
final class VietnameseWords {

    static final List<String> ALL = List.of(
            // the brief's examples
            "tiến", "người", "quyết", "giữa", "khuỷu", "Nguyễn", "hoà",
            // oa / oe / uy open: new style puts the tone on the second vowel
            "hoá", "hoả", "hoạ", "toả", "thoả", "loá", "oà", "khoẻ", "loè", "xoè", "hoè", "thuý", "thuỷ",
            "tuỳ", "luỹ", "huỷ", "uỷ", "suý", "thuỵ",
            // ... and on the second before a final consonant too
            "toán", "hoàn", "hoạch", "choáng", "hoảng", "hoãn", "khoét", "huỳnh", "huých", "huýt", "goòng",
            // a letter mark takes the tone
            "hoặc", "xoăn", "oẳn", "tuần", "khuất", "muốn", "uống", "ruộng", "thuốc", "cuộc", "yếu",
            "chuyện", "truyền", "khuyên", "luyện", "thuyền", "nguyệt", "huyết", "tuyết", "xuyến", "uyển",
            "thuế", "huệ", "khuếch", "thuở", "mượn", "được", "trường", "hướng", "ước", "rượu", "bướu",
            "cừu", "hữu", "cứu", "gửi", "ngửi", "bưởi", "tưới", "cưỡi", "mười", "chuối", "muối", "cuối",
            "buổi", "điều", "hiểu", "khiếu", "kiểu", "nhiều", "yểu", "ấy", "ẩm", "ừ", "ở", "ủa",
            "mới", "tối", "kêu", "bốn", "năm", "một", "việc", "tiếng", "Việt", "nghiệp", "miếng", "sắc",
            // three open vowels: the middle one
            "ngoái", "khoái", "ngoáy", "xoáy", "ngoại", "ngoẹo", "ngoéo", "khuỵu",
            // two open vowels: the first one
            "múa", "của", "túi", "máy", "bảy", "cháo", "chào", "máu", "sáu", "cháu", "kéo", "kẹo",
            "mía", "kìa", "nghĩa", "dịu", "gói", "mưa", "cửa", "hai",
            // qu: the u belongs to the onset
            "quá", "quả", "quà", "quý", "quỳ", "quỳnh", "quýt", "quốc", "quyền", "quẹo", "quạu", "quẫy",
            "quậy", "quặng", "quở",
            // gi: one consonant before another vowel, the vowel itself when alone
            "gì", "gìn", "giúp", "giường", "giếng", "giết", "già", "giá", "giỏi", "giặt", "giận", "giỗ",
            "giũ", "giữ", "gió", "giày", "giấy", "giờ", "giọng", "nghiêng",
            // single vowels, y as a vowel
            "ý", "kỹ", "chín", "tám", "bà", "cá",
            // provinces, upper case kept
            "Đắk", "Lắk", "Quảng", "Ngãi", "Huế", "Rịa", "Vũng", "Tàu", "Khánh", "Hoà", "Hoá", "Phú",
            "Định", "Đà", "Nẵng", "Hải", "Phòng", "Cần", "Thơ", "Bạc", "Liêu", "Cà", "Sóc", "Trăng",
            "Kạn", "Lạng", "Sơn", "Nghệ", "Tĩnh", "Thừa", "Trị", "Tây", "Lâm", "Đồng", "Dương", "Vĩnh",
            "Tiền", "Hậu", "Bến", "Trà", "Tháp", "Lào", "Điện", "Thái", "Bắc", "Hà", "Nội", "Phủ", "Lý",
            "Thuận", "Hồ", "Chí",
            // all capitals
            "NGUYỄN", "HOÀ", "QUYẾT", "GIỮA", "ĐƯỜNG", "NGƯỜI", "KHUỶU", "THUỶ");

    private VietnameseWords() {
    }
}
