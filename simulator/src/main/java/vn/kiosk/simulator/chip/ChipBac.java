package vn.kiosk.simulator.chip;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Optional;

import vn.kiosk.reader.apdu.CommandApdu;
import vn.kiosk.reader.apdu.ResponseApdu;
import vn.kiosk.reader.apdu.StatusWords;
import vn.kiosk.reader.bac.MrzKey;
import vn.kiosk.reader.crypto.CipherSuite;
import vn.kiosk.reader.crypto.Padding;
import vn.kiosk.reader.sm.SessionKeys;
import vn.kiosk.reader.tlv.Tlv;

/** Basic Access Control, chip side: GET CHALLENGE and EXTERNAL AUTHENTICATE (Doc 9303 Part 11, 4.3). */
final class ChipBac {
    private static final CipherSuite SUITE = CipherSuite.DESEDE;

    private final byte[] kEnc;
    private final byte[] kMac;
    private final SecureRandom random;
    private byte[] rndIc;

    ChipBac(MrzKey key, SecureRandom random) {
        byte[] seed = key.bacKeySeed();
        this.kEnc = SUITE.deriveKey(seed, CipherSuite.KDF_ENC);
        this.kMac = SUITE.deriveKey(seed, CipherSuite.KDF_MAC);
        this.random = random;
    }

    ResponseApdu getChallenge(CommandApdu command) {
        if (command.ne() != 8) {
            return new ResponseApdu(StatusWords.WRONG_LENGTH);
        }
        rndIc = new byte[8];
        random.nextBytes(rndIc);
        return new ResponseApdu(rndIc, StatusWords.OK);
    }

    /** Verifies the terminal's cryptogram; on success returns the response and the session keys. */
    Optional<Result> externalAuthenticate(CommandApdu command) {
        byte[] challenge = rndIc;
        rndIc = null;
        byte[] body = command.data();
        if (challenge == null || body.length != 40) {
            return Optional.empty();
        }
        byte[] eIfd = Arrays.copyOf(body, 32);
        if (!MessageDigest.isEqual(SUITE.mac(kMac, Padding.pad(eIfd, 8)), Arrays.copyOfRange(body, 32, 40))) {
            return Optional.empty();
        }
        byte[] s = SUITE.decrypt(kEnc, new byte[8], eIfd);
        if (!MessageDigest.isEqual(Arrays.copyOfRange(s, 8, 16), challenge)) {
            return Optional.empty();
        }
        byte[] rndIfd = Arrays.copyOf(s, 8);
        byte[] kIfd = Arrays.copyOfRange(s, 16, 32);
        byte[] kIc = new byte[16];
        random.nextBytes(kIc);
        byte[] eIc = SUITE.encrypt(kEnc, new byte[8], Tlv.concat(challenge, rndIfd, kIc));
        byte[] answer = Tlv.concat(eIc, SUITE.mac(kMac, Padding.pad(eIc, 8)));
        byte[] seed = new byte[16];
        for (int i = 0; i < 16; i++) {
            seed[i] = (byte) (kIfd[i] ^ kIc[i]);
        }
        byte[] ssc = Tlv.concat(Arrays.copyOfRange(challenge, 4, 8), Arrays.copyOfRange(rndIfd, 4, 8));
        SessionKeys keys = new SessionKeys(SUITE, SUITE.deriveKey(seed, CipherSuite.KDF_ENC),
                SUITE.deriveKey(seed, CipherSuite.KDF_MAC), ssc);
        return Optional.of(new Result(new ResponseApdu(answer, StatusWords.OK), keys));
    }

    record Result(ResponseApdu response, SessionKeys keys) {
    }
}
