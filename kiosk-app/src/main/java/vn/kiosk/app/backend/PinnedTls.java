package vn.kiosk.app.backend;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * HTTPS with the backend's CA certificate as the only trust anchor (the system trust store is not
 * consulted, so a certificate from any public CA is refused), and optionally the kiosk's own key and
 * certificate for mutual TLS. Hostname verification stays on.
 *
 * @param backendCaPem PEM file with the backend CA certificate(s) to pin
 * @param client       the kiosk's own credentials; empty for server-authenticated TLS only
 */
public record PinnedTls(Path backendCaPem, Optional<ClientCredentials> client) {

    public PinnedTls {
        Objects.requireNonNull(backendCaPem, "backendCaPem");
        Objects.requireNonNull(client, "client");
    }

    public static PinnedTls mutual(Path backendCaPem, Path clientKeyPem, Path clientCertificateChainPem) {
        return new PinnedTls(backendCaPem, Optional.of(new ClientCredentials(clientKeyPem, clientCertificateChainPem)));
    }

    /**
     * @param privateKeyPem        unencrypted PKCS#8 ("PRIVATE KEY") or traditional ("EC/RSA PRIVATE KEY") PEM;
     *                             the file's permissions are what protect it on the kiosk
     * @param certificateChainPem  the kiosk certificate first, then any intermediates
     */
    public record ClientCredentials(Path privateKeyPem, Path certificateChainPem) {
        public ClientCredentials {
            Objects.requireNonNull(privateKeyPem, "privateKeyPem");
            Objects.requireNonNull(certificateChainPem, "certificateChainPem");
        }
    }
}
