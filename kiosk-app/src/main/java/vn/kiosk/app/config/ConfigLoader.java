package vn.kiosk.app.config;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.kiosk.app.backend.BackendConfig;
import vn.kiosk.app.backend.PinnedTls;
import vn.kiosk.app.flow.FlowSettings;
import vn.kiosk.app.flow.ServiceKind;
import vn.kiosk.reader.identity.Assurance;
import vn.kiosk.reader.verify.TrustStore;
import vn.kiosk.app.backend.PemFiles;

/**
 * Turns one file into a {@link KioskConfig}, checking every setting before giving up so the
 * operator sees all that is wrong at once. Parts built from several settings (the backend, the flow
 * settings) are built only when each of their settings is fine, so one mistake is reported once.
 */
final class ConfigLoader {
    static final Path DEFAULT_DATA_DIRECTORY = Path.of("/var/lib/cccd-kiosk");
    static final String PIN_TOOL = "java -cp kiosk-app.jar " + PinHashTool.class.getName();

    private static final int MAX_TRUST_PROBLEMS_SHOWN = 3;

    private final Path file;
    private final Clock clock;
    private final Settings settings;

    private ConfigLoader(Path file, Clock clock, Settings settings) {
        this.file = file;
        this.clock = clock;
        this.settings = settings;
    }

    static KioskConfig load(Path file, Clock clock) {
        return new ConfigLoader(file, clock, new Settings(file, PropertiesFile.read(file))).load();
    }

    private KioskConfig load() {
        settings.rejectUnknownKeys();
        Optional<String> kioskId = kioskId();
        Optional<BackendConfig> backend = backend(kioskId);
        Optional<Path> trustDirectory = settings.path(Keys.TRUST_DIRECTORY, true);
        Optional<TrustStore> trust = trustDirectory.flatMap(this::trustStore);
        Optional<String> readerName = settings.optional(Keys.READER_NAME);
        Optional<Path> dataDirectory = dataDirectory();
        String printer = settings.optional(Keys.PRINTER).orElse("none");
        Optional<FlowSettings> flow = flowSettings();
        Optional<OperatorPin> pin = operatorPin();
        Optional<Optional<Path>> scannerSerial = scannerSerial();
        Optional<Boolean> scannerKeyboard = settings.onOff(Keys.SCANNER_KEYBOARD, true);
        settings.throwIfAny();
        return new KioskConfig(file, kioskId.orElseThrow(), backend.orElseThrow(), trustDirectory.orElseThrow(),
                trust.orElseThrow(), readerName, dataDirectory.orElseThrow(), printer, flow.orElseThrow(),
                pin.orElseThrow(), scannerSerial.orElseThrow(), scannerKeyboard.orElseThrow());
    }

    private Optional<String> kioskId() {
        Optional<String> id = settings.required(Keys.KIOSK_ID);
        if (id.isPresent() && !KioskConfig.KIOSK_ID.matcher(id.get()).matches()) {
            settings.problem(Keys.KIOSK_ID, "must be 1 to 64 letters (A-Z, a-z without accents), digits, dots,"
                    + " dashes or underscores, as the backend knows this kiosk (e.g. KIOSK-HN-BADINH-01)");
            return Optional.empty();
        }
        return id;
    }

    // --- backend ---

    private Optional<BackendConfig> backend(Optional<String> kioskId) {
        Optional<URI> url = settings.required(Keys.BACKEND_URL).flatMap(this::origin);
        boolean plainHttp = url.map(u -> "http".equals(u.getScheme())).orElse(false);
        Optional<Optional<PinnedTls>> tls = plainHttp ? noTlsForHttp() : pinnedTls(url.isPresent());
        if (url.isEmpty() || tls.isEmpty()) {
            return Optional.empty();
        }
        try {
            // BackendConfig has the final word on what it accepts; the id only stands in when it is
            // itself wrong (already reported), so that the URL still gets checked
            BackendConfig config = BackendConfig.of(url.get(), kioskId.orElse("unchecked"), tls.get());
            return kioskId.isPresent() ? Optional.of(config) : Optional.empty();
        } catch (IllegalArgumentException e) {
            String message = e.getMessage() == null ? "" : e.getMessage();
            settings.problem(Keys.BACKEND_URL, plainHttp && message.contains("loopback")
                    ? "plain http is only allowed on this machine (127.0.0.1, ::1 or localhost); use https"
                    : "cannot be used: " + message);
            return Optional.empty();
        }
    }

