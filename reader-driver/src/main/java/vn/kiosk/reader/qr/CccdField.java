package vn.kiosk.reader.qr;

import java.util.function.Predicate;

/**
 * The fields of the card-front QR in their printed order, each with the shape its value has. The
 * shapes let {@link CccdFields} place values when a card's QR has a field more or less than the
 * usual seven, instead of trusting positions blindly.
 */
enum CccdField {
    ID_NUMBER("ID number", t -> t.matches("\\d{12}")),
    OLD_ID_NUMBER("old ID number", t -> t.isEmpty() || t.matches("\\d{9}|\\d{12}")),
    FULL_NAME("full name", t -> t.codePoints().anyMatch(Character::isLetter) && t.chars().noneMatch(Character::isDigit)
            && !Sexes.isSex(t)),
    DATE_OF_BIRTH("date of birth", QrDates::looksLikeDate),
    SEX("sex", Sexes::isSex),
    ADDRESS("address", t -> !t.isEmpty() && !QrDates.looksLikeDate(t)),
    ISSUE_DATE("issue date", QrDates::looksLikeDate);

    private final String label;
    private final Predicate<String> shape;

    CccdField(String label, Predicate<String> shape) {
        this.label = label;
        this.shape = shape;
    }

    String label() {
        return label;
    }

    boolean fits(String value) {
        return shape.test(value);
    }
}
