package vn.kiosk.app.voice;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * Speaks through the espeak-ng program ({@code -v vi} or {@code -v en}), one process per sentence.
 *
 * <p>A new sentence kills the process still speaking (and its children), so that a citizen who taps
 * quickly through steps hears the current step, not a queue of old ones. Processes start and are
 * waited for on one daemon thread, never on the caller's (the FX thread).
 *
 * <p>When espeak-ng is missing the voice is silent and {@link #available()} is false; nothing here
 * throws at the kiosk.
 */
public final class EspeakVoice implements Voice, AutoCloseable {

    /** Longer than any guidance sentence; a process still alive then is hung. */
    private static final Duration LONGEST_SENTENCE = Duration.ofMinutes(2);

    private final EspeakSettings settings;
    private final Path executable;
    private final ExecutorService worker;
    private final Object lock = new Object();
    private volatile boolean available;
    // guarded by lock: the number of the newest sentence, and its process while it runs
    private long newest;
    private Process speaking;
    private boolean closed;

    /** espeak-ng from PATH at an elderly-friendly speed. */
    public EspeakVoice() {
        this(EspeakSettings.defaults());
    }

    public EspeakVoice(EspeakSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        Optional<Path> found = Executables.find(settings.executable(), System.getenv("PATH"));
        this.executable = found.orElse(null);
        this.available = found.isPresent();
        this.worker = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "espeak-voice");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public boolean available() {
        return available;
    }

    @Override
    public void say(String text, Locale language) {
        speak(text, language);
    }

    /**
     * Like {@link #say}, with a way to learn how the sentence ended (tests, a screen that waits for
     * the end of a sentence). Blank text only stops the current sentence.
     */
    public CompletableFuture<SpeechOutcome> speak(String text, Locale language) {
        if (!available) {
            return CompletableFuture.completedFuture(new SpeechOutcome.Unavailable());
        }
        long number;
        synchronized (lock) {
            number = ++newest;
            killSpeaking();
        }
        if (text == null || text.isBlank()) {
            return CompletableFuture.completedFuture(new SpeechOutcome.Cancelled());
        }
        CompletableFuture<SpeechOutcome> outcome = new CompletableFuture<>();
        try {
            worker.execute(() -> outcome.complete(run(number, text, language)));
        } catch (RejectedExecutionException e) {
            outcome.complete(new SpeechOutcome.Cancelled());
        }
        return outcome;
    }

    @Override
    public void stop() {
        synchronized (lock) {
            newest++;
            killSpeaking();
        }
    }

    /** Stops speaking and ends the worker thread; later sentences are dropped. */
    @Override
    public void close() {
        synchronized (lock) {
            closed = true;
            newest++;
            killSpeaking();
        }
        worker.shutdownNow();
    }

    private SpeechOutcome run(long number, String text, Locale language) {
        List<String> command = settings.command(executable, language);
        synchronized (lock) {
            // a newer sentence (or stop) came while this one waited: do not even start it
            if (number != newest || closed) {
                return new SpeechOutcome.Cancelled();
            }
        }
        Process process;
        try {
            // started outside the lock: a say() on the FX thread must not wait for a fork
            process = new ProcessBuilder(command)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
        } catch (IOException | RuntimeException e) {
            if (!Files.isExecutable(executable)) {
                // uninstalled since start-up: go quiet for good rather than fail at every step
                available = false;
            }
            return new SpeechOutcome.Failed("cannot start " + executable + ": " + e.getMessage());
        }
        synchronized (lock) {
            if (number != newest || closed) {
                kill(process);
                return new SpeechOutcome.Cancelled();
            }
            speaking = process;
        }
        try {
            try (OutputStream stdin = process.getOutputStream()) {
                stdin.write(text.getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                // killed by a newer sentence, or died before reading: the exit code below tells which
            }
            if (!process.waitFor(LONGEST_SENTENCE.toMillis(), TimeUnit.MILLISECONDS)) {
                kill(process);
                return new SpeechOutcome.Failed("espeak-ng did not finish within " + LONGEST_SENTENCE);
            }
        } catch (InterruptedException e) {
            kill(process);
            Thread.currentThread().interrupt();
            return new SpeechOutcome.Cancelled();
        } finally {
            synchronized (lock) {
                if (speaking == process) {
                    speaking = null;
                }
            }
        }
        int exit = process.exitValue();
        if (exit == 0) {
            return new SpeechOutcome.Finished();
        }
        synchronized (lock) {
            if (number != newest || closed) {
                return new SpeechOutcome.Cancelled();
            }
        }
        return new SpeechOutcome.Failed("espeak-ng exited with " + exit);
    }

    // caller holds lock
    private void killSpeaking() {
        if (speaking != null) {
            kill(speaking);
            speaking = null;
        }
    }

    private static void kill(Process process) {
        // The children are listed first (once the parent is gone they are no longer its descendants)
        // but killed after it: killed first, their end would let the parent run on and exit 0, and a
        // sentence cut off would pass for one spoken to its end.
        List<ProcessHandle> children = process.descendants().toList();
        process.destroyForcibly();
        children.forEach(ProcessHandle::destroyForcibly);
    }
}
