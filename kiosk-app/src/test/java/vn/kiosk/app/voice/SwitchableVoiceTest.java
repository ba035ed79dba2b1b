package vn.kiosk.app.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SwitchableVoiceTest {

    private static final Locale VI = Locale.forLanguageTag("vi");

    @TempDir
    Path dir;

    /** Records what reaches the voice behind the switch. */
    static final class RecordingVoice implements Voice {
        final List<String> calls = new ArrayList<>();

        @Override
        public synchronized void say(String text, Locale language) {
            calls.add("say " + language.getLanguage() + " " + text);
        }

        @Override
        public synchronized void stop() {
            calls.add("stop");
        }
    }

    @Test
    void offStopsSpeechAndSilencesLaterSentences() {
        RecordingVoice inner = new RecordingVoice();
        SwitchableVoice voice = new SwitchableVoice(inner, true);
        List<Boolean> seen = new ArrayList<>();
        voice.addEnabledListener(seen::add);

        voice.say("Bước 1", VI);
        voice.setEnabled(false);
        voice.say("Bước 2", VI);
        voice.setEnabled(false);
        voice.setEnabled(true);
        voice.say("Bước 3", VI);

        assertEquals(List.of("say vi Bước 1", "stop", "say vi Bước 3"), inner.calls);
        assertEquals(List.of(false, true), seen, "listeners hear changes only");
        assertTrue(voice.isEnabled());
    }

    @Test
    void switchingOffKillsARealSentenceInProgress() throws Exception {
        FakeEspeak fake = FakeEspeak.create(dir, 30);
        try (EspeakVoice espeak = new EspeakVoice(EspeakSettings.defaults().withExecutable(fake.script.toString()))) {
            SwitchableVoice voice = new SwitchableVoice(espeak, true);
            voice.say("Bước 1: đặt thẻ", VI);
            fake.await(f -> f.count("sleeper") == 1, "speaking");
            long pid = Long.parseLong(fake.values("pid").get(0));

            voice.setEnabled(false);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false) && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false));

            voice.say("Bước 2", VI);
            Thread.sleep(300);
            assertEquals(1, fake.count("pid"), "nothing is started while off");
        }
    }

    @Test
    void availabilityIsTheInnerVoices() {
        assertFalse(new SwitchableVoice(new SilentVoice(), true).available());
        assertTrue(new SwitchableVoice(new RecordingVoice(), false).available());
    }

    @Test
    void operatorAndCitizenSwitchesStack() {
        RecordingVoice inner = new RecordingVoice();
        SwitchableVoice operator = new SwitchableVoice(inner, false);
        SwitchableVoice citizen = new SwitchableVoice(operator, true);
        citizen.say("Xin chào", VI);
        assertEquals(List.of(), inner.calls, "the operator's off wins");
        operator.setEnabled(true);
        citizen.say("Xin chào", VI);
        assertEquals(List.of("say vi Xin chào"), inner.calls);
    }

    @Test
    void silentVoiceDoesNothing() {
        SilentVoice silent = new SilentVoice();
        silent.say("Xin chào", VI);
        silent.stop();
        assertFalse(silent.available());
        assertInstanceOf(Voice.class, silent);
    }
}
