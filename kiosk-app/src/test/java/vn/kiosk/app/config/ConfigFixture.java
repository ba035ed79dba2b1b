package vn.kiosk.app.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.kiosk.simulator.pki.TestPki;

/**
 * A kiosk's files in a temporary folder: the simulator's test PKI supplies the trust folder (its CSCA
 * and CRL), and doubles as the backend TLS material (its CSCA as the backend CA, its document signer's
 * key and certificate as the kiosk's client pair: the configuration only checks that they are PEM and
 * belong together).
 */
final class ConfigFixture {
    static final String PIN = "2580";
    static final String PIN_HASH = OperatorPin.hash(PIN.toCharArray(), new SecureRandom());

    final Path dir;
    final Path trustDirectory;
    final Path backendCa;
    final Path clientKey;
    final Path clientCertificate;
    final Path data;

    private ConfigFixture(Path dir, Path pkiDir) {
        this.dir = dir;
        this.trustDirectory = TestPki.trustDirectory(pkiDir);
        this.backendCa = pkiDir.resolve(TestPki.CSCA_FILE);
        this.clientKey = pkiDir.resolve(TestPki.DS_KEY_FILE);
        this.clientCertificate = pkiDir.resolve(TestPki.DS_FILE);
        this.data = dir.resolve("data");
    }

    static ConfigFixture create(Path dir) throws IOException {
        Path pkiDir = dir.resolve("pki");
        TestPki.generate().write(pkiDir);
        return new ConfigFixture(dir, pkiDir);
    }

    /** The required settings, with mutual TLS. */
    Map<String, String> minimal() {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("kiosk.id", "KIOSK-HN-01");
        s.put("backend.url", "https://kiosk-backend.example.org:8443/");
        s.put("backend.ca", backendCa.toString());
        s.put("backend.client-key", clientKey.toString());
        s.put("backend.client-certificate", clientCertificate.toString());
        s.put("trust.directory", trustDirectory.toString());
        s.put("operator.pin", PIN_HASH);
        return s;
    }

    /** Every setting, none at its default. */
    Map<String, String> full() {
        Map<String, String> s = minimal();
        s.put("reader.name", "ACS ACR1281U");
        s.put("data.directory", data.toString());
        s.put("printer", "escpos:tcp://10.0.0.5:9100;width=80;codepage=cp1258");
        s.put("services", "NOTARY, CLINIC");
        s.put("assurance.PUBLIC_SERVICE", "CHIP_CLONE_CHECKED");
        s.put("assurance.CLINIC", "CHIP_VERIFIED");
        s.put("assurance.NOTARY", "CHIP_VERIFIED");
        s.put("idle.timeout.seconds", "120");
        s.put("idle.warning.seconds", "30");
        s.put("receipt.timeout.seconds", "45");
        s.put("language", "en");
        s.put("voice", "off");
        s.put("scanner.serial", "/dev/ttyACM0");
        s.put("scanner.keyboard", "off");
        return s;
    }

    Path write(Map<String, String> settings) throws IOException {
        StringBuilder text = new StringBuilder("# Cấu hình kiosk — Ủy ban nhân dân phường Điện Biên\n");
        settings.forEach((k, v) -> text.append(k).append('=').append(v).append('\n'));
        return write(text.toString());
    }

    Path write(String text) throws IOException {
        Path file = dir.resolve("kiosk.properties");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
