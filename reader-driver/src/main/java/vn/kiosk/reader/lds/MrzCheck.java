package vn.kiosk.reader.lds;

import vn.kiosk.reader.bac.CheckDigit;

/**
 * One check digit of an MRZ as printed against the one computed. A wrong check digit is reported,
 * not thrown: the chip's DG1 is what the issuer signed, and the caller decides what a mismatch means.
 *
 * @param field    which check: "documentNumber", "dateOfBirth", "dateOfExpiry", "optionalData",
 *                 "composite" or "idNumber"
 * @param printed  the character in the MRZ
 * @param computed the Doc 9303 Part 3 check digit of the field
 */
public record MrzCheck(String field, char printed, char computed) {

    static MrzCheck of(String field, String data, char printed) {
        return new MrzCheck(field, printed, CheckDigit.of(data));
    }

    public boolean valid() {
        return printed == computed;
    }
}
