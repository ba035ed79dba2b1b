package vn.kiosk.app.config;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * Reads a Java properties file as UTF-8, strictly: operators edit these files with whatever editor
 * the machine has, and a file saved in another encoding would otherwise load with garbled
 * Vietnamese and no error.
 *
 * @param values     the settings, in file order, values trimmed (a trailing space is invisible in an
 *                   editor, so it must not change a value)
 * @param duplicates keys set more than once: {@link Properties} would silently keep the last one
 */
record PropertiesFile(Map<String, String> values, Set<String> duplicates) {

    static PropertiesFile read(Path file) {
        String text;
        try {
            // Files.readString decodes with REPORT, so a Latin-1 or UTF-16 file fails here
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw ConfigException.ofFile(file, "is not UTF-8 text; save it as UTF-8 (without BOM is best)");
        } catch (NoSuchFileException e) {
            throw ConfigException.ofFile(file, "file not found");
        } catch (AccessDeniedException e) {
            throw ConfigException.ofFile(file, "cannot be read by the kiosk's user (check its owner and permissions)");
        } catch (IOException e) {
            throw ConfigException.ofFile(file, "cannot be read: " + e.getMessage());
        }
        if (text.startsWith("\uFEFF")) {
            // editors on Windows add a byte-order mark; it would become part of the first key's name
            text = text.substring(1);
        }
        Recording recording = new Recording();
        try {
            recording.load(new StringReader(text));
        } catch (IOException | IllegalArgumentException e) {
            // IllegalArgumentException: a malformed \\uXXXX escape
            throw ConfigException.ofFile(file, "is not a valid properties file: " + e.getMessage());
        }
        Map<String, String> trimmed = new LinkedHashMap<>();
        recording.values.forEach((k, v) -> trimmed.put(k, v.strip()));
        return new PropertiesFile(trimmed, recording.duplicates);
    }

    /** Properties keeps no order and forgets repeats; loading goes through put, so watch it there. */
    private static final class Recording extends Properties {
        private static final long serialVersionUID = 1L;

        private final Map<String, String> values = new LinkedHashMap<>();
        private final Set<String> duplicates = new LinkedHashSet<>();

        @Override
        public synchronized Object put(Object key, Object value) {
            String name = (String) key;
            if (values.containsKey(name)) {
                duplicates.add(name);
            }
            values.put(name, (String) value);
            return super.put(key, value);
        }
    }
}
