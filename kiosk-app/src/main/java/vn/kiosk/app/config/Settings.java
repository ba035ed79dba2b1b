package vn.kiosk.app.config;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Typed access to the settings of one file that collects every problem instead of stopping at the
 * first. Each getter returns empty when the value is unusable (the problem is recorded) and, for
 * optional settings, the default when the key is absent. A blank value counts as absent.
 */
final class Settings {
    private final Path file;
    private final Map<String, String> values;
    private final List<ConfigException.Problem> problems = new ArrayList<>();

    Settings(Path file, PropertiesFile contents) {
        this.file = file;
        this.values = contents.values();
        contents.duplicates().forEach(key -> problem(key, "is set more than once; keep only one line"));
    }

    void problem(String key, String message) {
        problems.add(ConfigException.Problem.of(key, message));
    }

    boolean hasProblems() {
        return !problems.isEmpty();
    }

    boolean isSet(String key) {
        return raw(key).isPresent();
    }

    void rejectUnknownKeys() {
        for (String key : values.keySet()) {
            if (!Keys.ALL.contains(key)) {
                String hint = Keys.closest(key).map(k -> "did you mean " + k + "? ").orElse("");
                problem(key, "unknown setting; " + hint + "the known settings are " + String.join(", ", Keys.ALL));
            }
        }
    }

    void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new ConfigException(file, problems);
        }
    }

    Optional<String> optional(String key) {
        return raw(key);
    }

    Optional<String> required(String key) {
        Optional<String> value = raw(key);
        if (value.isEmpty()) {
            problem(key, "is required but not set");
        }
        return value;
    }

    /** A path; a relative one is taken relative to the configuration file's folder, not the working directory. */
    Optional<Path> path(String key, boolean required) {
        Optional<String> value = required ? required(key) : optional(key);
        return value.flatMap(v -> toPath(key, v));
    }

    Optional<Path> path(String key, String defaultValue) {
        return toPath(key, raw(key).orElse(defaultValue));
    }

    private Optional<Path> toPath(String key, String value) {
        try {
            Path p = Path.of(value);
            Path base = file.toAbsolutePath().getParent();
            return Optional.of(p.isAbsolute() || base == null ? p : base.resolve(p).normalize());
        } catch (InvalidPathException e) {
            problem(key, "is not a valid path: " + e.getReason());
            return Optional.empty();
        }
    }

    /** A whole number of seconds within [min, max]. */
    Optional<Integer> seconds(String key, int defaultValue, int min, int max) {
        Optional<String> value = raw(key);
        if (value.isEmpty()) {
            return Optional.of(defaultValue);
        }
        try {
            int n = Integer.parseInt(value.get());
            if (n >= min && n <= max) {
                return Optional.of(n);
            }
        } catch (NumberFormatException e) {
            // reported below with the range, which says more than "not a number"
        }
        problem(key, "must be a whole number of seconds from " + min + " to " + max + " (found \"" + value.get() + "\")");
        return Optional.empty();
    }

    Optional<Boolean> onOff(String key, boolean defaultValue) {
        Optional<String> value = raw(key);
        if (value.isEmpty()) {
            return Optional.of(defaultValue);
        }
        String v = value.get().toLowerCase(Locale.ROOT);
        if (v.equals("on")) {
            return Optional.of(true);
        }
        if (v.equals("off")) {
            return Optional.of(false);
        }
        problem(key, "must be on or off (found \"" + value.get() + "\")");
        return Optional.empty();
    }

    /** One of {@code type}'s constants, named exactly (case aside): a near miss is a problem, not a guess. */
    <E extends Enum<E>> Optional<E> constant(String key, String found, Class<E> type, String what) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(found)) {
                return Optional.of(e);
            }
        }
        problem(key, "\"" + found + "\" is not a known " + what + "; use one of " + names(type));
        return Optional.empty();
    }

    static <E extends Enum<E>> String names(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }

    private Optional<String> raw(String key) {
        String v = values.get(key);
        return v == null || v.isEmpty() ? Optional.empty() : Optional.of(v);
    }
}
