package vn.kiosk.app.keyboard;

import java.text.Normalizer;
import java.util.Objects;
import java.util.function.IntPredicate;

/**
 * What a field accepts: at most {@code maxLength} characters, each allowed by {@code allowed}.
 * Length counts the code points of the NFC text, which for Vietnamese is the letters the citizen
 * sees ("ễ" is one) and what a database column limit counts.
 */
public record InputRules(int maxLength, IntPredicate allowed) {

    public InputRules {
        if (maxLength < 0) {
            throw new IllegalArgumentException("maxLength < 0: " + maxLength);
        }
        Objects.requireNonNull(allowed, "allowed");
    }

    /** Any printable text: letters, digits, punctuation, spaces; no control characters or new lines. */
    public static InputRules freeText(int maxLength) {
        return new InputRules(maxLength, c -> !Character.isISOControl(c) && Character.isDefined(c));
    }

    /** ASCII digits only: a CAN, a phone number, a PIN. */
    public static InputRules digits(int maxLength) {
        return new InputRules(maxLength, c -> c >= '0' && c <= '9');
    }

    /** Why {@code text} would be refused, or {@code null} when it is acceptable. */
    PressResult.Reason check(String text) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        if (!nfc.codePoints().allMatch(allowed)) {
            return PressResult.Reason.NOT_ALLOWED;
        }
        if (nfc.codePointCount(0, nfc.length()) > maxLength) {
            return PressResult.Reason.TOO_LONG;
        }
        return null;
    }
}
