package vn.kiosk.reader.verify;

import java.io.ByteArrayInputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Provider;
import java.security.cert.CRLException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.HexFormat;

import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * The Bouncy Castle provider this package hands to every JCA call. It is never registered with
 * {@code java.security.Security}: the JVM-wide provider list belongs to the application, and
 * brainpool curves (common on ID cards, gone from the JDK's own provider) only need BC here.
 */
final class Jca {
    static final Provider BC = new BouncyCastleProvider();

    private Jca() {
    }

    static CertificateFactory certificateFactory() throws GeneralSecurityException {
        return CertificateFactory.getInstance("X.509", BC);
    }

    static X509Certificate certificate(byte[] der) throws GeneralSecurityException {
        Object certificate = certificateFactory().generateCertificate(new ByteArrayInputStream(der));
        if (!(certificate instanceof X509Certificate x509)) {
            throw new CertificateException("no X.509 certificate in the input");
        }
        return x509;
    }

    static X509CRL crl(byte[] der) throws GeneralSecurityException {
        Object crl = certificateFactory().generateCRL(new ByteArrayInputStream(der));
        if (!(crl instanceof X509CRL x509)) {
            throw new CRLException("no X.509 CRL in the input");
        }
        return x509;
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    /** SHA-256 of a DER encoding, in lower-case hex: how operators compare certificates. */
    static String fingerprint(byte[] der) {
        return HexFormat.of().formatHex(sha256().digest(der));
    }
}
