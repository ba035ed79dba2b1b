package vn.kiosk.app.print;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * TrueType fonts with Vietnamese glyphs for the PDF and PNG tickets. PDF's standard 14 fonts have
 * no "ệ" or "ữ", so a font must be embedded; DejaVu Sans and Noto Sans both cover Vietnamese and
 * come with the Debian packages fonts-dejavu-core and fonts-noto-core.
 *
 * @param regular the body font
 * @param bold    the title font (the regular font again when no bold face is installed)
 */
public record TicketFonts(Path regular, Path bold) {

    /** Where Linux distributions put fonts. */
    public static final List<Path> SYSTEM_FONT_DIRECTORIES =
            List.of(Path.of("/usr/share/fonts"), Path.of("/usr/local/share/fonts"));

    /** Regular → bold file names, in order of preference (the directory layout differs per distribution). */
    private static final List<Map.Entry<String, String>> FAMILIES = List.of(
            Map.entry("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"),
            Map.entry("NotoSans-Regular.ttf", "NotoSans-Bold.ttf"));

    /** Font directories are a few levels deep (truetype/dejavu/...); do not walk whole trees. */
    private static final int MAX_DEPTH = 4;

    public TicketFonts {
        Objects.requireNonNull(regular, "regular");
        Objects.requireNonNull(bold, "bold");
    }

    /** The first suitable font under the system font directories. */
    public static Optional<TicketFonts> find() {
        return find(SYSTEM_FONT_DIRECTORIES);
    }

    public static Optional<TicketFonts> find(List<Path> directories) {
        for (Map.Entry<String, String> family : FAMILIES) {
            Optional<Path> regular = findFile(directories, family.getKey());
            if (regular.isPresent()) {
                Path bold = findFile(directories, family.getValue()).orElse(regular.get());
                return Optional.of(new TicketFonts(regular.get(), bold));
            }
        }
        return Optional.empty();
    }

    /** For the operator: what {@link #find()} looks for. */
    static String lookingFor() {
        return "DejaVuSans.ttf or NotoSans-Regular.ttf (packages fonts-dejavu-core, fonts-noto-core)";
    }

    private static Optional<Path> findFile(List<Path> directories, String name) {
        for (Path dir : directories) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.find(dir, MAX_DEPTH,
                    (p, attrs) -> attrs.isRegularFile() && p.getFileName().toString().equals(name))) {
                Optional<Path> found = files.sorted().findFirst();
                if (found.isPresent()) {
                    return found;
                }
            } catch (IOException | UncheckedIOException e) {
                // an unreadable font directory is not fatal: try the next one
            }
        }
        return Optional.empty();
    }
}
