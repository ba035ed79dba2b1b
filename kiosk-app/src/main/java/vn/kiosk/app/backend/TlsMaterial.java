package vn.kiosk.app.backend;

import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * Turns {@link PinnedTls} PEM files into what OkHttp needs. PEM parsing is Bouncy Castle's PEMParser;
 * key stores, key managers and PKIX trust are the JCA's: nothing here implements TLS or X.509 logic.
 */
final class TlsMaterial {

    // The key store lives only in memory for the SSLContext's sake; this is not a secret, there is nothing
    // stored under it.
    private static final char[] IN_MEMORY_PASSWORD = "in-memory".toCharArray();

    record Setup(SSLSocketFactory socketFactory, X509TrustManager trustManager) {
    }

    private TlsMaterial() {
    }

    static Setup load(PinnedTls tls) {
        try {
            X509TrustManager trust = pinnedTrust(readCertificates(tls.backendCaPem()));
            KeyManager[] keys = null;
            if (tls.client().isPresent()) {
                PinnedTls.ClientCredentials c = tls.client().get();
                keys = keyManagers(readPrivateKey(c.privateKeyPem()), readCertificates(c.certificateChainPem()));
            }
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys, new TrustManager[] {trust}, null);
            return new Setup(context.getSocketFactory(), trust);
        } catch (GeneralSecurityException e) {
            throw new BackendConfigException("cannot build the TLS context from the configured PEM files", e);
        }
    }

    /** A trust manager whose only anchors are the given certificates: the system CAs are deliberately absent. */
    static X509TrustManager pinnedTrust(List<X509Certificate> anchors) throws GeneralSecurityException {
        KeyStore store = emptyStore();
        for (int i = 0; i < anchors.size(); i++) {
            store.setCertificateEntry("backend-ca-" + i, anchors.get(i));
        }
        TrustManagerFactory factory = TrustManagerFactory.getInstance("PKIX");
        factory.init(store);
        for (TrustManager tm : factory.getTrustManagers()) {
            if (tm instanceof X509TrustManager) {
                return (X509TrustManager) tm;
            }
        }
        throw new BackendConfigException("the JCA offers no X509TrustManager");
    }

    static KeyManager[] keyManagers(PrivateKey key, List<X509Certificate> chain) throws GeneralSecurityException {
        KeyStore store = emptyStore();
        store.setKeyEntry("kiosk", key, IN_MEMORY_PASSWORD, chain.toArray(new X509Certificate[0]));
        KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        factory.init(store, IN_MEMORY_PASSWORD);
        return factory.getKeyManagers();
    }

    static List<X509Certificate> readCertificates(Path pem) {
        try {
            return PemFiles.certificates(pem);
        } catch (PemFiles.Unusable e) {
            throw new BackendConfigException(e.getMessage(), e);
        }
    }

    static PrivateKey readPrivateKey(Path pem) {
        try {
            return PemFiles.privateKey(pem);
        } catch (PemFiles.Unusable e) {
            throw new BackendConfigException(e.getMessage(), e);
        }
    }

    private static KeyStore emptyStore() throws GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try {
            store.load(null, null);
        } catch (IOException e) {
            throw new GeneralSecurityException("cannot initialise an empty key store", e);
        }
        return store;
    }
}
