package vn.kiosk.app.config;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;

/**
 * Prints the {@code operator.pin=} line for a new operator PIN:
 * {@code java -cp kiosk-app.jar vn.kiosk.app.config.PinHashTool}. In a terminal it asks twice
 * without echo; otherwise it reads one line from standard input, for install scripts.
 */
public final class PinHashTool {

    private PinHashTool() {
    }

    public static void main(String[] args) throws IOException {
        System.exit(run(System.console(), new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)),
                System.out, System.err));
    }

    static int run(Console console, BufferedReader stdin, PrintStream out, PrintStream err) throws IOException {
        char[] pin = null;
        char[] again = null;
        try {
            if (console != null) {
                pin = console.readPassword("New operator PIN / Mã PIN mới (%d-%d digits): ", OperatorPin.MIN_DIGITS,
                        OperatorPin.MAX_DIGITS);
                again = console.readPassword("Again / Nhập lại: ");
                if (pin == null || again == null || !Arrays.equals(pin, again)) {
                    err.println("The PINs differ / Hai mã PIN không khớp.");
                    return 1;
                }
            } else {
                String line = stdin.readLine();
                pin = line == null ? new char[0] : line.strip().toCharArray();
            }
            if (!OperatorPin.isValidPin(pin)) {
                err.println("A PIN is " + OperatorPin.MIN_DIGITS + " to " + OperatorPin.MAX_DIGITS
                        + " digits / Mã PIN gồm " + OperatorPin.MIN_DIGITS + " đến " + OperatorPin.MAX_DIGITS + " chữ số.");
                return 1;
            }
            out.println(Keys.OPERATOR_PIN + "=" + OperatorPin.hash(pin, new SecureRandom()));
            return 0;
        } finally {
            if (pin != null) {
                Arrays.fill(pin, '\0');
            }
            if (again != null) {
                Arrays.fill(again, '\0');
            }
        }
    }
}
