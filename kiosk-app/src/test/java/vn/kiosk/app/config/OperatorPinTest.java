package vn.kiosk.app.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OperatorPinTest {
    private static final String PIN = "2580";
    private static final String STORED = ConfigFixture.PIN_HASH; // a hash of 2580

    @Test
    void aHashRoundTrips() {
        String stored = OperatorPin.hash("0123456789".toCharArray(), new SecureRandom());
        assertTrue(stored.matches("pbkdf2-sha256:600000:[0-9a-f]{32}:[0-9a-f]{64}"), stored);
        OperatorPin pin = OperatorPin.parse(stored);
        assertTrue(pin.matches("0123456789".toCharArray()));
        assertTrue(pin.iterations() >= 210_000);
    }

    @Test
    void theRightPinMatchesAndOthersDoNot() {
        OperatorPin pin = OperatorPin.parse(STORED);
        assertTrue(pin.matches(PIN.toCharArray()));
        assertFalse(pin.matches("2581".toCharArray()));
        assertFalse(pin.matches("25800".toCharArray()));
        assertFalse(pin.matches("0258".toCharArray()));
    }

    @Test
    void entriesThatAreNoPinNeverMatch() {
        OperatorPin pin = OperatorPin.parse(STORED);
        assertFalse(pin.matches(null));
        assertFalse(pin.matches(new char[0]));
        assertFalse(pin.matches("258".toCharArray()));
        assertFalse(pin.matches("2580 ".toCharArray()));
        assertFalse(pin.matches("\u0662\u0665\u0668\u0660".toCharArray()), "Arabic-Indic digits are not 0-9");
    }

    @Test
    void theSameLowerCaseAndUpperCaseHexReadTheSame() {
        assertTrue(OperatorPin.parse(STORED.toUpperCase().replace("PBKDF2-SHA256", "pbkdf2-sha256"))
                .matches(PIN.toCharArray()));
    }

    @Test
    void eachHashHasItsOwnSalt() {
        SecureRandom random = new SecureRandom();
        assertNotEquals(OperatorPin.hash(PIN.toCharArray(), random), OperatorPin.hash(PIN.toCharArray(), random));
    }

    @ParameterizedTest
    @ValueSource(strings = {"123", "1234567890123", "12a4", "", "12 34"})
    void onlyFourToTwelveDigitsCanBecomeAPin(String pin) {
        assertFalse(OperatorPin.isValidPin(pin.toCharArray()));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> OperatorPin.hash(pin.toCharArray(), new SecureRandom()));
        assertEquals("a PIN is 4 to 12 digits", e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "",
        "2580",
        "pbkdf2-sha256:600000:00112233445566778899aabbccddeeff",
        "pbkdf2-sha1:600000:00112233445566778899aabbccddeeff:"
                + "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff",
        "pbkdf2-sha256:lots:00112233445566778899aabbccddeeff:"
                + "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff",
        "pbkdf2-sha256:100000:00112233445566778899aabbccddeeff:"
                + "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff",
        "pbkdf2-sha256:2000000000:00112233445566778899aabbccddeeff:"
                + "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff",
        "pbkdf2-sha256:600000:0011:00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff",
        "pbkdf2-sha256:600000:00112233445566778899aabbccddeefg:"
                + "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff",
        "pbkdf2-sha256:600000:00112233445566778899aabbccddeeff:0011",
        "pbkdf2-sha256:600000:00112233445566778899aabbccddeeff:",
        "pbkdf2-sha256:600000:00112233445566778899aabbccddeeff:"
                + "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff:extra",
    })
    void aMalformedStoredHashIsRefusedWithoutBeingQuoted(String stored) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> OperatorPin.parse(stored));
        if (stored.length() > 8) {
            for (String part : stored.split(":")) {
                if (part.length() > 8 && !part.equals(OperatorPin.SCHEME)) {
                    assertFalse(e.getMessage().contains(part), e.getMessage());
                }
            }
        }
    }

    @Test
    void printingItShowsNeitherSaltNorHash() {
        String text = OperatorPin.parse(STORED).toString();
        assertEquals("OperatorPin[pbkdf2-sha256, 600000 iterations]", text);
    }
}
