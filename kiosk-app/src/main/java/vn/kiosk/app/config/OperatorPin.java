package vn.kiosk.app.config;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The operator PIN as the configuration file stores it: never the PIN, only a salted PBKDF2 hash,
 * {@code pbkdf2-sha256:<iterations>:<salt hex>:<hash hex>}, made and checked by the JCA's
 * {@code PBKDF2WithHmacSHA256}.
 *
 * <p>A PIN has few possibilities, so the hash only keeps it out of plain sight of whoever reads the
 * file; what stops guessing at the screen is {@link PinAttempts}, and what stops guessing offline
 * is the file's permissions.
 */
public final class OperatorPin {
    public static final String SCHEME = "pbkdf2-sha256";
    /** For new hashes: OWASP's 2023 figure for PBKDF2-HMAC-SHA256, about 0.2 s on a kiosk PC. */
    public static final int ITERATIONS = 600_000;
    /** The least a stored hash may use. */
    public static final int MIN_ITERATIONS = 210_000;
    /** The most: a hash with absurdly many iterations would freeze the PIN screen. */
    public static final int MAX_ITERATIONS = 10_000_000;
    public static final int MIN_DIGITS = 4;
    public static final int MAX_DIGITS = 12;

    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    private static final HexFormat HEX = HexFormat.of();

    private final int iterations;
    private final byte[] salt;
    private final byte[] hash;

    private OperatorPin(int iterations, byte[] salt, byte[] hash) {
        this.iterations = iterations;
        this.salt = salt;
        this.hash = hash;
    }

    /**
     * Reads a stored hash.
     *
     * @throws IllegalArgumentException saying what is wrong with it, without quoting it
     */
    public static OperatorPin parse(String stored) {
        Objects.requireNonNull(stored, "stored");
        String[] parts = stored.strip().split(":", -1);
        if (parts.length != 4 || !SCHEME.equals(parts[0])) {
            throw new IllegalArgumentException("not a PIN hash: expected " + SCHEME + ":<iterations>:<salt>:<hash>");
        }
        int iterations;
        try {
            iterations = Integer.parseInt(parts[1]);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("the PIN hash's iteration count is not a number");
        }
        if (iterations < MIN_ITERATIONS || iterations > MAX_ITERATIONS) {
            throw new IllegalArgumentException("the PIN hash's iteration count must be from " + MIN_ITERATIONS
                    + " to " + MAX_ITERATIONS + "; make a new hash");
        }
        byte[] salt = hex(parts[2], "salt");
        byte[] hash = hex(parts[3], "hash");
        if (salt.length < SALT_BYTES) {
            throw new IllegalArgumentException("the PIN hash's salt is shorter than " + SALT_BYTES + " bytes");
        }
        if (hash.length != HASH_BYTES) {
            throw new IllegalArgumentException("the PIN hash's hash part must be " + HASH_BYTES + " bytes");
        }
        return new OperatorPin(iterations, salt, hash);
    }

    /**
     * Hashes a new PIN for the configuration file, with a fresh salt and {@link #ITERATIONS}.
     *
     * @throws IllegalArgumentException if the PIN is not {@value #MIN_DIGITS} to {@value #MAX_DIGITS} digits
     */
    public static String hash(char[] pin, SecureRandom random) {
        Objects.requireNonNull(random, "random");
        if (!isValidPin(pin)) {
            throw new IllegalArgumentException("a PIN is " + MIN_DIGITS + " to " + MAX_DIGITS + " digits");
        }
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] derived = derive(pin, salt, ITERATIONS, HASH_BYTES);
        try {
            return SCHEME + ":" + ITERATIONS + ":" + HEX.formatHex(salt) + ":" + HEX.formatHex(derived);
        } finally {
            Arrays.fill(derived, (byte) 0);
        }
    }

    /** Whether {@code pin} is this PIN. Takes as long whether it matches or not, once it has the PIN's form. */
    public boolean matches(char[] pin) {
        if (!isValidPin(pin)) {
            return false; // the rules are public: refusing a malformed entry early reveals nothing
        }
        byte[] derived = derive(pin, salt, iterations, hash.length);
        try {
            return MessageDigest.isEqual(derived, hash);
        } finally {
            Arrays.fill(derived, (byte) 0);
        }
    }

    /** {@value #MIN_DIGITS} to {@value #MAX_DIGITS} ASCII digits (not other scripts' digits: the keypad has 0-9). */
    public static boolean isValidPin(char[] pin) {
        if (pin == null || pin.length < MIN_DIGITS || pin.length > MAX_DIGITS) {
            return false;
        }
        for (char c : pin) {
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    public int iterations() {
        return iterations;
    }

    private static byte[] derive(char[] pin, byte[] salt, int iterations, int bytes) {
        // PBEKeySpec copies the PIN; clearPassword zeroes that copy
        PBEKeySpec spec = new PBEKeySpec(pin, salt, iterations, bytes * 8);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " is missing from this Java runtime", e);
        } finally {
            spec.clearPassword();
        }
    }

    private static byte[] hex(String text, String part) {
        try {
            if (text.isEmpty()) {
                throw new IllegalArgumentException("empty");
            }
            return HEX.parseHex(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the PIN hash's " + part + " is not hexadecimal");
        }
    }

    /** Never the salt or hash: they are what an offline guesser needs. */
    @Override
    public String toString() {
        return "OperatorPin[" + SCHEME + ", " + iterations + " iterations]";
    }
}
