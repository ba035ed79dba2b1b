package vn.kiosk.simulator.backend;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Objects;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * HTTPS with client-certificate authentication: the backend's own key and certificate, and the CA(s)
 * whose kiosk certificates it accepts. Both are PKCS#12 files, the JDK's native format.
 *
 * @param keyStore         PKCS#12 with the backend's private key and certificate chain
 * @param clientTrustStore PKCS#12 with the CA certificates that issue kiosk certificates
 */
public record TlsSettings(Path keyStore, char[] keyStorePassword, Path clientTrustStore, char[] trustStorePassword) {
    public TlsSettings {
        Objects.requireNonNull(keyStore, "keyStore");
        Objects.requireNonNull(clientTrustStore, "clientTrustStore");
        keyStorePassword = keyStorePassword.clone();
        trustStorePassword = trustStorePassword.clone();
    }

    SSLContext context() throws IOException {
        try {
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(load(keyStore, keyStorePassword), keyStorePassword);
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(load(clientTrustStore, trustStorePassword));
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), trust.getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot set up TLS from " + keyStore + " and " + clientTrustStore + ": "
                    + e.getMessage(), e);
        }
    }

    private static KeyStore load(Path file, char[] password) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            store.load(in, password);
        }
        return store;
    }

    @Override
    public String toString() {
        return "TlsSettings[" + keyStore + ", clients from " + clientTrustStore + "]";
    }
}
