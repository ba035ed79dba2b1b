package vn.kiosk.app.backend;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;

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
        List<X509Certificate> out = new ArrayList<>();
        JcaX509CertificateConverter converter = new JcaX509CertificateConverter();
        try (PEMParser parser = parser(pem)) {
            for (Object o = parser.readObject(); o != null; o = parser.readObject()) {
                if (o instanceof X509CertificateHolder) {
                    out.add(converter.getCertificate((X509CertificateHolder) o));
                }
            }
        } catch (IOException | GeneralSecurityException e) {
            throw new BackendConfigException("cannot read certificates from " + pem.getFileName(), e);
        }
        if (out.isEmpty()) {
            throw new BackendConfigException("no certificate in " + pem.getFileName());
        }
        return out;
    }

    static PrivateKey readPrivateKey(Path pem) {
        JcaPEMKeyConverter converter = new JcaPEMKeyConverter();
        try (PEMParser parser = parser(pem)) {
            for (Object o = parser.readObject(); o != null; o = parser.readObject()) {
                if (o instanceof PEMKeyPair) {
                    // only the private part: a traditional EC key may omit the optional public key, and
                    // converting the pair would then fail
                    return converter.getPrivateKey(((PEMKeyPair) o).getPrivateKeyInfo());
                }
                if (o instanceof PrivateKeyInfo) {
                    return converter.getPrivateKey((PrivateKeyInfo) o);
                }
            }
        } catch (IOException e) {
            throw new BackendConfigException("cannot read the private key from " + pem.getFileName(), e);
        }
        throw new BackendConfigException("no unencrypted private key in " + pem.getFileName());
    }

    private static PEMParser parser(Path pem) throws IOException {
        Reader reader = Files.newBufferedReader(pem, StandardCharsets.US_ASCII);
        return new PEMParser(reader);
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
