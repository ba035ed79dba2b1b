package vn.kiosk.reader.bac;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;

import vn.kiosk.reader.apdu.ApduChannel;
import vn.kiosk.reader.apdu.CommandApdu;
import vn.kiosk.reader.apdu.ResponseApdu;
import vn.kiosk.reader.apdu.StatusWords;
import vn.kiosk.reader.crypto.CipherSuite;
import vn.kiosk.reader.crypto.Padding;
import vn.kiosk.reader.error.CardStatusException;
import vn.kiosk.reader.error.ReaderException;
import vn.kiosk.reader.error.WrongPasswordException;
import vn.kiosk.reader.sm.SessionKeys;
import vn.kiosk.reader.tlv.Tlv;

/**
 * Basic Access Control, terminal side (Doc 9303 Part 11, 4.3): GET CHALLENGE, then EXTERNAL
 * AUTHENTICATE proving knowledge of the MRZ-derived keys, and 3DES session keys from both halves.
 */
public final class Bac {
    private static final CipherSuite SUITE = CipherSuite.DESEDE;

    private final NonceSource nonces;

    /** Where RND.IFD and K.IFD come from; tests inject the published worked-example values. */
    @FunctionalInterface
    public interface NonceSource {
        byte[] next(int length);

        static NonceSource of(SecureRandom random) {
            return length -> {
                byte[] bytes = new byte[length];
                random.nextBytes(bytes);
                return bytes;
            };
        }
    }

    public Bac(NonceSource nonces) {
        this.nonces = nonces;
    }

    public Bac(SecureRandom random) {
        this(NonceSource.of(random));
    }

    public SessionKeys establish(ApduChannel plain, MrzKey key) throws ReaderException {
        byte[] seed = key.bacKeySeed();
        byte[] kEnc = SUITE.deriveKey(seed, CipherSuite.KDF_ENC);
        byte[] kMac = SUITE.deriveKey(seed, CipherSuite.KDF_MAC);

        ResponseApdu challenge = plain.send(new CommandApdu(0x00, 0x84, 0x00, 0x00, 8));
        if (!challenge.isOk() || challenge.length() != 8) {
            throw new CardStatusException("GET CHALLENGE", challenge.sw());
        }
        byte[] rndIc = challenge.data();
        byte[] rndIfd = nonces.next(8);
        byte[] kIfd = nonces.next(16);

        byte[] eIfd = SUITE.encrypt(kEnc, new byte[8], Tlv.concat(rndIfd, rndIc, kIfd));
        byte[] mIfd = SUITE.mac(kMac, Padding.pad(eIfd, 8));
        ResponseApdu answer = plain.send(new CommandApdu(0x00, 0x82, 0x00, 0x00, Tlv.concat(eIfd, mIfd), 40));
        if (answer.sw() != StatusWords.OK) {
            if (answer.sw() == StatusWords.SECURITY_STATUS_NOT_SATISFIED || (answer.sw() & 0xFF00) == 0x6300) {
                throw new WrongPasswordException("the chip rejected the MRZ key", answer.sw());
            }
            throw new CardStatusException("EXTERNAL AUTHENTICATE", answer.sw());
        }
        byte[] body = answer.data();
        if (body.length != 40) {
            throw new WrongPasswordException("the chip's authentication answer has the wrong length", 0);
        }
        byte[] eIc = Arrays.copyOf(body, 32);
        byte[] mIc = Arrays.copyOfRange(body, 32, 40);
        if (!MessageDigest.isEqual(SUITE.mac(kMac, Padding.pad(eIc, 8)), mIc)) {
            throw new WrongPasswordException("the chip's authentication MAC does not match the MRZ key", 0);
        }
        byte[] r = SUITE.decrypt(kEnc, new byte[8], eIc);
        if (!MessageDigest.isEqual(Arrays.copyOf(r, 8), rndIc)
                || !MessageDigest.isEqual(Arrays.copyOfRange(r, 8, 16), rndIfd)) {
            throw new WrongPasswordException("the chip did not return our challenge", 0);
        }
        byte[] kIc = Arrays.copyOfRange(r, 16, 32);
        byte[] sessionSeed = new byte[16];
        for (int i = 0; i < 16; i++) {
            sessionSeed[i] = (byte) (kIfd[i] ^ kIc[i]);
        }
        byte[] ssc = Tlv.concat(Arrays.copyOfRange(rndIc, 4, 8), Arrays.copyOfRange(rndIfd, 4, 8));
        return new SessionKeys(SUITE, SUITE.deriveKey(sessionSeed, CipherSuite.KDF_ENC),
                SUITE.deriveKey(sessionSeed, CipherSuite.KDF_MAC), ssc);
    }
}
