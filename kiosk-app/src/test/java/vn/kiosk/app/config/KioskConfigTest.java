package vn.kiosk.app.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.kiosk.app.backend.PinnedTls;
import vn.kiosk.app.flow.FlowSettings;
import vn.kiosk.app.flow.ReceiptPrinter;
import vn.kiosk.app.flow.ServiceKind;
import vn.kiosk.app.runtime.RuntimeSetup;
import vn.kiosk.reader.identity.Assurance;
import vn.kiosk.simulator.pcsc.VirtualReaders;
import vn.kiosk.simulator.pki.TestPki;

class KioskConfigTest {

    @TempDir
    Path dir;

    ConfigFixture fx;

    @BeforeEach
    void files() throws IOException {
        fx = ConfigFixture.create(dir);
    }

    private ConfigException fails(Map<String, String> settings) throws IOException {
        Path file = fx.write(settings);
        return assertThrows(ConfigException.class, () -> KioskConfig.load(file));
    }

    private static String only(ConfigException e, String key) {
        List<String> messages = e.problems().stream().filter(p -> p.key().equals(Optional.of(key)))
                .map(ConfigException.Problem::message).toList();
        assertEquals(1, messages.size(), () -> "expected one problem with " + key + " in:\n" + e.getMessage());
        return messages.get(0);
    }

    // --- valid files ---

    @Test
    void aFullFileLoadsIntoTypedSettings() throws IOException {
        KioskConfig c = KioskConfig.load(fx.write(fx.full()));

        assertEquals("KIOSK-HN-01", c.kioskId());
        assertEquals("KIOSK-HN-01", c.backend().kioskId());
        assertEquals(URI.create("https://kiosk-backend.example.org:8443/"), c.backend().baseUrl());
        PinnedTls tls = c.backend().tls().orElseThrow();
        assertEquals(fx.backendCa, tls.backendCaPem());
        assertEquals(new PinnedTls.ClientCredentials(fx.clientKey, fx.clientCertificate), tls.client().orElseThrow());
        assertEquals(fx.trustDirectory, c.trustDirectory());
        assertEquals(1, c.trust().anchors().size());
        assertEquals(1, c.trust().crls().size());
        assertEquals(Optional.of("ACS ACR1281U"), c.readerName());
        assertEquals(fx.data, c.dataDirectory());
        assertEquals(fx.data.resolve("outbox.db"), c.outboxDatabase());
        assertEquals(fx.data.resolve("outbox.key"), c.outboxKeyFile());
        assertEquals(fx.data.resolve("tickets"), c.ticketDirectory());
        assertEquals("escpos:tcp://10.0.0.5:9100;width=80;codepage=cp1258", c.printer());

        FlowSettings flow = c.flow();
        assertEquals(List.of(ServiceKind.NOTARY, ServiceKind.CLINIC), flow.services());
        assertEquals(Assurance.CHIP_CLONE_CHECKED, flow.minimum(ServiceKind.PUBLIC_SERVICE));
        assertEquals(Assurance.CHIP_VERIFIED, flow.minimum(ServiceKind.CLINIC));
        assertEquals(Assurance.CHIP_VERIFIED, flow.minimum(ServiceKind.NOTARY));
        assertEquals(Duration.ofSeconds(120), flow.idleTimeout());
        assertEquals(Duration.ofSeconds(30), flow.idleWarning());
        assertEquals(Duration.ofSeconds(45), flow.receiptTimeout());
        assertEquals(Locale.ENGLISH, flow.language());
        assertFalse(flow.voice());

        assertTrue(c.operatorPin().matches(ConfigFixture.PIN.toCharArray()));
        assertEquals(Optional.of(Path.of("/dev/ttyACM0")), c.scannerSerial());
        assertFalse(c.scannerKeyboard());
        assertFalse(c.toString().contains(ConfigFixture.PIN_HASH.split(":")[3]), "the hash is not printed");
    }

