package vn.kiosk.reader.bac;

/** The Doc 9303 Part 3 check digit: weights 7, 3, 1 over digit values, A=10 ... Z=35, '<'=0. */
public final class CheckDigit {
    private static final int[] WEIGHTS = {7, 3, 1};

    private CheckDigit() {
    }

    public static char of(String field) {
        int sum = 0;
        for (int i = 0; i < field.length(); i++) {
            sum += value(field.charAt(i)) * WEIGHTS[i % 3];
        }
        return (char) ('0' + sum % 10);
    }

    private static int value(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'A' && c <= 'Z') {
            return c - 'A' + 10;
        }
        if (c == '<') {
            return 0;
        }
        throw new IllegalArgumentException("not an MRZ character: " + c);
    }
}
