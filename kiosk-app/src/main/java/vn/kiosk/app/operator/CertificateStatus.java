package vn.kiosk.app.operator;

import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * When one trust-store certificate stops being valid.
 *
 * @param subject  its subject's common name (the whole subject when it has none)
 * @param daysLeft whole days until {@code notAfter}; negative once expired
 */
public record CertificateStatus(Role role, String subject, Instant notAfter, long daysLeft, boolean expired) {

    public enum Role {
        /** A trusted country signing CA. */
        CSCA,
        /** A CSCA link certificate (a new CSCA key certified by the old one). */
        LINK
    }

    public CertificateStatus {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(notAfter, "notAfter");
    }

    static CertificateStatus of(Role role, X509Certificate certificate, Instant now) {
        Instant notAfter = certificate.getNotAfter().toInstant();
        return new CertificateStatus(role, Names.commonName(certificate.getSubjectX500Principal()), notAfter,
                daysBetween(now, notAfter), !now.isBefore(notAfter));
    }

    /** Whether it expires within {@code days} days (or already has), for the screen to warn in time. */
    public boolean expiresWithin(long days) {
        return expired || daysLeft < days;
    }

    /** Whole days, rounded towards minus infinity: 10.5 days left is 10, half a day ago is -1. */
    static long daysBetween(Instant now, Instant then) {
        return Math.floorDiv(Duration.between(now, then).getSeconds(), Duration.ofDays(1).getSeconds());
    }
}