    /** The backend's origin: what the operator types most often wrong, checked one thing at a time. */
    private Optional<URI> origin(String value) {
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            settings.problem(Keys.BACKEND_URL, "is not a valid URL (" + e.getReason() + " at character "
                    + (e.getIndex() + 1) + "); e.g. https://kiosk-backend.example.org/");
            return Optional.empty();
        }
        String scheme = uri.getScheme();
        String problem = null;
        if (scheme == null || !(scheme.equals("https") || scheme.equals("http"))) {
            problem = "must start with https:// (in lower case), e.g. https://kiosk-backend.example.org/";
        } else if (uri.getHost() == null) {
            problem = "has no valid host name, e.g. https://kiosk-backend.example.org/";
        } else if (uri.getRawUserInfo() != null) {
            problem = "must not contain a user name or password";
        } else if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            problem = "must be the backend's address only, without ?query or #fragment";
        } else if (uri.getPath() != null && uri.getPath().replaceAll("/+$", "").endsWith("/api/v1")) {
            problem = "must be the backend's address without /api/v1 (the kiosk adds /api/v1 itself)";
        }
        if (problem != null) {
            settings.problem(Keys.BACKEND_URL, problem);
            return Optional.empty();
        }
        return Optional.of(uri);
    }

    /** Plain http (loopback only, for a backend on the kiosk itself): TLS settings would be ignored, so refuse them. */
    private Optional<Optional<PinnedTls>> noTlsForHttp() {
        boolean ok = true;
        for (String key : List.of(Keys.BACKEND_CA, Keys.BACKEND_CLIENT_KEY, Keys.BACKEND_CLIENT_CERTIFICATE)) {
            if (settings.isSet(key)) {
                settings.problem(key, "is only used with an https backend.url; remove it or use https");
                ok = false;
            }
        }
        return ok ? Optional.of(Optional.empty()) : Optional.empty();
    }

    /** @param required whether backend.ca must be there (false when the URL is itself wrong, to not pile on) */
    private Optional<Optional<PinnedTls>> pinnedTls(boolean required) {
        Optional<Path> ca = settings.path(Keys.BACKEND_CA, false);
        if (ca.isEmpty() && required && !settings.isSet(Keys.BACKEND_CA)) {
            settings.problem(Keys.BACKEND_CA, "is required for an https backend.url: the PEM file of the CA that"
                    + " issued the backend's certificate (the kiosk trusts no other CA for the backend)");
        }
        boolean caOk = ca.isPresent() && check(Keys.BACKEND_CA, () -> PemFiles.certificates(ca.get()));
        Optional<Optional<PinnedTls.ClientCredentials>> client = clientCredentials();
        if (!caOk || client.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Optional.of(new PinnedTls(ca.get(), client.get())));
    }

    private Optional<Optional<PinnedTls.ClientCredentials>> clientCredentials() {
        Optional<Path> key = settings.path(Keys.BACKEND_CLIENT_KEY, false);
        Optional<Path> chain = settings.path(Keys.BACKEND_CLIENT_CERTIFICATE, false);
        boolean keySet = settings.isSet(Keys.BACKEND_CLIENT_KEY);
        boolean chainSet = settings.isSet(Keys.BACKEND_CLIENT_CERTIFICATE);
        if (!keySet && !chainSet) {
            return Optional.of(Optional.empty());
        }
        if (keySet != chainSet) {
            String missing = keySet ? Keys.BACKEND_CLIENT_CERTIFICATE : Keys.BACKEND_CLIENT_KEY;
            settings.problem(missing, "must be set together with " + (keySet ? Keys.BACKEND_CLIENT_KEY
                    : Keys.BACKEND_CLIENT_CERTIFICATE) + ": mutual TLS needs both the key and its certificate"
                    + " (or remove both)");
            return Optional.empty();
        }
        if (key.isEmpty() || chain.isEmpty()) {
            return Optional.empty();
        }
        Optional<PrivateKey> privateKey = value(Keys.BACKEND_CLIENT_KEY, () -> {
            PrivateKey read = PemFiles.privateKey(key.get());
            TlsFiles.requireNotWorldReadable(key.get()); // after reading: only a real key needs hiding
            return read;
        });
        Optional<List<X509Certificate>> certificates = value(Keys.BACKEND_CLIENT_CERTIFICATE,
                () -> PemFiles.certificates(chain.get()));
        if (privateKey.isEmpty() || certificates.isEmpty()) {
            return Optional.empty();
        }
        boolean matches = check(Keys.BACKEND_CLIENT_KEY, () -> {
            TlsFiles.requireKeyMatches(privateKey.get(), certificates.get().get(0), key.get(), chain.get());
            return null;
        });
        return matches ? Optional.of(Optional.of(new PinnedTls.ClientCredentials(key.get(), chain.get())))
                : Optional.empty();
    }

    private interface FileCheck<T> {
        T run() throws PemFiles.Unusable;
    }

    private <T> Optional<T> value(String key, FileCheck<T> check) {
        try {
            return Optional.of(check.run());
        } catch (PemFiles.Unusable e) {
            settings.problem(key, e.getMessage());
            return Optional.empty();
        }
    }

    private boolean check(String key, FileCheck<?> check) {
        try {
            check.run();
            return true;
        } catch (PemFiles.Unusable e) {
            settings.problem(key, e.getMessage());
            return false;
        }
    }

    // --- trust, data ---

    private Optional<TrustStore> trustStore(Path directory) {
        TrustStore store;
        try {
            store = TrustStore.load(directory, clock);
        } catch (NoSuchFileException e) {
            settings.problem(Keys.TRUST_DIRECTORY, directory + ": folder not found (it must hold the CSCA"
                    + " certificates and CRLs)");
            return Optional.empty();
        } catch (AccessDeniedException e) {
            settings.problem(Keys.TRUST_DIRECTORY, directory + " cannot be read by the kiosk's user");
            return Optional.empty();
        } catch (IOException e) {
            settings.problem(Keys.TRUST_DIRECTORY, directory + " cannot be read: " + e.getMessage());
            return Optional.empty();
        }
        if (!store.hasAnchors()) {
            // without a CSCA no chip can be verified: every card would be refused, so do not start
            String skipped = store.problems().stream().limit(MAX_TRUST_PROBLEMS_SHOWN).map(Object::toString)
                    .collect(Collectors.joining("; "));
            settings.problem(Keys.TRUST_DIRECTORY, directory + " holds no CSCA certificate (self-signed CA"
                    + " certificate in a .pem .crt .cer .der or master list .ml file)"
                    + (skipped.isEmpty() ? "" : "; skipped: " + skipped));
            return Optional.empty();
        }
        return Optional.of(store);
    }

    private Optional<Path> dataDirectory() {
        Optional<Path> dir = settings.path(Keys.DATA_DIRECTORY, DEFAULT_DATA_DIRECTORY.toString());
        // a folder that does not exist yet is fine: the outbox creates it
        if (dir.isPresent() && Files.exists(dir.get()) && !Files.isDirectory(dir.get())) {
            settings.problem(Keys.DATA_DIRECTORY, dir.get() + " exists but is not a folder");
            return Optional.empty();
        }
        return dir;
    }

    // --- flows ---

    private Optional<FlowSettings> flowSettings() {
        Optional<List<ServiceKind>> services = services();
        Map<ServiceKind, Assurance> minimum = new EnumMap<>(ServiceKind.class);
        boolean assurancesOk = true;
        for (ServiceKind kind : ServiceKind.values()) {
            String key = Keys.assurance(kind);
            Optional<String> value = settings.optional(key);
            if (value.isPresent()) {
                Optional<Assurance> level = settings.constant(key, value.get(), Assurance.class, "assurance level");
                level.ifPresent(a -> minimum.put(kind, a));
                assurancesOk &= level.isPresent();
            }
        }
        Optional<Integer> idle = settings.seconds(Keys.IDLE_TIMEOUT, 90, 10, 3600);
        Optional<Integer> warning = settings.seconds(Keys.IDLE_WARNING, 20, 1, 600);
        Optional<Integer> receipt = settings.seconds(Keys.RECEIPT_TIMEOUT, 30, 5, 600);
        if (idle.isPresent() && warning.isPresent() && warning.get() >= idle.get()) {
            settings.problem(Keys.IDLE_WARNING, "must be shorter than " + Keys.IDLE_TIMEOUT + " (" + idle.get()
                    + "): the warning shows that many seconds before the session is wiped");
            warning = Optional.empty();
        }
        Optional<Locale> language = language();
        Optional<Boolean> voice = settings.onOff(Keys.VOICE, true);
        if (services.isEmpty() || !assurancesOk || idle.isEmpty() || warning.isEmpty() || receipt.isEmpty()
                || language.isEmpty() || voice.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new FlowSettings(services.get(), minimum, Duration.ofSeconds(idle.get()),
                    Duration.ofSeconds(warning.get()), Duration.ofSeconds(receipt.get()), language.get(), voice.get()));
        } catch (IllegalArgumentException e) {
            // FlowSettings may learn rules the checks above do not know yet
            settings.problem(Keys.SERVICES, "the flow settings are not consistent: " + e.getMessage());
            return Optional.empty();
        }
    }

    private Optional<List<ServiceKind>> services() {
        Optional<String> value = settings.optional(Keys.SERVICES);
        if (value.isEmpty()) {
            return Optional.of(List.of(ServiceKind.values()));
        }
        List<ServiceKind> services = new ArrayList<>();
        boolean ok = true;
        for (String name : value.get().split(",")) {
            if (name.isBlank()) {
                continue;
            }
            Optional<ServiceKind> kind = settings.constant(Keys.SERVICES, name.strip(), ServiceKind.class, "service");
            if (kind.isPresent() && services.contains(kind.get())) {
                settings.problem(Keys.SERVICES, "lists " + kind.get() + " twice");
                ok = false;
            } else if (kind.isPresent()) {
                services.add(kind.get());
            } else {
                ok = false;
            }
        }
        if (ok && services.isEmpty()) {
            settings.problem(Keys.SERVICES, "must list at least one of " + Settings.names(ServiceKind.class));
            ok = false;
        }
        return ok ? Optional.of(List.copyOf(services)) : Optional.empty();
    }

    private Optional<Locale> language() {
        String value = settings.optional(Keys.LANGUAGE).orElse("vi");
        if (value.equalsIgnoreCase("vi")) {
            return Optional.of(FlowSettings.VIETNAMESE);
        }
        if (value.equalsIgnoreCase("en")) {
            return Optional.of(Locale.ENGLISH);
        }
        settings.problem(Keys.LANGUAGE, "must be vi (Tiếng Việt) or en (English), found \"" + value + "\"");
        return Optional.empty();
    }

    // --- operator, scanner ---

    private Optional<OperatorPin> operatorPin() {
        Optional<String> stored = settings.required(Keys.OPERATOR_PIN);
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        // never quote the value: it is a hash, or worse, the PIN itself
        if (stored.get().matches("[0-9]{1,32}")) {
            settings.problem(Keys.OPERATOR_PIN, "holds a PIN, not its hash; store the hash that " + PIN_TOOL
                    + " prints instead");
            return Optional.empty();
        }
        try {
            return Optional.of(OperatorPin.parse(stored.get()));
        } catch (IllegalArgumentException e) {
            settings.problem(Keys.OPERATOR_PIN, e.getMessage() + "; make one with " + PIN_TOOL);
            return Optional.empty();
        }
    }

    private Optional<Optional<Path>> scannerSerial() {
        Optional<String> device = settings.optional(Keys.SCANNER_SERIAL);
        if (device.isEmpty()) {
            return Optional.of(Optional.empty());
        }
        if (!device.get().startsWith("/")) {
            settings.problem(Keys.SCANNER_SERIAL, "must be a device path such as /dev/ttyACM0");
            return Optional.empty();
        }
        // not checked for existence: a USB scanner may be plugged in after the kiosk starts
        return settings.path(Keys.SCANNER_SERIAL, false).map(Optional::of);
    }
}
