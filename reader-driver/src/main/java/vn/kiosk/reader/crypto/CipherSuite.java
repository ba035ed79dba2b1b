package vn.kiosk.reader.crypto;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

import org.bouncycastle.crypto.BlockCipher;
import org.bouncycastle.crypto.Mac;
import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.engines.DESEngine;
import org.bouncycastle.crypto.engines.DESedeEngine;
import org.bouncycastle.crypto.macs.CMac;
import org.bouncycastle.crypto.macs.ISO9797Alg3Mac;
import org.bouncycastle.crypto.modes.CBCBlockCipher;
import org.bouncycastle.crypto.params.DESedeParameters;
import org.bouncycastle.crypto.params.KeyParameter;
import org.bouncycastle.crypto.params.ParametersWithIV;

/**
 * The block-cipher suites of ICAO Doc 9303 Part 11 (BAC, PACE, secure messaging, chip
 * authentication): key derivation, CBC encryption without padding, and the 8-byte MAC.
 * Every primitive is Bouncy Castle's; this class only picks and wires them.
 */
public enum CipherSuite {
    /** Two-key 3DES, retail MAC (ISO/IEC 9797-1 MAC algorithm 3). */
    DESEDE(16, 8, "SHA-1"),
    AES_128(16, 16, "SHA-1"),
    AES_192(24, 16, "SHA-256"),
    AES_256(32, 16, "SHA-256");

    /** KDF counter values (Doc 9303 Part 11, 9.7.1). */
    public static final int KDF_ENC = 1;
    public static final int KDF_MAC = 2;
    public static final int KDF_PACE = 3;

    public static final int MAC_LENGTH = 8;

    private final int keyLength;
    private final int blockSize;
    private final String kdfDigest;

    CipherSuite(int keyLength, int blockSize, String kdfDigest) {
        this.keyLength = keyLength;
        this.blockSize = blockSize;
        this.kdfDigest = kdfDigest;
    }

    public int keyLength() {
        return keyLength;
    }

    public int blockSize() {
        return blockSize;
    }

    public boolean isAes() {
        return this != DESEDE;
    }

    public static CipherSuite aesForKeyBits(int bits) {
        return switch (bits) {
            case 128 -> AES_128;
            case 192 -> AES_192;
            case 256 -> AES_256;
            default -> throw new IllegalArgumentException("no AES suite with " + bits + "-bit keys");
        };
    }

    /** KDF(K, c) = H(K || c) truncated to the key length; 3DES keys get odd parity. */
    public byte[] deriveKey(byte[] sharedSecret, int counter) {
        MessageDigest digest = digest(kdfDigest);
        digest.update(sharedSecret);
        digest.update(new byte[] {0, 0, 0, (byte) counter});
        byte[] key = Arrays.copyOf(digest.digest(), keyLength);
        if (this == DESEDE) {
            DESedeParameters.setOddParity(key);
        }
        return key;
    }

    /** CBC encryption of block-aligned data. */
    public byte[] encrypt(byte[] key, byte[] iv, byte[] data) {
        return cbc(true, key, iv, data);
    }

    /** CBC decryption of block-aligned data. */
    public byte[] decrypt(byte[] key, byte[] iv, byte[] data) {
        return cbc(false, key, iv, data);
    }

    /** One block encrypted with no chaining: AES secure messaging's IV is E(K_enc, SSC). */
    public byte[] encryptBlock(byte[] key, byte[] block) {
        return cbc(true, key, new byte[blockSize], block);
    }

    /**
     * The 8-byte MAC: retail MAC for 3DES (input must already be padded, as secure messaging and
     * BAC do), AES-CMAC truncated to 8 bytes for AES (which accepts any length).
     */
    public byte[] mac(byte[] key, byte[] data) {
        Mac mac = this == DESEDE ? new ISO9797Alg3Mac(new DESEngine()) : new CMac(AESEngine.newInstance(), 64);
        mac.init(new KeyParameter(key));
        mac.update(data, 0, data.length);
        byte[] out = new byte[mac.getMacSize()];
        mac.doFinal(out, 0);
        return Arrays.copyOf(out, MAC_LENGTH);
    }

    private byte[] cbc(boolean encrypt, byte[] key, byte[] iv, byte[] data) {
        if (data.length % blockSize != 0) {
            throw new IllegalArgumentException("data is not block-aligned: " + data.length);
        }
        BlockCipher engine = this == DESEDE ? new DESedeEngine() : AESEngine.newInstance();
        BlockCipher cipher = CBCBlockCipher.newInstance(engine);
        cipher.init(encrypt, new ParametersWithIV(new KeyParameter(key), iv));
        byte[] out = new byte[data.length];
        for (int off = 0; off < data.length; off += blockSize) {
            cipher.processBlock(data, off, out, off);
        }
        return out;
    }

    private static MessageDigest digest(String name) {
        try {
            return MessageDigest.getInstance(name);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(name + " missing from the JDK", e);
        }
    }
}
