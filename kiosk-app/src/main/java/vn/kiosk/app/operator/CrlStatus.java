package vn.kiosk.app.operator;

import java.security.cert.X509CRL;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * When one CRL of the trust store is due to be replaced: a CRL past its next update no longer says
 * whether a document signer was revoked since.
 *
 * @param daysLeft whole days until {@code nextUpdate}; negative once it is past
 */
public record CrlStatus(String issuer, Instant nextUpdate, long daysLeft, boolean expired) {

    public CrlStatus {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(nextUpdate, "nextUpdate");
    }

    /** Empty for a CRL without a next update: it never goes out of date. */
    static Optional<CrlStatus> of(X509CRL crl, Instant now) {
        if (crl.getNextUpdate() == null) {
            return Optional.empty();
        }
        Instant next = crl.getNextUpdate().toInstant();
        return Optional.of(new CrlStatus(Names.commonName(crl.getIssuerX500Principal()), next,
                CertificateStatus.daysBetween(now, next), !now.isBefore(next)));
    }
}