    @Test
    void onlyTheRequiredSettingsGiveTheDefaults() throws IOException {
        KioskConfig c = KioskConfig.load(fx.write(fx.minimal()));

        assertEquals(FlowSettings.defaults(), c.flow());
        assertEquals(Path.of("/var/lib/cccd-kiosk"), c.dataDirectory());
        assertEquals("none", c.printer());
        assertEquals(Optional.empty(), c.readerName());
        assertEquals(Optional.empty(), c.scannerSerial());
        assertTrue(c.scannerKeyboard());
    }

    @Test
    void serverOnlyTlsNeedsNoClientPair() throws IOException {
        Map<String, String> s = fx.minimal();
        s.remove("backend.client-key");
        s.remove("backend.client-certificate");
        KioskConfig c = KioskConfig.load(fx.write(s));
        assertEquals(new PinnedTls(fx.backendCa, Optional.empty()), c.backend().tls().orElseThrow());
    }

    @Test
    void plainHttpToThisMachineNeedsNoTls() throws IOException {
        Map<String, String> s = fx.minimal();
        s.put("backend.url", "http://127.0.0.1:8080/");
        s.remove("backend.ca");
        s.remove("backend.client-key");
        s.remove("backend.client-certificate");
        KioskConfig c = KioskConfig.load(fx.write(s));
        assertEquals(Optional.empty(), c.backend().tls());
    }

    @Test
    void relativePathsAreTakenFromTheFilesFolder() throws IOException {
        Map<String, String> s = fx.minimal();
        s.put("trust.directory", "pki/trust");
        s.put("backend.ca", "pki/" + TestPki.CSCA_FILE);
        s.put("data.directory", "data");
        KioskConfig c = KioskConfig.load(fx.write(s));
        assertEquals(fx.trustDirectory, c.trustDirectory());
        assertEquals(fx.backendCa, c.backend().tls().orElseThrow().backendCaPem());
        assertEquals(fx.data, c.dataDirectory());
    }

    @Test
    void vietnameseTextAndAByteOrderMarkAreRead() throws IOException {
        Map<String, String> s = fx.minimal();
        s.put("reader.name", "Đầu đọc thẻ tầng 1");
        String text = "\uFEFF# Kiosk tự phục vụ — Bộ phận Một cửa, xã Hòa Bình\n"
                + "# Mã định danh của kiosk: đúng như hệ thống trung tâm đã đăng ký\n";
        StringBuilder body = new StringBuilder(text);
        s.forEach((k, v) -> body.append(k).append(" = ").append(v).append("   \n"));
        KioskConfig c = KioskConfig.load(fx.write(body.toString()));
        assertEquals(Optional.of("Đầu đọc thẻ tầng 1"), c.readerName());
        assertEquals("KIOSK-HN-01", c.kioskId(), "trailing spaces are not part of a value");
    }

    @Test
    void aFileInAnotherEncodingIsRefused() throws IOException {
        Path file = fx.write(fx.minimal());
        Files.write(file, ("# Kiosk x\u00e3 H\u00f2a B\u00ecnh\n" + Files.readString(file))
                .getBytes(StandardCharsets.ISO_8859_1));
        ConfigException e = assertThrows(ConfigException.class, () -> KioskConfig.load(file));
        assertEquals(file + ": is not UTF-8 text; save it as UTF-8 (without BOM is best)", e.getMessage());
    }

    @Test
    void aMissingFileSaysSo() {
        Path file = dir.resolve("nowhere.properties");
        ConfigException e = assertThrows(ConfigException.class, () -> KioskConfig.load(file));
        assertEquals(file + ": file not found", e.getMessage());
        assertEquals(file, e.file());
    }

    // --- missing and wrong settings ---

    @ParameterizedTest
    @ValueSource(strings = {"kiosk.id", "backend.url", "trust.directory", "operator.pin", "backend.ca"})
    void eachRequiredSettingIsRequired(String key) throws IOException {
        Map<String, String> s = fx.minimal();
        s.remove(key);
        ConfigException e = fails(s);
        assertTrue(only(e, key).startsWith("is required"), e::getMessage);
        assertTrue(e.getMessage().startsWith(dir.resolve("kiosk.properties") + ": " + key + ": is required"),
                e::getMessage);
    }

