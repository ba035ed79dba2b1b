package vn.kiosk.app.voice;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the real espeak-ng when it is installed, writing a WAV file instead of playing. */
class RealEspeakTest {

    @TempDir
    Path dir;

    @Test
    void speaksVietnameseIntoAWavFile() throws Exception {
        assumeTrue(Executables.find("espeak-ng", System.getenv("PATH")).isPresent(), "espeak-ng is not installed");
        Path wav = dir.resolve("chao.wav");
        try (EspeakVoice voice = new EspeakVoice(EspeakSettings.defaults().writingTo(wav))) {
            SpeechOutcome outcome = voice.speak("Xin chào. Vui lòng đặt thẻ căn cước lên đầu đọc.",
                    Locale.forLanguageTag("vi")).get(60, TimeUnit.SECONDS);
            assertInstanceOf(SpeechOutcome.Finished.class, outcome, outcome.toString());
        }
        byte[] bytes = Files.readAllBytes(wav);
        assertTrue(bytes.length > 44 + 8000, "a WAV with more than a header: " + bytes.length + " bytes");
        assertArrayEquals("RIFF".getBytes(StandardCharsets.US_ASCII), Arrays.copyOf(bytes, 4));
    }
}
