package vn.kiosk.reader.access;

import vn.kiosk.reader.bac.MrzKey;

/** What the holder gives us to open the chip: the CAN printed on the card, or the MRZ fields. */
public sealed interface AccessKey {

    /** Card access number: on a CCCD the last six digits of the ID number. */
    record Can(String digits) implements AccessKey {
        public Can {
            if (digits == null || !digits.matches("\\d{6}")) {
                throw new IllegalArgumentException("a CAN is six digits");
            }
        }

        @Override
        public String toString() {
            return "Can[***]";
        }
    }

    record Mrz(MrzKey key) implements AccessKey {
    }

    static AccessKey can(String digits) {
        return new Can(digits);
    }

    static AccessKey mrz(MrzKey key) {
        return new Mrz(key);
    }
}
