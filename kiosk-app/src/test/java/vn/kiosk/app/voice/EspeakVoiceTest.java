package vn.kiosk.app.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EspeakVoiceTest {

    private static final Locale VI = Locale.forLanguageTag("vi");

    @TempDir
    Path dir;

    @Test
    void passesVoiceSpeedAndUtf8TextThroughStdin() throws Exception {
        FakeEspeak fake = FakeEspeak.create(dir, 0);
        try (EspeakVoice voice = new EspeakVoice(EspeakSettings.defaults().withExecutable(fake.script.toString()))) {
            assertTrue(voice.available());
            String sentence = "Vui lòng đặt thẻ căn cước lên đầu đọc; -v en \"$(rm -rf ~)\"";
            SpeechOutcome outcome = voice.speak(sentence, VI).get(10, TimeUnit.SECONDS);
            assertInstanceOf(SpeechOutcome.Finished.class, outcome);
            assertEquals(List.of("-v", "vi", "-s", "140", "-b", "1", "--stdin"), fake.values("arg"));
            assertEquals(List.of(sentence), fake.values("text"), "the text arrives whole, as text, not as options");

            voice.speak("Welcome", Locale.ENGLISH).get(10, TimeUnit.SECONDS);
            assertEquals(List.of("-v", "en", "-s", "140", "-b", "1", "--stdin"),
                    fake.values("arg").subList(7, 14));
            assertEquals("Welcome", fake.values("text").get(1));
        }
    }

    @Test
    void aNewSentenceKillsTheOneStillSpeaking() throws Exception {
        FakeEspeak fake = FakeEspeak.create(dir, 30);
        try (EspeakVoice voice = new EspeakVoice(EspeakSettings.defaults().withExecutable(fake.script.toString()))) {
            var first = voice.speak("Bước 1: đặt thẻ", VI);
            fake.await(f -> f.count("sleeper") == 1, "the first sentence to be speaking");
            long firstPid = Long.parseLong(fake.values("pid").get(0));
            long firstSleeper = Long.parseLong(fake.values("sleeper").get(0));

            var second = voice.speak("Bước 2: nhìn vào camera", VI);
            assertInstanceOf(SpeechOutcome.Cancelled.class, first.get(10, TimeUnit.SECONDS));
            fake.await(f -> f.count("sleeper") == 2, "the second sentence to be speaking");
            assertFalse(alive(firstPid), "the first espeak process is gone");
            awaitDead(firstSleeper);
            assertEquals(List.of("Bước 1: đặt thẻ", "Bước 2: nhìn vào camera"), fake.values("text"));
            assertEquals(0, fake.count("end"), "no sentence ran to its end");

            voice.stop();
            assertInstanceOf(SpeechOutcome.Cancelled.class, second.get(10, TimeUnit.SECONDS));
        }
    }

    @Test
    void quickTapsNeverPileUpSpeakers() throws Exception {
        FakeEspeak fake = FakeEspeak.create(dir, 30);
        try (EspeakVoice voice = new EspeakVoice(EspeakSettings.defaults().withExecutable(fake.script.toString()))) {
            var outcomes = List.of(voice.speak("một", VI), voice.speak("hai", VI), voice.speak("ba", VI));
            fake.await(f -> f.values("text").contains("ba") && f.count("sleeper") == f.count("pid"),
                    "the last sentence to be speaking");
            for (var outcome : outcomes.subList(0, 2)) {
                assertInstanceOf(SpeechOutcome.Cancelled.class, outcome.get(10, TimeUnit.SECONDS));
            }
            // "hai" may never have started (usually) or been cut off at once; either way only "ba" speaks
            List<String> pids = fake.values("pid");
            for (String pid : pids.subList(0, pids.size() - 1)) {
                assertFalse(alive(Long.parseLong(pid)), "an earlier sentence is still speaking");
            }
            assertTrue(alive(Long.parseLong(pids.get(pids.size() - 1))));
            voice.stop();
            assertInstanceOf(SpeechOutcome.Cancelled.class, outcomes.get(2).get(10, TimeUnit.SECONDS));
        }
    }

    @Test
    void aMissingBinaryMakesASilentUnavailableVoice() throws Exception {
        try (EspeakVoice voice = new EspeakVoice(EspeakSettings.defaults().withExecutable(dir.resolve("no-espeak").toString()))) {
            assertFalse(voice.available());
            voice.say("Xin chào", VI);
            voice.stop();
            assertInstanceOf(SpeechOutcome.Unavailable.class, voice.speak("Xin chào", VI).get(1, TimeUnit.SECONDS));
        }
        try (EspeakVoice voice = new EspeakVoice(EspeakSettings.defaults().withExecutable("no-such-espeak-ng-program"))) {
            assertFalse(voice.available());
        }
    }

    @Test
    void aBinaryThatVanishesAfterStartUpFailsQuietlyAndGoesSilent() throws Exception {
        FakeEspeak fake = FakeEspeak.create(dir, 0);
        try (EspeakVoice voice = new EspeakVoice(EspeakSettings.defaults().withExecutable(fake.script.toString()))) {
            Files.delete(fake.script);
            assertInstanceOf(SpeechOutcome.Failed.class, voice.speak("Xin chào", VI).get(10, TimeUnit.SECONDS));
            assertFalse(voice.available());
        }
    }

    @Test
    void aWavFileCanBeAskedFor() throws Exception {
        FakeEspeak fake = FakeEspeak.create(dir, 0);
        Path wav = dir.resolve("out.wav");
        EspeakSettings settings = EspeakSettings.defaults().withExecutable(fake.script.toString())
                .withSpeed(120).writingTo(wav);
        try (EspeakVoice voice = new EspeakVoice(settings)) {
            voice.speak("Xin chào", VI).get(10, TimeUnit.SECONDS);
        }
        assertEquals(List.of("-v", "vi", "-s", "120", "-b", "1", "-w", wav.toString(), "--stdin"), fake.values("arg"));
    }

    @Test
    void afterCloseNothingIsSpoken() throws Exception {
        FakeEspeak fake = FakeEspeak.create(dir, 0);
        EspeakVoice voice = new EspeakVoice(EspeakSettings.defaults().withExecutable(fake.script.toString()));
        voice.close();
        assertInstanceOf(SpeechOutcome.Cancelled.class, voice.speak("Xin chào", VI).get(10, TimeUnit.SECONDS));
        assertEquals(0, fake.count("pid"));
    }

    private static boolean alive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    private static void awaitDead(long pid) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (alive(pid) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertFalse(alive(pid), "the child " + pid + " of the killed espeak process is gone too");
    }
}
