package vn.kiosk.reader.sm;

import java.util.Arrays;

import vn.kiosk.reader.crypto.CipherSuite;

/**
 * What BAC, PACE or chip authentication leave behind: the cipher suite, the two session keys and
 * the starting send-sequence counter (BAC derives it from the nonces; PACE and CA start at zero).
 */
public record SessionKeys(CipherSuite suite, byte[] encKey, byte[] macKey, byte[] initialSsc) {

    public SessionKeys {
        encKey = encKey.clone();
        macKey = macKey.clone();
        initialSsc = initialSsc.clone();
        int sscLength = suite.blockSize();
        if (initialSsc.length != sscLength) {
            throw new IllegalArgumentException("SSC must be " + sscLength + " bytes for " + suite);
        }
    }

    /** Keys derived from a shared secret with SSC zero, as after PACE and chip authentication. */
    public static SessionKeys derive(CipherSuite suite, byte[] sharedSecret) {
        return new SessionKeys(suite, suite.deriveKey(sharedSecret, CipherSuite.KDF_ENC),
                suite.deriveKey(sharedSecret, CipherSuite.KDF_MAC), new byte[suite.blockSize()]);
    }

    @Override
    public byte[] encKey() {
        return encKey.clone();
    }

    @Override
    public byte[] macKey() {
        return macKey.clone();
    }

    @Override
    public byte[] initialSsc() {
        return initialSsc.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SessionKeys k && k.suite == suite && Arrays.equals(k.encKey, encKey)
                && Arrays.equals(k.macKey, macKey) && Arrays.equals(k.initialSsc, initialSsc);
    }

    @Override
    public int hashCode() {
        return suite.hashCode();
    }

    /** Keys never reach a log. */
    @Override
    public String toString() {
        return "SessionKeys[" + suite + "]";
    }
}
