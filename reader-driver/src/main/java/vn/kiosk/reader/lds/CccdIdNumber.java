package vn.kiosk.reader.lds;

/**
 * The 12-digit ID number a CCCD carries in the TD1 optional data 1, after the 9-digit document
 * number: 12 digits, a filler, then a check digit over the 12 digits. Cards are expected to use
 * {@code <<}; a single {@code <} is accepted and reported in {@link #separator()}.
 *
 * @param digits    the 12 digits
 * @param separator the fillers seen between the digits and the check digit
 * @param check     the check digit over the 12 digits
 */
public record CccdIdNumber(String digits, String separator, MrzCheck check) {

    /** The document number (for BAC) must be the last 9 digits of the ID number. */
    public boolean matchesDocumentNumber(String documentNumber) {
        return digits.substring(3).equals(documentNumber);
    }

    @Override
    public String toString() {
        return "CccdIdNumber[" + separator.length() + " filler(s), check " + (check.valid() ? "valid" : "INVALID") + "]";
    }
}
