package vn.kiosk.app.operator;

import java.util.regex.Pattern;

/**
 * Makes a text fit for the operator screen: no ID, health-insurance or phone number, and short.
 * Best effort by design: a name cannot be recognised, so code must not log one in the first place;
 * this catches the numbers that slip through in exception messages.
 */
final class Scrubber {
    static final int MAX_CHARS = 200;
    static final String MASK = "#########";

    // 9 digits or more: CMND (9), CCCD (12), the 10 digits closing a BHYT number, phone numbers.
    // Always the same mask, so not even the length of the number is left.
    private static final Pattern LONG_NUMBER = Pattern.compile("[0-9]{9,}");

    private Scrubber() {
    }

    static String scrub(String text) {
        if (text == null) {
            return "";
        }
        // scrub before cutting: a cut through a number could leave a stub too short to be recognised
        String masked = LONG_NUMBER.matcher(text).replaceAll(MASK);
        if (masked.length() <= MAX_CHARS) {
            return masked;
        }
        int end = MAX_CHARS - 1;
        if (Character.isHighSurrogate(masked.charAt(end - 1))) {
            end--; // never split a character in two
        }
        return masked.substring(0, end) + "…";
    }

    /** What an exception says, scrubbed; its type when it says nothing. */
    static String describe(Throwable e) {
        String message = e.getMessage();
        return scrub(message == null || message.isBlank() ? e.getClass().getSimpleName() : message);
    }
}
