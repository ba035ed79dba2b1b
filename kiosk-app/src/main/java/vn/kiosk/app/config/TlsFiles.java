package vn.kiosk.app.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.openssl.PEMEncryptedKeyPair;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;

/**
 * Checks the backend TLS files when the configuration is loaded, so that a wrong file is reported
 * against its setting at start-up rather than as a failed TLS handshake at the first citizen's
 * submission. Reads the same PEM forms as the backend client. Messages name files, never contents.
 */
final class TlsFiles {

    /** Why a file cannot be used, in the operator's words. */
    static final class Unusable extends Exception {
        private static final long serialVersionUID = 1L;

        Unusable(String message) {
            super(message, null, false, false);
        }
    }

    private TlsFiles() {
    }

    static List<X509Certificate> certificates(Path pem) throws Unusable {
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

    static PrivateKey privateKey(Path pem) throws Unusable {
        JcaPEMKeyConverter converter = new JcaPEMKeyConverter();
        try (PEMParser parser = parser(pem)) {
            for (Object o = parser.readObject(); o != null; o = parser.readObject()) {
                if (o instanceof PEMKeyPair) {
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

    /** A private key anyone on the machine can read is no longer the kiosk's alone. */
    static void requireNotWorldReadable(Path pem) throws Unusable {
        try {
            if (Files.getFileStore(pem).supportsFileAttributeView("posix")
                    && Files.getPosixFilePermissions(pem).contains(PosixFilePermission.OTHERS_READ)) {
                throw new Unusable(pem + " is readable by every user of the machine; chmod o-r it");
            }
        } catch (IOException | UnsupportedOperationException e) {
            // cannot tell: the read that follows reports a file that is really unusable
        }
    }

    /**
     * Whether {@code key} belongs to {@code certificate}: a mismatch after a certificate renewal is a
     * classic mistake, and the backend would only say "handshake failed".
     */
    static void requireKeyMatches(PrivateKey key, X509Certificate certificate, Path keyFile, Path certificateFile)
            throws Unusable {
        Optional<String> algorithm = signatureAlgorithm(key);
        if (algorithm.isEmpty()) {
            return; // an unusual key type: leave the judgement to the TLS handshake
        }
        byte[] probe = "kiosk key check".getBytes(StandardCharsets.US_ASCII);
        PublicKey publicKey = certificate.getPublicKey();
        boolean matches;
        try {
            Signature signer = Signature.getInstance(algorithm.get());
            signer.initSign(key, new SecureRandom());
            signer.update(probe);
            byte[] signature = signer.sign();
            Signature verifier = Signature.getInstance(algorithm.get());
            verifier.initVerify(publicKey);
            verifier.update(probe);
            matches = verifier.verify(signature);
        } catch (GeneralSecurityException | RuntimeException e) {
            matches = false; // e.g. an EC key against an RSA certificate
        }
        if (!matches) {
            throw new Unusable(keyFile + " is not the private key of the first certificate in " + certificateFile
                    + " (was one of them renewed without the other?)");
        }
    }

    private static Optional<String> signatureAlgorithm(PrivateKey key) {
        switch (key.getAlgorithm()) {
            case "EC":
            case "ECDSA":
                return Optional.of("SHA256withECDSA");
            case "RSA":
                return Optional.of("SHA256withRSA");
            case "Ed25519":
            case "Ed448":
            case "EdDSA":
                return Optional.of(key.getAlgorithm());
            default:
                return Optional.empty();
        }
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
