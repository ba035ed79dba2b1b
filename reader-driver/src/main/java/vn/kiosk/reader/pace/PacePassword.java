package vn.kiosk.reader.pace;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

import vn.kiosk.reader.bac.MrzKey;

/**
 * The password PACE is run with (Doc 9303 Part 11, 4.4.1 and 9.7.3): the MRZ or the card
 * access number. Its {@link #key()} is K, from which K_pi = KDF(K, 3) encrypts the chip's nonce.
 */
public sealed interface PacePassword {
    /** Password references of MSE:Set AT, tag 83. */
    int REFERENCE_MRZ = 1;
    int REFERENCE_CAN = 2;

    static PacePassword can(String digits) {
        return new Can(digits);
    }

    static PacePassword mrz(MrzKey key) {
        return new Mrz(key);
    }

    /** The password reference the terminal names in MSE:Set AT. */
    int reference();

    /** K = f(password): SHA-1 of the MRZ information, or the CAN's ASCII bytes. */
    byte[] key();

    /** The card access number printed on the card (on a CCCD the last six digits of the ID number). */
    record Can(String digits) implements PacePassword {
        public Can {
            if (digits == null || !digits.matches("\\d{1,16}")) {
                throw new IllegalArgumentException("a CAN is a short string of decimal digits");
            }
        }

        @Override
        public int reference() {
            return REFERENCE_CAN;
        }

        @Override
        public byte[] key() {
            return digits.getBytes(StandardCharsets.US_ASCII);
        }

        @Override
        public String toString() {
            return "PacePassword.Can[***]";
        }
    }

    record Mrz(MrzKey mrzKey) implements PacePassword {
        public Mrz {
            Objects.requireNonNull(mrzKey, "mrzKey");
        }

        @Override
        public int reference() {
            return REFERENCE_MRZ;
        }

        @Override
        public byte[] key() {
            return mrzKey.passwordHash();
        }

        @Override
        public String toString() {
            return "PacePassword.Mrz[***]";
        }
    }
}
