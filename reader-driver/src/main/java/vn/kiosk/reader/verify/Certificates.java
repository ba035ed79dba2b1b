package vn.kiosk.reader.verify;

import java.security.GeneralSecurityException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Optional;

import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.SubjectKeyIdentifier;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;

/** Small facts about certificates that trust decisions and messages need. */
final class Certificates {
    private Certificates() {
    }

    /**
     * Self-signed: it verifies under its own key. A CSCA link certificate often has the same subject
     * and issuer name as a self-signed CSCA (the name survives a key rollover), so names alone
     * cannot tell the two apart.
     */
    static boolean isSelfSigned(X509Certificate certificate) {
        if (!certificate.getSubjectX500Principal().equals(certificate.getIssuerX500Principal())) {
            return false;
        }
        try {
            certificate.verify(certificate.getPublicKey(), Jca.BC);
            return true;
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    static boolean isCa(X509Certificate certificate) {
        return certificate.getBasicConstraints() >= 0;
    }

    /**
     * Could {@code issuer} have issued {@code child}? Names must match, and key identifiers too when
     * both are present (they tell the old and new key of a CSCA apart). The signature itself is
     * checked by PKIX validation, not here.
     */
    static boolean mayHaveIssued(X509Certificate issuer, X509Certificate child) {
        if (!child.getIssuerX500Principal().equals(issuer.getSubjectX500Principal())) {
            return false;
        }
        Optional<byte[]> authorityKeyId = authorityKeyId(child);
        Optional<byte[]> subjectKeyId = subjectKeyId(issuer);
        return authorityKeyId.isEmpty() || subjectKeyId.isEmpty()
                || Arrays.equals(authorityKeyId.get(), subjectKeyId.get());
    }

    static Optional<byte[]> subjectKeyId(X509Certificate certificate) {
        try {
            Extension extension = holder(certificate).getExtension(Extension.subjectKeyIdentifier);
            return extension == null ? Optional.empty()
                    : Optional.of(SubjectKeyIdentifier.getInstance(extension.getParsedValue()).getKeyIdentifier());
        } catch (CertificateEncodingException | RuntimeException e) {
            return Optional.empty();
        }
    }

    static Optional<byte[]> authorityKeyId(X509Certificate certificate) {
        try {
            Extension extension = holder(certificate).getExtension(Extension.authorityKeyIdentifier);
            return extension == null ? Optional.empty()
                    : Optional.ofNullable(AuthorityKeyIdentifier.getInstance(extension.getParsedValue()).getKeyIdentifier());
        } catch (CertificateEncodingException | RuntimeException e) {
            return Optional.empty();
        }
    }

    static X509CertificateHolder holder(X509Certificate certificate) throws CertificateEncodingException {
        return new JcaX509CertificateHolder(certificate);
    }

    /** Subject name and serial, for messages: authority names are not personal data. */
    static String describe(X509Certificate certificate) {
        return "'" + certificate.getSubjectX500Principal().getName() + "' (serial "
                + certificate.getSerialNumber().toString(16) + ")";
    }

    static String fingerprint(X509Certificate certificate) {
        try {
            return Jca.fingerprint(certificate.getEncoded());
        } catch (CertificateEncodingException e) {
            // Every certificate we hold was decoded from bytes, so it re-encodes.
            throw new IllegalStateException("certificate does not re-encode", e);
        }
    }
}
