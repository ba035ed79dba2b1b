package vn.kiosk.reader.qr;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** Hostile texts and bytes: the parser answers every one and never throws. */
class QrTextParserFuzzTest {
    private static final String VALID = "001089012345|163456789|Nguyễn Văn Đức|15031989|Nam|Hà Nội|20042021";
    private static final String ALPHABET = "0123456789|;,\t\n\r /.-ăâđêôơưáàảãạĐỮ\u0000\u001b\uFEFF\uD800\uDC00]Q1vneidNamNữ";

    private final QrTextParser parser = new QrTextParser(Clock.systemUTC());

    @Test
    void randomTextsAlwaysGiveAResult() {
        Random random = new Random(20240701);
        for (int round = 0; round < 20_000; round++) {
            String text = switch (round % 5) {
                case 0 -> randomText(random, random.nextInt(200));
                case 1 -> mutate(random, VALID);
                case 2 -> VALID.substring(0, random.nextInt(VALID.length() + 1));
                case 3 -> randomCodePoints(random, random.nextInt(300));
                default -> VALID.replace('|', ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            };
            check(text);
        }
    }

    @Test
    void randomBytesAlwaysGiveAResult() {
        Random random = new Random(7);
        byte[] valid = VALID.getBytes(StandardCharsets.UTF_8);
        for (int round = 0; round < 10_000; round++) {
            byte[] bytes;
            if (round % 2 == 0) {
                bytes = new byte[random.nextInt(400)];
                random.nextBytes(bytes);
            } else {
                bytes = valid.clone();
                for (int flips = 1 + random.nextInt(4); flips > 0; flips--) {
                    bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
                }
            }
            QrResult result = parser.parse(bytes);
            assertNotNull(result.kind());
            assertNotNull(result.problems());
        }
    }

    @Test
    void junkOfEverySizeUpTo100KbGivesAResult() {
        Random random = new Random(3);
        for (int size : new int[] {7088, 7089, 7090, 10_000, 100_000}) {
            check(randomText(random, size));
            check(VALID + "|".repeat(size));
        }
    }

    private void check(String text) {
        QrResult result = parser.parse(text);
        assertNotNull(result.kind());
        assertNotNull(result.problems());
        if (result instanceof QrResult.Recognised r) {
            assertNotNull(r.identity());
            assertNotNull(r.accessKey());
        }
    }

    private static String randomText(Random random, int length) {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return out.toString();
    }

    private static String randomCodePoints(Random random, int length) {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append((char) random.nextInt(0x10000)); // lone surrogates included on purpose
        }
        return out.toString();
    }

    private static String mutate(Random random, String text) {
        StringBuilder out = new StringBuilder(text);
        for (int edits = 1 + random.nextInt(5); edits > 0 && out.length() > 0; edits--) {
            int at = random.nextInt(out.length());
            switch (random.nextInt(3)) {
                case 0 -> out.deleteCharAt(at);
                case 1 -> out.insert(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                default -> out.setCharAt(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
        }
        return out.toString();
    }
}
