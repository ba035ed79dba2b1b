package vn.kiosk.reader.sm;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * The send-sequence counter shared by both ends: incremented before every command and every
 * response, so a replayed or reordered message fails its MAC.
 */
final class SendSequenceCounter {
    private final byte[] value;

    SendSequenceCounter(byte[] initial) {
        this.value = initial.clone();
    }

    /** Increments (wrapping at 2^(8n)) and returns the new value. */
    byte[] next() {
        for (int i = value.length - 1; i >= 0; i--) {
            if (++value[i] != 0) {
                break;
            }
        }
        return value.clone();
    }

    byte[] current() {
        return value.clone();
    }

    @Override
    public String toString() {
        return new BigInteger(1, value).toString(16);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SendSequenceCounter s && Arrays.equals(s.value, value);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(value);
    }
}
