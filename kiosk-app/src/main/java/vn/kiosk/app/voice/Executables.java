package vn.kiosk.app.voice;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/** Finds a program the way a shell would, without starting one. */
final class Executables {

    private Executables() {
    }

    /**
     * @param name    a path (contains a separator) or a bare name to look up in {@code pathVariable}
     * @param pathVariable the PATH value; may be null
     */
    static Optional<Path> find(String name, String pathVariable) {
        try {
            if (name.isEmpty()) {
                return Optional.empty();
            }
            if (name.contains("/") || name.contains(File.separator)) {
                return executable(Path.of(name));
            }
            if (pathVariable == null) {
                return Optional.empty();
            }
            for (String dir : pathVariable.split(File.pathSeparator)) {
                if (!dir.isEmpty()) {
                    Optional<Path> found = executable(Path.of(dir, name));
                    if (found.isPresent()) {
                        return found;
                    }
                }
            }
            return Optional.empty();
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    private static Optional<Path> executable(Path candidate) {
        return Files.isRegularFile(candidate) && Files.isExecutable(candidate)
                ? Optional.of(candidate.toAbsolutePath())
                : Optional.empty();
    }
}
