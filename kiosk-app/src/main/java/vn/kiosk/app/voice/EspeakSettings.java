package vn.kiosk.app.voice;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * How espeak-ng is run.
 *
 * @param executable     a program name looked up on PATH ("espeak-ng") or a path to it
 * @param wordsPerMinute speed; espeak's default 175 is hard to follow for elderly listeners
 * @param wavOutput      write speech to this WAV file instead of the loudspeaker (tests, recordings)
 */
public record EspeakSettings(String executable, int wordsPerMinute, Optional<Path> wavOutput) {

    public static final int ELDERLY_FRIENDLY_SPEED = 140;

    public EspeakSettings {
        Objects.requireNonNull(executable, "executable");
        Objects.requireNonNull(wavOutput, "wavOutput");
        if (wordsPerMinute < 80 || wordsPerMinute > 450) {
            throw new IllegalArgumentException("espeak-ng speed is 80..450 words per minute: " + wordsPerMinute);
        }
    }

    /** espeak-ng from PATH, at 140 words per minute, to the loudspeaker. */
    public static EspeakSettings defaults() {
        return new EspeakSettings("espeak-ng", ELDERLY_FRIENDLY_SPEED, Optional.empty());
    }

    public EspeakSettings withExecutable(String newExecutable) {
        return new EspeakSettings(newExecutable, wordsPerMinute, wavOutput);
    }

    public EspeakSettings withSpeed(int newWordsPerMinute) {
        return new EspeakSettings(executable, newWordsPerMinute, wavOutput);
    }

    public EspeakSettings writingTo(Path wav) {
        return new EspeakSettings(executable, wordsPerMinute, Optional.of(wav));
    }

    /**
     * The command line for one sentence. The text itself is not on it: it goes through stdin
     * ({@code --stdin}), so no text can be taken for an option and none shows in a process list.
     */
    List<String> command(Path resolvedExecutable, Locale language) {
        List<String> command = new ArrayList<>(List.of(
                resolvedExecutable.toString(),
                "-v", voiceFor(language),
                "-s", Integer.toString(wordsPerMinute),
                // the kiosk's locale may be C/POSIX; the text is always UTF-8
                "-b", "1"));
        wavOutput.ifPresent(wav -> {
            command.add("-w");
            command.add(wav.toString());
        });
        command.add("--stdin");
        return command;
    }

    /** espeak-ng's voice for a language: Vietnamese (Northern) or English; the kiosk speaks no other. */
    static String voiceFor(Locale language) {
        return language != null && "vi".equals(language.getLanguage()) ? "vi" : "en";
    }
}
