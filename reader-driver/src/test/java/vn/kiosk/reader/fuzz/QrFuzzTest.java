package vn.kiosk.reader.fuzz;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import com.code_intelligence.jazzer.junit.FuzzTest;

import vn.kiosk.reader.qr.QrResult;
import vn.kiosk.reader.qr.QrTextParser;

/**
 * The QR texts a stranger can hold up to the camera or the scanner: the CCCD front QR, the căn cước 2024
 * QR and the VNeID app's QR. The parser never throws; it also catches any RuntimeException of its own as
 * a last resort, so such a catch showing up in the problems is a finding too.
 */
class QrFuzzTest {
    private static final String LAST_RESORT = "the text could not be read (";
    private final QrTextParser parser = new QrTextParser(
            Clock.fixed(Instant.parse("2025-06-01T03:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh")));

    /** The text as a camera decode gives it (seeds are UTF-8 files). */
    @FuzzTest(maxDuration = "30s")
    void parseText(byte[] input) {
        check(parser.parse(new String(input, StandardCharsets.UTF_8)));
    }

    /** The bytes as a scanner sends them: UTF-8 if valid, else Windows-1252. */
    @FuzzTest(maxDuration = "30s")
    void parseBytes(byte[] input) {
        check(parser.parse(input));
    }

    private static void check(QrResult result) {
        assertNotNull(result);
        assertNotNull(result.kind());
        for (String problem : result.problems()) {
            if (problem.startsWith(LAST_RESORT)) {
                throw new AssertionError("the parser fell back on its last-resort catch: " + problem);
            }
        }
        if (result instanceof QrResult.Recognised recognised) {
            assertNotNull(recognised.identity());
            assertNotNull(recognised.accessKey());
            recognised.identity().maskedIdNumber(4);
            recognised.accessKey().preferred();
        }
    }
}
