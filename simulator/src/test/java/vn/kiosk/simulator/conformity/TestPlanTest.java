package vn.kiosk.simulator.conformity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Keeps docs/TESTPLAN.md and this package in step: every conformity test carries a case id in its
 * display name, and the plan's table has exactly one row per id, naming that test first, with the
 * display name's words as the case. Every other test a row cites must exist in the repository's
 * test sources, and every row must say it passed. The table cannot drift from the tests without
 * this failing.
 */
class TestPlanTest {
    static final Pattern ID = Pattern.compile("IS_[A-Z]+_\\d{2}");
    private static final Pattern DISPLAY = Pattern.compile("(" + ID.pattern() + ") (.+)");
    private static final Pattern ROW = Pattern.compile("^\\|\\s*(" + ID.pattern() + ")\\s*\\|(.*)\\|\\s*$");
    private static final Pattern REFERENCE = Pattern.compile("`([A-Z][A-Za-z0-9]*)#([a-z][A-Za-z0-9_]*)`");
    private static final String PACKAGE = TestPlanTest.class.getPackageName();
    private static final List<String> TEST_SOURCES = List.of("reader-driver/src/test/java", "simulator/src/test/java");

    record Row(String id, String caseText, String expected, List<String[]> tests, String result) {
    }

    @Test
    void everyConformityTestIsInThePlanAndEveryRowHasARealPassingTest() throws Exception {
        Path root = repositoryRoot();
        Map<String, Row> rows = rows(root.resolve("docs/TESTPLAN.md"));
        Map<String, Method> annotated = annotatedTests(root);
        List<String> drift = new ArrayList<>();

        for (Map.Entry<String, Method> entry : annotated.entrySet()) {
            String id = entry.getKey();
            Method method = entry.getValue();
            String test = method.getDeclaringClass().getSimpleName() + "#" + method.getName();
            Row row = rows.get(id);
            if (row == null) {
                drift.add(id + " (" + test + ") has no row");
                continue;
            }
            if (row.tests().isEmpty() || !test.equals(row.tests().get(0)[0] + "#" + row.tests().get(0)[1])) {
                drift.add(id + ": the row must name " + test + " first");
            }
            Matcher display = DISPLAY.matcher(method.getAnnotation(DisplayName.class).value());
            if (display.matches() && !display.group(2).equals(row.caseText())) {
                drift.add(id + ": the case must read as the test's display name, '" + display.group(2) + "'");
            }
        }
        Path conformity = root.resolve("simulator/src/test/java").resolve(PACKAGE.replace('.', '/'));
        for (Row row : rows.values()) {
            if (row.tests().isEmpty()) {
                drift.add(row.id() + " cites no test");
                continue;
            }
            for (String[] test : row.tests()) {
                Optional<Path> source = find(root, test[0]);
                if (source.isEmpty()) {
                    drift.add(row.id() + ": no test class " + test[0] + " in " + TEST_SOURCES);
                } else if (!Pattern.compile("void " + Pattern.quote(test[1]) + "\\(")
                        .matcher(Files.readString(source.get(), StandardCharsets.UTF_8)).find()) {
                    drift.add(row.id() + ": " + test[0] + " has no test method " + test[1]);
                }
            }
            String[] first = row.tests().get(0);
            Method method = annotated.get(row.id());
            if (find(root, first[0]).map(p -> p.startsWith(conformity)).orElse(false)
                    && (method == null || !method.getName().equals(first[1]))) {
                drift.add(row.id() + ": " + first[0] + "#" + first[1] + " does not carry the id in its display name");
            }
            if (!"pass".equals(row.result())) {
                drift.add(row.id() + ": result '" + row.result() + "', not 'pass'");
            }
            if (row.expected().isBlank()) {
                drift.add(row.id() + ": no expected result");
            }
        }
        assertTrue(drift.isEmpty(), "docs/TESTPLAN.md and the conformity tests disagree:\n" + String.join("\n", drift));
    }

    /** id to test method, for every method of this package whose display name starts with a case id. */
    static Map<String, Method> annotatedTests(Path root) throws IOException, ClassNotFoundException {
        Map<String, Method> found = new TreeMap<>();
        Path dir = root.resolve("simulator/src/test/java").resolve(PACKAGE.replace('.', '/'));
        List<Path> sources;
        try (Stream<Path> files = Files.list(dir)) {
            sources = files.filter(f -> f.getFileName().toString().endsWith(".java")).sorted().toList();
        }
        for (Path source : sources) {
            String name = source.getFileName().toString().replace(".java", "");
            for (Method method : Class.forName(PACKAGE + "." + name, false,
                    TestPlanTest.class.getClassLoader()).getDeclaredMethods()) {
                DisplayName display = method.getAnnotation(DisplayName.class);
                if (display == null) {
                    continue;
                }
                Matcher m = DISPLAY.matcher(display.value());
                assertTrue(m.matches(), name + "#" + method.getName() + ": display name without a case id");
                Method previous = found.put(m.group(1), method);
                assertTrue(previous == null, m.group(1) + " is used twice: " + previous + " and " + method);
            }
        }
        return found;
    }

    static Map<String, Row> rows(Path plan) throws IOException {
        Map<String, Row> rows = new LinkedHashMap<>();
        for (String line : Files.readAllLines(plan, StandardCharsets.UTF_8)) {
            Matcher m = ROW.matcher(line);
            if (!m.matches()) {
                continue;
            }
            String[] cells = m.group(2).split("\\|", -1);
            assertEquals(4, cells.length, "row " + m.group(1) + ": id | case | expected | test | result");
            List<String[]> tests = new ArrayList<>();
            Matcher reference = REFERENCE.matcher(cells[2]);
            while (reference.find()) {
                tests.add(new String[] {reference.group(1), reference.group(2)});
            }
            Row row = new Row(m.group(1), cells[0].trim(), cells[1].trim(), tests, cells[3].trim());
            assertTrue(rows.put(row.id(), row) == null, row.id() + " has two rows");
        }
        assertTrue(!rows.isEmpty(), "no case rows in " + plan);
        return rows;
    }

    private static final Map<String, Optional<Path>> FOUND = new java.util.HashMap<>();

    private static Optional<Path> find(Path root, String className) throws IOException {
        if (!FOUND.containsKey(className)) {
            FOUND.put(className, search(root, className));
        }
        return FOUND.get(className);
    }

    private static Optional<Path> search(Path root, String className) throws IOException {
        for (String tree : TEST_SOURCES) {
            try (Stream<Path> files = Files.walk(root.resolve(tree))) {
                Optional<Path> hit = files.filter(f -> f.getFileName().toString().equals(className + ".java")).findFirst();
                if (hit.isPresent()) {
                    return hit;
                }
            }
        }
        return Optional.empty();
    }

    /** The directory holding docs/TESTPLAN.md: the repository, above the module surefire runs in. */
    static Path repositoryRoot() {
        for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("docs/TESTPLAN.md"))) {
                return dir;
            }
        }
        throw new AssertionError("docs/TESTPLAN.md not found above " + Paths.get("").toAbsolutePath());
    }
}
