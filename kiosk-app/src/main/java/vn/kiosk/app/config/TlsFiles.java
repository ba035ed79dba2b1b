package vn.kiosk.app.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.util.Optional;
import vn.kiosk.app.backend.PemFiles;

/**
 * Checks the backend TLS files when the configuration is loaded, so that a wrong file is reported
 * against its setting at start-up rather than as a failed TLS handshake at the first citizen's
 * submission. The files are read by {@link PemFiles}, as the backend client reads them; this adds what
 * only the start-up check asks. Messages name files, never contents.
 */
final class TlsFiles {

    private TlsFiles() {
    }

    /** A private key anyone on the machine can read is no longer the kiosk's alone. */
    static void requireNotWorldReadable(Path pem) throws PemFiles.Unusable {
        try {
            if (Files.getFileStore(pem).supportsFileAttributeView("posix")
                    && Files.getPosixFilePermissions(pem).contains(PosixFilePermission.OTHERS_READ)) {
                throw new PemFiles.Unusable(pem + " is readable by every user of the machine; chmod o-r it");
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
            throws PemFiles.Unusable {
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
            throw new PemFiles.Unusable(keyFile + " is not the private key of the first certificate in " + certificateFile
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
}
