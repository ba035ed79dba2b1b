package vn.kiosk.app.outbox;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Objects;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Seals outbox bodies with AES-256-GCM (JCA), a fresh random 96-bit nonce per body.
 *
 * <p>Stored layout: {@code version(1) || nonce(12) || ciphertext+tag(16)}. The associated data binds
 * the ciphertext to its row (see {@link #associatedData}), so a body copied into another row fails
 * authentication instead of being sent under someone else's submission.
 */
final class BodyCipher {
    private static final byte VERSION = 1;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final String TRANSFORMATION = "AES/GCM/NoPadding";

    private final SecretKey key;
    private final SecureRandom random;

    BodyCipher(SecretKey key, SecureRandom random) {
        this.key = OutboxKeys.requireAes256(key);
        this.random = Objects.requireNonNull(random, "random");
    }

    /**
     * Everything stored in clear that identifies the row and says where the body goes: the
     * idempotency key is unique per row, and kind/method/path are included so they cannot be
     * rewritten to send a body to another endpoint either.
     */
    static byte[] associatedData(String idempotencyKey, String kind, String method, String path) {
        String aad = "kiosk-outbox-v1\u0000" + idempotencyKey + '\u0000' + kind + '\u0000' + method
                + '\u0000' + path;
        return aad.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    byte[] seal(byte[] plaintext, byte[] aad) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(aad);
            byte[] ct = cipher.doFinal(plaintext);
            return ByteBuffer.allocate(1 + NONCE_BYTES + ct.length).put(VERSION).put(nonce).put(ct).array();
        } catch (GeneralSecurityException e) {
            // AES-GCM is mandatory in every JRE; this is a broken runtime, not a data problem
            throw new IllegalStateException("AES-GCM unavailable", e);
        }
    }

    byte[] open(byte[] sealed, byte[] aad) throws UndecryptableBodyException {
        if (sealed == null || sealed.length < 1 + NONCE_BYTES + TAG_BITS / 8 || sealed[0] != VERSION) {
            throw new UndecryptableBodyException("stored body is missing or not in a known format", null);
        }
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 1, NONCE_BYTES));
            cipher.updateAAD(aad);
            return cipher.doFinal(sealed, 1 + NONCE_BYTES, sealed.length - 1 - NONCE_BYTES);
        } catch (javax.crypto.AEADBadTagException e) {
            throw new UndecryptableBodyException("stored body failed authentication (wrong key or altered row)", e);
        } catch (GeneralSecurityException e) {
            throw new UndecryptableBodyException("stored body could not be decrypted", e);
        }
    }
}
