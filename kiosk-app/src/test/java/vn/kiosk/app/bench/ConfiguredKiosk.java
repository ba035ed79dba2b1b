package vn.kiosk.app.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Comparator;
import java.util.stream.Stream;
import vn.kiosk.app.config.OperatorPin;
import vn.kiosk.simulator.pki.TestPki;

/**
 * A configured kiosk's files, as an operator installs them (compare the config tests' fixture): the
 * test PKI's CSCA and CRL as the trust folder, and its CSCA and document-signer pair standing in for
 * the backend CA and the kiosk's mutual-TLS client pair (the kiosk only checks they are PEM and belong
 * together). The backend address is on this machine and nothing listens there: a start does not call
 * the backend.
 */
final class ConfiguredKiosk {
    private ConfiguredKiosk() {
    }

    /** Writes the files under {@code dir}; returns the kiosk.properties. */
    static Path write(Path dir) throws IOException {
        Path pki = dir.resolve("pki");
        TestPki.generate().write(pki);
        String properties = String.join("\n",
                "kiosk.id=KIOSK-BENCH-01",
                "backend.url=https://127.0.0.1:9/",
                "backend.ca=" + pki.resolve(TestPki.CSCA_FILE),
                "backend.client-key=" + pki.resolve(TestPki.DS_KEY_FILE),
                "backend.client-certificate=" + pki.resolve(TestPki.DS_FILE),
                "trust.directory=" + TestPki.trustDirectory(pki),
                "data.directory=" + dir.resolve("data"),
                "operator.pin=" + OperatorPin.hash("1357".toCharArray(), new SecureRandom()),
                "");
        Path file = dir.resolve("kiosk.properties");
        Files.writeString(file, properties, StandardCharsets.UTF_8);
        return file;
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
