package vn.kiosk.simulator.pki;

import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.util.Objects;

/** A certificate and its subject's private key: a CSCA or a document signer. */
public record CertifiedKey(X509Certificate certificate, PrivateKey privateKey) {
    public CertifiedKey {
        Objects.requireNonNull(certificate, "certificate");
        Objects.requireNonNull(privateKey, "privateKey");
    }

    public PublicKey publicKey() {
        return certificate.getPublicKey();
    }

    /** Never prints the key. */
    @Override
    public String toString() {
        return "CertifiedKey[" + certificate.getSubjectX500Principal().getName() + ", serial "
                + certificate.getSerialNumber().toString(16) + "]";
    }
}
