package vn.kiosk.app.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One benchmark's results as a Markdown fragment for docs/PERFORMANCE.md: a heading line that says
 * what was measured and how, a table, and notes. A benchmark that could not measure a number leaves
 * its cell {@link #MISSING}; {@link #write} then still writes the fragment (so a person sees which
 * number is missing) but returns false, and the benchmark exits non-zero.
 */
final class MarkdownTable {
    static final String MISSING = "—";

    private final String heading;
    private final List<String> columns;
    private final List<List<String>> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    MarkdownTable(String heading, String... columns) {
        this.heading = Objects.requireNonNull(heading, "heading");
        this.columns = List.of(columns);
    }

    MarkdownTable row(String... cells) {
        if (cells.length != columns.size()) {
            throw new IllegalArgumentException(cells.length + " cells for " + columns.size() + " columns");
        }
        List<String> row = new ArrayList<>();
        for (String cell : cells) {
            row.add(cell == null || cell.isBlank() ? MISSING : cell);
        }
        rows.add(row);
        return this;
    }

    MarkdownTable note(String note) {
        notes.add(note);
        return this;
    }

    /** Whether every cell holds a number or a word, none {@link #MISSING}, and there is at least one row. */
    boolean complete() {
        return !rows.isEmpty() && rows.stream().flatMap(List::stream).noneMatch(MISSING::equals);
    }

    String render() {
        StringBuilder out = new StringBuilder("#### ").append(heading).append("\n\n");
        out.append(line(columns));
        out.append(line(columns.stream().map(c -> "---").toList()));
        rows.forEach(r -> out.append(line(r)));
        if (!notes.isEmpty()) {
            out.append('\n');
            notes.forEach(n -> out.append(n).append('\n'));
        }
        return out.toString();
    }

    /** Writes the fragment, prints it, and says whether it is {@linkplain #complete complete}. */
    boolean write(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        String text = render();
        Files.writeString(file, text, StandardCharsets.UTF_8);
        System.out.println();
        System.out.println(text);
        System.out.println("written to " + file.toAbsolutePath());
        if (!complete()) {
            System.err.println("a number is missing from " + file.getFileName());
        }
        return complete();
    }

    private static String line(List<String> cells) {
        return "| " + String.join(" | ", cells) + " |\n";
    }

    /** {@code 1234.5} as "1,235" with {@code decimals} 0; NaN as {@link #MISSING}. */
    static String number(double value, int decimals) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return MISSING;
        }
        return String.format(Locale.ROOT, "%,." + decimals + "f", value);
    }

    /** Where the fragments go: {@code bench.out}, or target/performance of the working directory. */
    static Path outputDirectory() {
        return Path.of(System.getProperty("bench.out", "target/performance"));
    }
}
