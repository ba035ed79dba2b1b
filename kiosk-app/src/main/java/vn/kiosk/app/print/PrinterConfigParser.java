package vn.kiosk.app.print;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses the printer setting; every error names the setting and shows the accepted forms. */
final class PrinterConfigParser {

    static final String FORMS = "escpos:tcp://HOST[:PORT], escpos:file:/dev/usb/lp0 "
            + "(options ;width=58|80;codepage=cp1258|ascii;table=N;timeout=SECONDS;fallback=/DIR), "
            + "pdf:/DIR, png:/DIR or none";

    private static final Set<String> OPTIONS = Set.of("width", "codepage", "table", "timeout", "fallback");
    /** A host name, an IPv4 address, or an IPv6 address in brackets; then an optional port. */
    private static final Pattern TCP = Pattern.compile(
            "(?:\\[(?<v6>[0-9A-Fa-f:.]+)]|(?<host>[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?))(?::(?<port>[0-9]{1,5}))?");
    private static final int MAX_TIMEOUT_SECONDS = 120;

    private PrinterConfigParser() {
    }

    static PrinterConfig parse(String setting) {
        if (setting == null || setting.isBlank()) {
            throw new IllegalArgumentException("printer setting is empty; write none to disable printing, or "
                    + FORMS);
        }
        String s = setting.strip();
        String lower = s.toLowerCase(Locale.ROOT);
        if (lower.equals("none")) {
            return new PrinterConfig.None();
        }
        if (lower.startsWith("pdf:")) {
            return new PrinterConfig.Pdf(directory(s, s.substring(4)));
        }
        if (lower.startsWith("png:")) {
            return new PrinterConfig.Png(directory(s, s.substring(4)));
        }
        if (lower.startsWith("escpos:")) {
            return escPos(s, s.substring(7));
        }
        throw bad(s, "unknown printer kind");
    }

    private static PrinterConfig.EscPos escPos(String setting, String rest) {
        String[] parts = rest.split(";", -1);
        PortAddress address = address(setting, parts[0].strip());
        Map<String, String> options = options(setting, parts);

        PaperWidth width = PaperWidth.MM80;
        if (options.containsKey("width")) {
            int mm = number(setting, "width", options.get("width"));
            width = wrap(setting, () -> PaperWidth.ofMillimetres(mm));
        }
        EscPosCodePage codePage = EscPosCodePage.CP1258;
        if (options.containsKey("codepage")) {
            codePage = wrap(setting, () -> EscPosCodePage.ofSetting(options.get("codepage")));
        }
        int table = codePage.defaultTable();
        if (options.containsKey("table")) {
            table = number(setting, "table", options.get("table"));
            if (table > 255) {
                throw bad(setting, "table must be 0..255 (the printer's ESC t number)");
            }
        }
        Duration timeout = PrinterConfig.EscPos.DEFAULT_TIMEOUT;
        if (options.containsKey("timeout")) {
            int seconds = number(setting, "timeout", options.get("timeout"));
            if (seconds < 1 || seconds > MAX_TIMEOUT_SECONDS) {
                throw bad(setting, "timeout must be 1.." + MAX_TIMEOUT_SECONDS + " seconds");
            }
            timeout = Duration.ofSeconds(seconds);
        }
        Optional<Path> fallback = options.containsKey("fallback")
                ? Optional.of(directory(setting, options.get("fallback"))) : Optional.empty();
        return new PrinterConfig.EscPos(address, width, codePage, table, timeout, fallback);
    }

    private static PortAddress address(String setting, String target) {
        String lower = target.toLowerCase(Locale.ROOT);
        if (lower.startsWith("tcp://")) {
            Matcher m = TCP.matcher(target.substring(6));
            if (!m.matches()) {
                throw bad(setting, "expected tcp://HOST or tcp://HOST:PORT (IPv6 in brackets, no path)");
            }
            String host = m.group("v6") != null ? m.group("v6") : m.group("host");
            int port = PortAddress.Tcp.DEFAULT_PORT;
            if (m.group("port") != null) {
                port = Integer.parseInt(m.group("port"));
                if (port < 1 || port > 65535) {
                    throw bad(setting, "port must be 1..65535");
                }
            }
            return new PortAddress.Tcp(host, port);
        }
        if (lower.startsWith("file:")) {
            String path = target.substring(5);
            if (path.startsWith("///")) {
                path = path.substring(2); // file:///dev/usb/lp0, the URL spelling
            }
            return new PortAddress.DeviceFile(absolute(setting, path, "device"));
        }
        throw bad(setting, "escpos needs tcp://HOST[:PORT] or file:/DEVICE");
    }

    private static Map<String, String> options(String setting, String[] parts) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 1; i < parts.length; i++) {
            String part = parts[i].strip();
            if (part.isEmpty()) {
                continue;
            }
            int eq = part.indexOf('=');
            if (eq <= 0) {
                throw bad(setting, "option '" + part + "' needs the form name=value");
            }
            String key = part.substring(0, eq).strip().toLowerCase(Locale.ROOT);
            String value = part.substring(eq + 1).strip();
            if (!OPTIONS.contains(key)) {
                throw bad(setting, "unknown option '" + key + "'");
            }
            if (value.isEmpty()) {
                throw bad(setting, "option '" + key + "' has no value");
            }
            if (options.put(key, value) != null) {
                throw bad(setting, "option '" + key + "' given twice");
            }
        }
        return options;
    }

    private static Path directory(String setting, String value) {
        return absolute(setting, value.strip(), "directory");
    }

    /** Absolute only: the kiosk's working directory depends on how it was started. */
    private static Path absolute(String setting, String value, String what) {
        try {
            Path p = Path.of(value);
            if (value.isEmpty() || !p.isAbsolute()) {
                throw bad(setting, what + " must be an absolute path such as "
                        + (what.equals("device") ? "/dev/usb/lp0" : "/var/lib/cccd-kiosk/tickets"));
            }
            return p.normalize();
        } catch (InvalidPathException e) {
            throw bad(setting, what + " is not a valid path");
        }
    }

    private static int number(String setting, String option, String value) {
        if (!value.matches("[0-9]{1,6}")) {
            throw bad(setting, option + " must be a number, not '" + value + "'");
        }
        return Integer.parseInt(value);
    }

    private static <T> T wrap(String setting, Supplier<T> parse) {
        try {
            return parse.get();
        } catch (IllegalArgumentException e) {
            throw bad(setting, e.getMessage());
        }
    }

    private static IllegalArgumentException bad(String setting, String problem) {
        return new IllegalArgumentException("printer setting '" + setting + "': " + problem + ". Accepted: " + FORMS);
    }
}
