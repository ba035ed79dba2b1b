package vn.kiosk.simulator.pki;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;

import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.cert.X509CRLHolder;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CRLConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;

/**
 * PEM files as OpenSSL writes and reads them: certificates, CRLs, and unencrypted PKCS#8 private
 * keys ("PRIVATE KEY"; OpenSSL's older "EC PRIVATE KEY" and "RSA PRIVATE KEY" are read too).
 */
final class PemFiles {
    private PemFiles() {
    }

    static void write(Path file, Object object) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.US_ASCII);
             JcaPEMWriter pem = new JcaPEMWriter(out)) {
            pem.writeObject(object);
        }
    }

    /** Unencrypted, so readable only by its owner where the file system can say so. */
    static void writePrivateKey(Path file, PrivateKey key) throws IOException {
        Files.deleteIfExists(file);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        write(file, new JcaPKCS8Generator(key, null));
    }

    static X509Certificate readCertificate(Path file) throws IOException {
        Object object = readOne(file);
        if (!(object instanceof X509CertificateHolder holder)) {
            throw new IOException(file + " does not hold a PEM certificate");
        }
        try {
            return new JcaX509CertificateConverter().setProvider(Bc.PROVIDER).getCertificate(holder);
        } catch (GeneralSecurityException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }

    static X509CRL readCrl(Path file) throws IOException {
        Object object = readOne(file);
        if (!(object instanceof X509CRLHolder holder)) {
            throw new IOException(file + " does not hold a PEM CRL");
        }
        try {
            return new JcaX509CRLConverter().setProvider(Bc.PROVIDER).getCRL(holder);
        } catch (GeneralSecurityException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }

    static PrivateKey readPrivateKey(Path file) throws IOException {
        Object object = readOne(file);
        JcaPEMKeyConverter converter = new JcaPEMKeyConverter().setProvider(Bc.PROVIDER);
        if (object instanceof PrivateKeyInfo info) {
            return converter.getPrivateKey(info);
        }
        if (object instanceof PEMKeyPair pair) {
            return converter.getKeyPair(pair).getPrivate();
        }
        throw new IOException(file + " does not hold an unencrypted PEM private key");
    }

    private static Object readOne(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.US_ASCII);
             PEMParser parser = new PEMParser(in)) {
            Object object = parser.readObject();
            if (object == null) {
                throw new IOException(file + " holds no PEM object");
            }
            return object;
        } catch (RuntimeException e) {
            // Bouncy Castle reports bad Base64 or ASN.1 inside a PEM block with runtime exceptions.
            throw new IOException(file + " is not valid PEM: " + e.getMessage(), e);
        }
    }
}