    @Test
    void aBlankValueCountsAsMissing() throws IOException {
        Map<String, String> s = fx.minimal();
        s.put("kiosk.id", "  ");
        assertEquals("is required but not set", only(fails(s), "kiosk.id"));
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', value = {
        "kiosk.id|kiosk 01|must be 1 to 64 letters",
        "kiosk.id|ki\u1ed1t-01|must be 1 to 64 letters",
        "backend.url|not a url|is not a valid URL",
        "backend.url|backend.example.org|must start with https://",
        "backend.url|ftp://backend.example.org/|must start with https://",
        "backend.url|https:///api|has no valid host name",
        "backend.url|https://user:secret@backend.example.org/|must not contain a user name or password",
        "backend.url|https://backend.example.org/?x=1|without ?query or #fragment",
        "backend.url|https://backend.example.org/api/v1/|without /api/v1",
        "services|PUBLIC_SERVICE,CLINC|\"CLINC\" is not a known service; use one of PUBLIC_SERVICE, CLINIC, NOTARY",
        "services|CLINIC,CLINIC|lists CLINIC twice",
        "services|,|must list at least one of",
        "assurance.NOTARY|CHIP_VERIFYED|\"CHIP_VERIFYED\" is not a known assurance level; use one of"
                + " CHIP_CLONE_CHECKED, CHIP_VERIFIED, CHIP_UNVERIFIED, QR_ONLY",
        "idle.timeout.seconds|ninety|must be a whole number of seconds from 10 to 3600",
        "idle.timeout.seconds|5|must be a whole number of seconds from 10 to 3600",
        "idle.warning.seconds|90|must be shorter than idle.timeout.seconds (90)",
        "idle.warning.seconds|120|must be shorter than idle.timeout.seconds (90)",
        "receipt.timeout.seconds|0|must be a whole number of seconds from 5 to 600",
        "language|fr|must be vi (Tiếng Việt) or en (English)",
        "voice|yes|must be on or off",
        "scanner.keyboard|1|must be on or off",
        "scanner.serial|ttyACM0|must be a device path such as /dev/ttyACM0",
        "operator.pin|pbkdf2-sha256:1000:00112233445566778899aabbccddeeff:"
                + "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff|iteration count must be from",
        "operator.pin|sha256:abc|not a PIN hash",
    })
    void eachBadValueIsNamedWithItsKey(String key, String value, String expected) throws IOException {
        Map<String, String> s = fx.minimal();
        s.put(key, value);
        String message = only(fails(s), key);
        assertTrue(message.contains(expected), () -> "\"" + message + "\" should contain \"" + expected + "\"");
    }

    @Test
    void plainHttpToAnotherMachineIsRefusedInPlainWords() throws IOException {
        Map<String, String> s = fx.minimal();
        s.put("backend.url", "http://10.0.0.5:8080/");
        s.remove("backend.ca");
        s.remove("backend.client-key");
        s.remove("backend.client-certificate");
        ConfigException e = fails(s);
        assertEquals(dir.resolve("kiosk.properties") + ": backend.url: plain http is only allowed on this machine"
                + " (127.0.0.1, ::1 or localhost); use https", e.getMessage());
    }

    @Test
    void tlsFilesWithPlainHttpAreRefusedRatherThanIgnored() throws IOException {
        Map<String, String> s = fx.minimal();
        s.put("backend.url", "http://localhost:8080/");
        ConfigException e = fails(s);
        for (String key : List.of("backend.ca", "backend.client-key", "backend.client-certificate")) {
            assertEquals("is only used with an https backend.url; remove it or use https", only(e, key));
        }
    }

    @Test
    void aPinInsteadOfItsHashIsRefusedWithoutQuotingIt() throws IOException {
        Map<String, String> s = fx.minimal();
        s.put("operator.pin", "864209");
        ConfigException e = fails(s);
        String message = only(e, "operator.pin");
        assertTrue(message.startsWith("holds a PIN, not its hash; store the hash that java -cp kiosk-app.jar"
                + " vn.kiosk.app.config.PinHashTool prints"), message);
        e.problems().forEach(p -> assertFalse(p.message().contains("864209")));
    }

    @Test
    void aMalformedHashIsNotQuotedEither() throws IOException {
        Map<String, String> s = fx.minimal();
        s.put("operator.pin", "pbkdf2-sha256:600000:zz-secret-zz:00");
        ConfigException e = fails(s);
        assertTrue(only(e, "operator.pin").contains("salt is not hexadecimal"));
        assertFalse(e.getMessage().contains("zz-secret-zz"));
    }

    @Test
    void anUnknownKeyIsATypoWithASuggestionAndTheListOfKnownKeys() throws IOException {
        Map<String, String> s = fx.minimal();
        s.put("idle.timeout", "60");
        s.put("assurance.clinic", "QR_ONLY");
        s.put("colour", "blue");
        ConfigException e = fails(s);
        String known = "the known settings are kiosk.id, backend.url, backend.ca, backend.client-key,"
                + " backend.client-certificate, trust.directory, reader.name, data.directory, printer, services,"
                + " assurance.PUBLIC_SERVICE, assurance.CLINIC, assurance.NOTARY, idle.timeout.seconds,"
                + " idle.warning.seconds, receipt.timeout.seconds, language, voice, operator.pin, scanner.serial,"
                + " scanner.keyboard";
        assertEquals("unknown setting; did you mean idle.timeout.seconds? " + known, only(e, "idle.timeout"));
        assertEquals("unknown setting; did you mean assurance.CLINIC? " + known, only(e, "assurance.clinic"));
        assertEquals("unknown setting; " + known, only(e, "colour"));
    }

    @Test
    void aKeySetTwiceIsRefused() throws IOException {
        Path file = fx.write(fx.minimal());
        Files.writeString(file, Files.readString(file) + "kiosk.id=KIOSK-HN-02\n");
        ConfigException e = assertThrows(ConfigException.class, () -> KioskConfig.load(file));
        assertEquals("is set more than once; keep only one line", only(e, "kiosk.id"));
    }

    @Test
    void everyProblemIsReportedAtOnceOneLineEach() throws IOException {
        Map<String, String> s = fx.minimal();
        s.put("kiosk.id", "kiosk 01");
        s.put("language", "fr");
        s.remove("operator.pin");
        ConfigException e = fails(s);
        assertEquals(3, e.problems().size(), e::getMessage);
        String file = dir.resolve("kiosk.properties").toString();
        List<String> lines = e.getMessage().lines().toList();
        assertEquals(3, lines.size());
        assertTrue(lines.stream().allMatch(l -> l.startsWith(file + ": ")), e::getMessage);
        assertTrue(e.concerns("kiosk.id") && e.concerns("language") && e.concerns("operator.pin"));
    }

    // --- the trust folder ---

    @Test
    void aMissingTrustFolderIsNamed() throws IOException {
        Map<String, String> s = fx.minimal();
        Path missing = dir.resolve("no-trust");
        s.put("trust.directory", missing.toString());
        assertEquals(missing + ": folder not found (it must hold the CSCA certificates and CRLs)",
                only(fails(s), "trust.directory"));
    }

    @Test
    void anEmptyTrustFolderIsRefused() throws IOException {
        Map<String, String> s = fx.minimal();
        Path empty = Files.createDirectory(dir.resolve("empty-trust"));
        s.put("trust.directory", empty.toString());
        assertTrue(only(fails(s), "trust.directory").startsWith(empty + " holds no CSCA certificate"));
    }

    @Test
    void aTrustFolderWithoutCscaSaysWhatWasSkipped() throws IOException {
        Map<String, String> s = fx.minimal();
        Path folder = Files.createDirectory(dir.resolve("wrong-trust"));
        Files.writeString(folder.resolve("README.txt"), "put the CSCA here");
        Files.copy(fx.clientCertificate, folder.resolve("ds.pem")); // a document signer is not an anchor
        s.put("trust.directory", folder.toString());
        String message = only(fails(s), "trust.directory");
        assertTrue(message.startsWith(folder + " holds no CSCA certificate"), message);
        assertTrue(message.contains("skipped: README.txt: skipped: not a"), message);
    }

    // --- backend TLS files ---

    @ParameterizedTest
    @ValueSource(strings = {"backend.client-key", "backend.client-certificate"})
    void halfAMutualTlsPairIsRefused(String present) throws IOException {
        String missing = present.equals("backend.client-key") ? "backend.client-certificate" : "backend.client-key";
        Map<String, String> s = fx.minimal();
        s.remove(missing);
        assertEquals("must be set together with " + present + ": mutual TLS needs both the key and its certificate"
                + " (or remove both)", only(fails(s), missing));
    }

    @Test
    void aCaFileWithoutCertificateIsRefused() throws IOException {
        Path notPem = Files.writeString(dir.resolve("ca.pem"), "this is not a certificate\n");
        Map<String, String> s = fx.minimal();
        s.put("backend.ca", notPem.toString());
        assertEquals(notPem + " holds no certificate (expected -----BEGIN CERTIFICATE-----)",
                only(fails(s), "backend.ca"));
    }

    @Test
    void aMissingCaFileIsNamed() throws IOException {
        Map<String, String> s = fx.minimal();
        s.put("backend.ca", dir.resolve("nope.pem").toString());
        assertEquals(dir.resolve("nope.pem") + ": file not found", only(fails(s), "backend.ca"));
    }

    @Test
    void aKeyOfAnotherCertificateIsRefused() throws IOException {
        Path other = dir.resolve("other");
        TestPki.generate().write(other);
        Map<String, String> s = fx.minimal();
        s.put("backend.client-key", other.resolve(TestPki.DS_KEY_FILE).toString());
        assertTrue(only(fails(s), "backend.client-key").contains("is not the private key of the first certificate in "
                + fx.clientCertificate));
    }

    @Test
    void aCertificateInPlaceOfTheKeyIsRefused() throws IOException {
        Map<String, String> s = fx.minimal();
        s.put("backend.client-key", fx.clientCertificate.toString());
        assertEquals(fx.clientCertificate + " holds no private key (expected -----BEGIN PRIVATE KEY-----)",
                only(fails(s), "backend.client-key"));
    }

    @Test
    void aKeyEveryoneCanReadIsRefused() throws IOException {
        if (!Files.getFileStore(fx.clientKey).supportsFileAttributeView("posix")) {
            return;
        }
        Files.setPosixFilePermissions(fx.clientKey, PosixFilePermissions.fromString("rw-r--r--"));
        Map<String, String> s = fx.minimal();
        assertEquals(fx.clientKey + " is readable by every user of the machine; chmod o-r it",
                only(fails(s), "backend.client-key"));
    }

    @Test
    void aDataDirectoryThatIsAFileIsRefused() throws IOException {
        Path file = Files.writeString(dir.resolve("data-file"), "x");
        Map<String, String> s = fx.minimal();
        s.put("data.directory", file.toString());
        assertEquals(file + " exists but is not a folder", only(fails(s), "data.directory"));
    }

    // --- what the configuration builds ---

    @Test
    void theOutboxKeyIsCreatedInTheDataFolderAndTheRuntimeSetupIsComplete() throws IOException {
        Map<String, String> s = fx.full();
        KioskConfig c = KioskConfig.load(fx.write(s));
        assertFalse(Files.exists(c.outboxKeyFile()), "loading writes nothing");

        SecretKey key = c.loadOrCreateOutboxKey();
        assertEquals(32, key.getEncoded().length);
        assertTrue(Files.exists(c.outboxKeyFile()));

        RuntimeSetup setup = c.runtimeSetup(VirtualReaders.named("R1").terminalFactory(), ReceiptPrinter.NONE,
                Clock.systemUTC());
        assertEquals(c.backend(), setup.backend());
        assertEquals(c.outboxDatabase(), setup.outboxDatabase());
        assertEquals(c.flow(), setup.settings());
        assertEquals(c.trust(), setup.trust());
    }
}
