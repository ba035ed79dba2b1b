package vn.kiosk.app.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kiosk.app.flow.FlowSettings;
import vn.kiosk.app.flow.ServiceKind;

/**
 * docs/kiosk.example.properties is what operators copy: it must load with this code (its paths moved to
 * files made here), its commented-out settings too, and it must explain every setting there is.
 */
class ExampleFileTest {
    private static final Pattern SETTING = Pattern.compile("^(#?)([A-Za-z][A-Za-z0-9._-]*)=(.*)$",
            Pattern.MULTILINE);

    @TempDir
    Path dir;

    private static String example() throws IOException {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("docs/kiosk.example.properties");
            if (Files.isRegularFile(candidate)) {
                return Files.readString(candidate, StandardCharsets.UTF_8);
            }
        }
        throw new IOException("docs/kiosk.example.properties not found above " + Path.of("").toAbsolutePath());
    }

    /** The example with /etc/cccd-kiosk and /var/lib/cccd-kiosk moved here, and the files they name made. */
    private String relocated() throws IOException {
        ConfigFixture fx = ConfigFixture.create(dir);
        Path etc = Files.createDirectories(dir.resolve("etc"));
        Files.copy(fx.backendCa, etc.resolve("backend-ca.pem"));
        Files.copy(fx.clientKey, etc.resolve("kiosk-key.pem"));
        Files.copy(fx.clientCertificate, etc.resolve("kiosk-cert.pem"));
        Files.createDirectories(etc.resolve("trust"));
        try (var files = Files.list(fx.trustDirectory)) {
            for (Path f : files.toList()) {
                Files.copy(f, etc.resolve("trust").resolve(f.getFileName()));
            }
        }
        return example().replace("/etc/cccd-kiosk", etc.toString())
                .replace("/var/lib/cccd-kiosk", dir.resolve("var").toString());
    }

    @Test
    void theExampleLoads() throws IOException {
        ConfigFixture fx = ConfigFixture.create(dir.resolve("other"));
        Path file = fx.write(relocated());
        KioskConfig c = KioskConfig.load(file);

        assertEquals("KIOSK-HN-BADINH-01", c.kioskId());
        assertTrue(c.backend().tls().orElseThrow().client().isPresent(), "the example shows mutual TLS");
        assertEquals(dir.resolve("var"), c.dataDirectory());
        assertEquals("escpos:tcp://10.0.0.5:9100;width=80;codepage=cp1258", c.printer());
        assertEquals(FlowSettings.defaults(), c.flow(), "the example's active values are the defaults");
        assertEquals(Optional.empty(), c.readerName());
    }

    @Test
    void itsCommentedOutSettingsLoadToo() throws IOException {
        ConfigFixture fx = ConfigFixture.create(dir.resolve("other"));
        String uncommented = SETTING.matcher(relocated()).replaceAll(m -> Matcher.quoteReplacement(
                m.group(2) + "=" + m.group(3)));
        KioskConfig c = KioskConfig.load(fx.write(uncommented));

        assertEquals(Optional.of("ACS ACR1281U"), c.readerName());
        assertEquals(Optional.of(Path.of("/dev/ttyACM0")), c.scannerSerial());
        for (ServiceKind kind : ServiceKind.values()) {
            assertEquals(kind.defaultMinimum(), c.flow().minimum(kind), "the example states the default for " + kind);
        }
    }

    @Test
    void itExplainsEverySettingInEnglishAndVietnamese() throws IOException {
        String text = example();
        Matcher m = SETTING.matcher(text);
        List<String> shown = m.results().map(r -> r.group(2)).toList();
        for (String key : Keys.ALL) {
            assertTrue(shown.contains(key), "the example shows " + key);
        }
        for (String key : shown) {
            assertTrue(Keys.ALL.contains(key), "the example shows only real settings, not " + key);
        }
        assertTrue(text.contains("Mã định danh") && text.contains("Bắt buộc"), "Vietnamese comments");
        assertTrue(text.lines().noneMatch(l -> l.toLowerCase(Locale.ROOT).contains("todo")));
    }
}
