package vn.kiosk.app.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The configuration file cannot be used. Unchecked: there is nothing a caller can do but show it
 * to the operator and stop, so every caller would only rethrow it.
 *
 * <p>It carries every problem found, not just the first: an operator installing a kiosk from a
 * copied file should be able to fix it in one pass. Each line of the message reads
 * {@code <file>: <key>: <what is wrong>} and never quotes a secret.
 */
public final class ConfigException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final List<Problem> problems;

    /**
     * One thing wrong with the file.
     *
     * @param key     the setting concerned; empty when it is the file as a whole (unreadable, not UTF-8)
     * @param message what is wrong and, where possible, how to fix it
     */
    public record Problem(Optional<String> key, String message) {
        public Problem {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(message, "message");
        }

        static Problem of(String key, String message) {
            return new Problem(Optional.of(key), message);
        }

        static Problem ofFile(String message) {
            return new Problem(Optional.empty(), message);
        }
    }

    public ConfigException(Path file, List<Problem> problems) {
        super(describe(file, problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a ConfigException needs at least one problem");
        }
        this.file = file;
        this.problems = List.copyOf(problems);
    }

    static ConfigException of(Path file, String key, String message) {
        return new ConfigException(file, List.of(Problem.of(key, message)));
    }

    static ConfigException ofFile(Path file, String message) {
        return new ConfigException(file, List.of(Problem.ofFile(message)));
    }

    /** The configuration file, as it was named to the kiosk. */
    public Path file() {
        return file;
    }

    public List<Problem> problems() {
        return problems;
    }

    /** Whether one of the problems is about {@code key}. */
    public boolean concerns(String key) {
        return problems.stream().anyMatch(p -> p.key().filter(key::equals).isPresent());
    }

    private static String describe(Path file, List<Problem> problems) {
        return problems.stream()
                .map(p -> file + ": " + p.key().map(k -> k + ": ").orElse("") + p.message())
                .collect(Collectors.joining("\n"));
    }
}
