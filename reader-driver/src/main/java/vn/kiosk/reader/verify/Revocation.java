package vn.kiosk.reader.verify;

import java.security.GeneralSecurityException;
import java.security.cert.CRLReason;
import java.security.cert.X509CRL;
import java.security.cert.X509CRLEntry;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import vn.kiosk.reader.verify.ChainOutcome.Candidate;

/**
 * Looks every non-anchor certificate of a path up in the CRLs its issuer signed.
 *
 * <p>Why not PKIX's own revocation checking: passive authentication judges certificate validity
 * at the SOD's signing time (cards outlive their document signer), but PKIX only accepts a CRL
 * that was current at the validation date, i.e. years before the CRL the operator installed was
 * issued. And PKIX fails outright for issuers without a CRL, while ICAO leaves CRL distribution
 * to each country. So the path is validated by PKIX without revocation, and revocation is this
 * lookup: any CRL whose signature verifies under the issuing certificate's key counts, stale or
 * not, because a revocation once published is never taken back.
 */
final class Revocation {
    private Revocation() {
    }

    /** Revocations found ({@code revoked}) and what could not be checked ({@code notes}). */
    record Report(List<String> revoked, List<String> notes) {
        Report {
            revoked = List.copyOf(revoked);
            notes = List.copyOf(notes);
        }
    }

    static Report check(Candidate candidate, List<X509CRL> crls, Instant now, String role) {
        List<String> revoked = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<X509Certificate> path = candidate.path();
        for (int i = 0; i < path.size(); i++) {
            X509Certificate certificate = path.get(i);
            X509Certificate issuer = candidate.issuerOf(i);
            String name = i == 0 ? role : "CSCA link";
            List<X509CRL> fromIssuer = signedBy(issuer, crls);
            if (fromIssuer.isEmpty()) {
                notes.add("no CRL from '" + issuer.getSubjectX500Principal().getName()
                        + "' in the trust store: revocation of the " + name + " certificate was not checked");
                continue;
            }
            boolean current = false;
            for (X509CRL crl : fromIssuer) {
                current |= crl.getNextUpdate() == null || crl.getNextUpdate().toInstant().isAfter(now);
                X509CRLEntry entry = crl.getRevokedCertificate(certificate.getSerialNumber());
                if (entry != null) {
                    CRLReason reason = entry.getRevocationReason();
                    revoked.add("the " + name + " certificate " + Certificates.describe(certificate) + " was revoked on "
                            + entry.getRevocationDate().toInstant()
                            + (reason == null ? "" : " (" + reason.name().toLowerCase().replace('_', ' ') + ")")
                            + " by '" + issuer.getSubjectX500Principal().getName() + "'");
                    break;
                }
            }
            if (!current) {
                notes.add("every CRL from '" + issuer.getSubjectX500Principal().getName()
                        + "' is past its next update; the " + name + " certificate was checked against them anyway");
            }
        }
        return new Report(revoked, notes);
    }

    private static List<X509CRL> signedBy(X509Certificate issuer, List<X509CRL> crls) {
        List<X509CRL> found = new ArrayList<>();
        for (X509CRL crl : crls) {
            if (crl.getIssuerX500Principal().equals(issuer.getSubjectX500Principal()) && verifies(crl, issuer)) {
                found.add(crl);
            }
        }
        return found;
    }

    private static boolean verifies(X509CRL crl, X509Certificate issuer) {
        try {
            crl.verify(issuer.getPublicKey(), Jca.BC);
            return true;
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }
}
