package vn.kiosk.simulator.pki;

import java.security.cert.X509Certificate;
import java.util.Objects;

/**
 * A CSCA key rollover (Doc 9303 Part 12, 5.1.1): the CSCA's new key under the same name, the link
 * certificate by which the old key vouches for it, and a document signer issued under the new key.
 * A reader that trusts only the old CSCA verifies the new signer's SODs through the link
 * certificate, and through nothing else.
 *
 * @param newCsca         the new self-signed CSCA certificate and its key
 * @param link            the new CSCA key certified by the old one
 * @param documentSigner  a document signer issued by the new CSCA key
 */
public record CscaRollover(CertifiedKey newCsca, X509Certificate link, CertifiedKey documentSigner) {
    public CscaRollover {
        Objects.requireNonNull(newCsca, "newCsca");
        Objects.requireNonNull(link, "link");
        Objects.requireNonNull(documentSigner, "documentSigner");
    }
}
