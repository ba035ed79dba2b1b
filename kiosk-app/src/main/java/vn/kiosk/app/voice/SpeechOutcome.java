package vn.kiosk.app.voice;

import java.util.Objects;

/** How one sentence given to {@link EspeakVoice#speak} ended. */
public sealed interface SpeechOutcome {

    /** Spoken (or written to the WAV file) to the end. */
    record Finished() implements SpeechOutcome {
    }

    /** Cut off by a newer sentence, {@code stop()} or closing the voice. */
    record Cancelled() implements SpeechOutcome {
    }

    /** espeak-ng is not installed (or not executable): nothing was attempted. */
    record Unavailable() implements SpeechOutcome {
    }

    /** espeak-ng could not be started, exited with an error or hung. */
    record Failed(String detail) implements SpeechOutcome {
        public Failed {
            Objects.requireNonNull(detail, "detail");
        }
    }
}
