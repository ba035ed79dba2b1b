package vn.kiosk.reader.sm;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import vn.kiosk.reader.crypto.CipherSuite;
import vn.kiosk.reader.crypto.Padding;
import vn.kiosk.reader.error.MalformedDataException;
import vn.kiosk.reader.error.SecureMessagingException;
import vn.kiosk.reader.tlv.DataObject;
import vn.kiosk.reader.tlv.Tlv;

/**
 * The cryptographic half of secure messaging (Doc 9303 Part 11, 9.8) that both ends share:
 * encrypting into and out of DO'87'/'85', and computing and checking DO'8E'. The terminal
 * ({@link SecureMessaging}) and the simulated chip differ only in which side wraps what.
 */
public final class SmCodec {
    public static final int DO_ENCRYPTED_ODD = 0x85;
    public static final int DO_ENCRYPTED = 0x87;
    public static final int DO_LE = 0x97;
    public static final int DO_STATUS = 0x99;
    public static final int DO_MAC = 0x8E;

    private final CipherSuite suite;
    private final byte[] encKey;
    private final byte[] macKey;
    private final SendSequenceCounter ssc;

    public SmCodec(SessionKeys keys) {
        this.suite = keys.suite();
        this.encKey = keys.encKey();
        this.macKey = keys.macKey();
        this.ssc = new SendSequenceCounter(keys.initialSsc());
    }

    public CipherSuite suite() {
        return suite;
    }

    /** Moves the counter on for the next message and returns it. */
    public byte[] nextSsc() {
        return ssc.next();
    }

    /** The counter as it stands, for tests comparing both ends. */
    public byte[] currentSsc() {
        return ssc.current();
    }

    /** DO'87' (or DO'85' for odd instructions) holding the padded, encrypted data. */
    public byte[] encryptedDataObject(byte[] sscValue, byte[] plain, boolean oddIns) {
        byte[] cipher = suite.encrypt(encKey, iv(sscValue), Padding.pad(plain, suite.blockSize()));
        if (oddIns) {
            return Tlv.encode(DO_ENCRYPTED_ODD, cipher);
        }
        return Tlv.encode(DO_ENCRYPTED, Tlv.concat(new byte[] {1}, cipher));
    }

    /** The plaintext of DO'87'/'85'; fails on a bad padding-indicator, length or padding. */
    public byte[] decrypt(byte[] sscValue, DataObject encrypted) throws SecureMessagingException {
        byte[] value = encrypted.value();
        byte[] cipher = encrypted.tag() == DO_ENCRYPTED
                ? (value.length > 0 && value[0] == 1 ? Arrays.copyOfRange(value, 1, value.length) : null)
                : value;
        if (cipher == null || cipher.length == 0 || cipher.length % suite.blockSize() != 0) {
            throw new SecureMessagingException("encrypted data object is malformed");
        }
        Optional<byte[]> plain = Padding.unpad(suite.decrypt(encKey, iv(sscValue), cipher));
        return plain.orElseThrow(() -> new SecureMessagingException("encrypted data has bad padding"));
    }

    /** DO'8E' over SSC || the given bytes, padded. */
    public byte[] macDataObject(byte[] sscValue, byte[] macInput) {
        return Tlv.encode(DO_MAC, mac(sscValue, macInput));
    }

    /** Checks a DO'8E' in constant time. */
    public void checkMac(byte[] sscValue, byte[] macInput, DataObject macObject) throws SecureMessagingException {
        if (!java.security.MessageDigest.isEqual(mac(sscValue, macInput), macObject.value())) {
            throw new SecureMessagingException("message authentication code does not match");
        }
    }

    public byte[] paddedHeader(int cla, int ins, int p1, int p2) {
        return Padding.pad(new byte[] {(byte) cla, (byte) ins, (byte) p1, (byte) p2}, suite.blockSize());
    }

    /** Splits protected data into its objects, turning a parse failure into an SM failure. */
    public static List<DataObject> dataObjects(byte[] data) throws SecureMessagingException {
        try {
            return Tlv.parseAll(data);
        } catch (MalformedDataException e) {
            throw new SecureMessagingException("secure-messaging data objects are malformed", e);
        }
    }

    private byte[] mac(byte[] sscValue, byte[] macInput) {
        return suite.mac(macKey, Padding.pad(Tlv.concat(sscValue, macInput), suite.blockSize()));
    }

    /** 3DES uses a zero IV; AES uses E(K_enc, SSC) (Doc 9303 Part 11, 9.8.6.1). */
    private byte[] iv(byte[] sscValue) {
        return suite.isAes() ? suite.encryptBlock(encKey, sscValue) : new byte[suite.blockSize()];
    }
}
