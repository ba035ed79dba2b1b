package vn.kiosk.app.operator;

import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import vn.kiosk.reader.verify.TrustStore;

/**
 * The trust store the kiosk verifies cards with: which one, and when its parts run out.
 *
 * <p>Only the CSCAs and link certificates are listed: they are what the operator must renew. The
 * document signers a store may also hold are not, since an expired one still rightly verifies the
 * cards it signed while it was valid, and showing it as expired would only alarm.
 *
 * @param version      the store's content fingerprint ({@link TrustStore#version()})
 * @param certificates soonest to expire first
 * @param crls         soonest due first
 * @param problems     files of the trust folder that were skipped, and why
 */
public record TrustStatus(String version, List<CertificateStatus> certificates, List<CrlStatus> crls,
                          List<String> problems) {

    public TrustStatus {
        Objects.requireNonNull(version, "version");
        certificates = List.copyOf(certificates);
        crls = List.copyOf(crls);
        problems = List.copyOf(problems);
    }

    public static TrustStatus of(TrustStore store, Instant now) {
        List<CertificateStatus> certificates = new ArrayList<>();
        for (X509Certificate c : store.anchors()) {
            certificates.add(CertificateStatus.of(CertificateStatus.Role.CSCA, c, now));
        }
        for (X509Certificate c : store.linkCertificates()) {
            certificates.add(CertificateStatus.of(CertificateStatus.Role.LINK, c, now));
        }
        certificates.sort(Comparator.comparing(CertificateStatus::notAfter));
        List<CrlStatus> crls = new ArrayList<>();
        for (X509CRL crl : store.crls()) {
            CrlStatus.of(crl, now).ifPresent(crls::add);
        }
        crls.sort(Comparator.comparing(CrlStatus::nextUpdate));
        List<String> problems = store.problems().stream().map(p -> Scrubber.scrub(p.toString())).toList();
        return new TrustStatus(store.version(), certificates, crls, problems);
    }

    /** Whether some CSCA is valid today; without one no card verifies. */
    public boolean hasValidCsca() {
        return certificates.stream().anyMatch(c -> c.role() == CertificateStatus.Role.CSCA && !c.expired());
    }
}
