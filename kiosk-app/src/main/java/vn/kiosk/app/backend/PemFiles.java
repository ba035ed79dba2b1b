package vn.kiosk.app.backend;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.openssl.PEMEncryptedKeyPair;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;

/**
 * The kiosk's TLS files: certificates and an unencrypted private key in PEM, read with Bouncy
 * Castle's PEMParser. One reader for the configuration's start-up check and the backend client, so
 * what one accepts the other does. Messages name files, never contents.
 */
public final class PemFiles {

    /** Why a file cannot be used, in the operator's words. */
    public static final class Unusable extends Exception {
        private static final long serialVersionUID = 1L;

        public Unusable(String message) {
            super(message, null, false, false);
        }
    }

    private PemFiles() {
    }

    /** Every certificate in the file, in order; at least one. */
    public static List<X509Certificate> certificates(Path pem) throws Unusable {
        List<X509Certificate> out = new ArrayList<>();
        JcaX509CertificateConverter converter = new JcaX509CertificateConverter();
        try (PEMParser parser = parser(pem)) {
            for (Object o = parser.readObject(); o != null; o = parser.readObject()) {
                if (o instanceof X509CertificateHolder) {
                    out.add(converter.getCertificate((X509CertificateHolder) o));
                }
            }
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            throw unreadable(pem, e, "a PEM certificate file (-----BEGIN CERTIFICATE-----)");
        }
        if (out.isEmpty()) {
            throw new Unusable(pem + " holds no certificate (expected -----BEGIN CERTIFICATE-----)");
        }
        return out;
    }

    /** The first private key in the file, PKCS#8 or traditional. */
    public static PrivateKey privateKey(Path pem) throws Unusable {
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
                if (o instanceof PEMEncryptedKeyPair || o instanceof PKCS8EncryptedPrivateKeyInfo) {
                    // the kiosk starts unattended: nobody is there to type a pass phrase
                    throw new Unusable(pem + " holds an encrypted private key; the kiosk needs it unencrypted"
                            + " (openssl pkey -in KEY -out KEY.pem) and protected by the file's permissions");
                }
            }
        } catch (IOException | RuntimeException e) {
            throw unreadable(pem, e, "a PEM private key file (-----BEGIN PRIVATE KEY-----)");
        }
        throw new Unusable(pem + " holds no private key (expected -----BEGIN PRIVATE KEY-----)");
    }

    private static PEMParser parser(Path pem) throws IOException {
        Reader reader = Files.newBufferedReader(pem, StandardCharsets.US_ASCII);
        return new PEMParser(reader);
    }

    private static Unusable unreadable(Path pem, Exception e, String expected) {
        if (e instanceof NoSuchFileException) {
            return new Unusable(pem + ": file not found");
        }
        if (e instanceof AccessDeniedException) {
            return new Unusable(pem + " cannot be read by the kiosk's user (check its owner and permissions)");
        }
        return new Unusable(pem + " is not " + expected);
    }
}
