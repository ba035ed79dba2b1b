package vn.kiosk.reader.fuzz;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import vn.kiosk.reader.apdu.CommandApdu;
import vn.kiosk.reader.apdu.ResponseApdu;
import vn.kiosk.reader.crypto.CipherSuite;
import vn.kiosk.reader.error.SecureMessagingException;
import vn.kiosk.reader.sm.SecureMessaging;
import vn.kiosk.reader.sm.SessionKeys;
import vn.kiosk.reader.sm.SmCodec;
import vn.kiosk.reader.tlv.Tlv;

/**
 * Secure-messaging responses. Every input is the answer to one protected READ BINARY in a fresh session
 * with fixed keys: AES-128 with SSC zero (after PACE or chip authentication) or the 3DES keys and SSC
 * of Doc 9303 Part 11, Appendix D.4 (after BAC).
 */
class SecureMessagingFuzzTest {
    /** What PACE would leave behind for this shared secret. */
    static final SessionKeys AES = SessionKeys.derive(CipherSuite.AES_128,
            "issue 9: fuzzing secure messaging".getBytes(StandardCharsets.US_ASCII));
    static final SessionKeys DES = new SessionKeys(CipherSuite.DESEDE,
            HexFormat.of().parseHex("979EC13B1CBFE9DCD01AB0FED307EAE5"),
            HexFormat.of().parseHex("F1CB1F1FB5ADF208806B89DC579DC1F8"),
            HexFormat.of().parseHex("887022120C06C226"));
    /** READ BINARY, 223 bytes from offset 0: the command the response answers. */
    static final CommandApdu READ_BINARY = new CommandApdu(0x00, 0xB0, 0x00, 0x00, 0xDF);

    /**
     * A response as the card sent it. Byte 0 chooses the keys (even: AES, odd: 3DES); the rest is the
     * response APDU, status word last. Random bytes almost never carry a valid MAC, so this mostly
     * exercises what is checked before and while the MAC is: the data objects and their order.
     */
    @FuzzTest(maxDuration = "30s")
    void unwrap(byte[] input) {
        if (input.length == 0) {
            return;
        }
        SecureMessaging sm = session(input[0]);
        byte[] apdu = Arrays.copyOfRange(input, 1, input.length);
        ResponseApdu response = apdu.length < 2 ? new ResponseApdu(apdu, 0x9000) : ResponseApdu.parse(apdu);
        try {
            sm.unwrap(response);
        } catch (SecureMessagingException expected) {
            // refused: the session is over, which is what must happen
        }
    }

    /**
     * Responses whose MAC is right: the fuzzer chooses the data objects (honestly encrypted data, random
     * cryptograms, status objects of any length, raw bytes) and the chip's codec MACs them, so what comes
     * after the MAC check (decryption, padding, the status word) is reached too. When the objects are
     * exactly what a chip sends, the plaintext and status word must come out unchanged.
     */
    @FuzzTest(maxDuration = "30s")
    void unwrapAuthenticated(FuzzedDataProvider data) {
        boolean aes = data.consumeBoolean();
        SessionKeys keys = aes ? AES : DES;
        SecureMessaging sm = session(aes ? 0 : 1);
        SmCodec chip = new SmCodec(keys);
        chip.nextSsc(); // the command
        byte[] ssc = chip.nextSsc();

        ByteArrayOutputStream objects = new ByteArrayOutputStream();
        byte[] plain = null;
        byte[] status = null;
        boolean honest = true;
        int count = data.consumeInt(0, 4);
        for (int i = 0; i < count; i++) {
            switch (data.consumeInt(0, 5)) {
                case 0 -> {
                    byte[] text = data.consumeBytes(300);
                    honest &= plain == null && status == null;
                    plain = text;
                    objects.writeBytes(chip.encryptedDataObject(ssc, text, false));
                }
                case 1 -> {
                    honest = false;
                    objects.writeBytes(chip.encryptedDataObject(ssc, data.consumeBytes(300), true));
                }
                case 2 -> {
                    honest = false;
                    objects.writeBytes(Tlv.encode(data.consumeBoolean() ? SmCodec.DO_ENCRYPTED : SmCodec.DO_ENCRYPTED_ODD,
                            data.consumeBytes(80)));
                }
                case 3 -> {
                    byte[] sw = data.consumeBytes(4);
                    honest &= sw.length == 2 && status == null;
                    status = sw;
                    objects.writeBytes(Tlv.encode(SmCodec.DO_STATUS, sw));
                }
                case 4 -> {
                    honest = false;
                    // a primitive one-byte tag of the application, context or private class (Tlv.encode
                    // writes no universal ones; raw bytes below cover those): an object SM does not expect
                    int tag = data.consumeInt(1, 3) << 6 | data.consumeInt(1, 30);
                    objects.writeBytes(Tlv.encode(tag, data.consumeBytes(16)));
                }
                default -> {
                    honest = false;
                    objects.writeBytes(data.consumeBytes(16));
                }
            }
        }
        byte[] macInput = objects.toByteArray();
        boolean macLast = data.consumeInt(0, 7) != 0; // now and then, the MAC in front
        byte[] body = macLast ? Tlv.concat(macInput, chip.macDataObject(ssc, macInput))
                : Tlv.concat(chip.macDataObject(ssc, macInput), macInput);
        int sw = data.consumeInt(0, 0xFFFF);
        ResponseApdu opened;
        try {
            opened = sm.unwrap(new ResponseApdu(body, sw));
        } catch (SecureMessagingException e) {
            if (honest && macLast && status != null) {
                throw new AssertionError("an honestly protected response was refused", e);
            }
            return;
        }
        if (honest && status != null) {
            assertArrayEquals(plain == null ? new byte[0] : plain, opened.data(), "the plaintext changed");
            assertEquals(((status[0] & 0xFF) << 8) | (status[1] & 0xFF), opened.sw(), "the status word changed");
        }
    }

    /** A fresh session that has just sent {@link #READ_BINARY}: the next response is the one under test. */
    static SecureMessaging session(int selector) {
        SecureMessaging sm = new SecureMessaging((selector & 1) == 0 ? AES : DES);
        try {
            sm.wrap(READ_BINARY);
        } catch (SecureMessagingException e) {
            throw new IllegalStateException("a fresh session refused to protect a command", e);
        }
        return sm;
    }
}
