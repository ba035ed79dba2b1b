package vn.kiosk.app.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PinHashToolTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String stdin) throws Exception {
        return PinHashTool.run(null, new BufferedReader(new StringReader(stdin)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void printsALineTheConfigurationAccepts() throws Exception {
        assertEquals(0, run("864209\n"));
        String line = out.toString(StandardCharsets.UTF_8).strip();
        assertTrue(line.startsWith("operator.pin=pbkdf2-sha256:"), line);
        assertTrue(OperatorPin.parse(line.substring("operator.pin=".length())).matches("864209".toCharArray()));
    }

    @Test
    void refusesAnEntryThatIsNoPin() throws Exception {
        assertEquals(1, run("12\n"));
        assertEquals("", out.toString(StandardCharsets.UTF_8));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("A PIN is 4 to 12 digits"));
    }
}
