package vn.kiosk.reader.verify;

import java.security.GeneralSecurityException;
import java.security.InvalidAlgorithmParameterException;
import java.security.cert.CertPathValidator;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import vn.kiosk.reader.verify.ChainOutcome.Candidate;

/**
 * Chains a certificate to trust anchors: finds the candidate paths (through CSCA link
 * certificates) by name and key identifier, then lets the JCA's PKIX validator (Bouncy Castle's)
 * judge each. Candidates are found here rather than with a CertPathBuilder because a builder only
 * says "no path"; validating each candidate says why (expired, bad signature, not a CA).
 *
 * <p>Revocation is not part of this check: see {@link Revocation} for why and how.
 */
final class CertificatePaths {
    // A document signer, at most a few link certificates (one per CSCA key rollover), the anchor.
    private static final int MAX_INTERMEDIATES = 4;

    private final List<X509Certificate> anchors;
    private final List<X509Certificate> intermediates;

    CertificatePaths(List<X509Certificate> anchors, List<X509Certificate> intermediates) {
        this.anchors = List.copyOf(anchors);
        this.intermediates = List.copyOf(intermediates);
    }

    /**
     * Validates {@code target} at instant {@code at}: every certificate on the path, the anchor
     * included (PKIX takes anchors on faith, Doc 9303 does not), must be valid then.
     *
     * @param role how messages name the target, e.g. "document signer"
     * @param when how messages name the instant, e.g. "the SOD was signed"
     */
    ChainOutcome validate(X509Certificate target, Instant at, String role, String when) {
        List<Candidate> candidates = candidates(target);
        if (candidates.isEmpty()) {
            return new ChainOutcome.NotTrusted(List.of("the " + role + " certificate " + Certificates.describe(target)
                    + " was issued by '" + target.getIssuerX500Principal().getName()
                    + "', but no trusted CSCA, nor any link certificate leading to one, has that name and key"),
                    Optional.empty());
        }
        List<String> firstProblems = null;
        Candidate first = null;
        for (Candidate candidate : candidates) {
            List<String> problems = check(candidate, at, role, when);
            if (problems.isEmpty()) {
                return new ChainOutcome.Trusted(candidate);
            }
            if (firstProblems == null) {
                firstProblems = problems;
                first = candidate;
            }
        }
        return new ChainOutcome.NotTrusted(firstProblems, Optional.of(first));
    }

    List<Candidate> candidates(X509Certificate target) {
        List<Candidate> found = new ArrayList<>();
        extend(new ArrayList<>(List.of(target)), found);
        return found;
    }

    private void extend(List<X509Certificate> path, List<Candidate> found) {
        X509Certificate last = path.get(path.size() - 1);
        for (X509Certificate anchor : anchors) {
            if (Certificates.mayHaveIssued(anchor, last) && !anchor.equals(last)) {
                found.add(new Candidate(path, anchor));
            }
        }
        if (path.size() > MAX_INTERMEDIATES) {
            return;
        }
        for (X509Certificate intermediate : intermediates) {
            if (!path.contains(intermediate) && Certificates.mayHaveIssued(intermediate, last)) {
                path.add(intermediate);
                extend(path, found);
                path.remove(path.size() - 1);
            }
        }
    }

    private static List<String> check(Candidate candidate, Instant at, String role, String when) {
        List<String> problems = new ArrayList<>();
        List<X509Certificate> path = candidate.path();
        for (int i = 0; i < path.size(); i++) {
            validity(path.get(i), at, when, i == 0 ? role : "CSCA link", problems);
        }
        validity(candidate.anchor(), at, when, "CSCA", problems);
        if (!problems.isEmpty()) {
            // PKIX would fail on the same dates with a vaguer message.
            return problems;
        }
        try {
            PKIXParameters parameters = new PKIXParameters(Set.of(new TrustAnchor(candidate.anchor(), null)));
            parameters.setDate(Date.from(at));
            parameters.setRevocationEnabled(false);
            parameters.addCertPathChecker(new IcaoCriticalExtensions());
            CertPathValidator.getInstance("PKIX", Jca.BC)
                    .validate(Jca.certificateFactory().generateCertPath(path), parameters);
        } catch (CertPathValidatorException e) {
            String where = e.getIndex() >= 0 && e.getIndex() < path.size()
                    ? " at " + (e.getIndex() == 0 ? "the " + role : "the CSCA link") + " certificate "
                    + Certificates.describe(path.get(e.getIndex()))
                    : "";
            problems.add("the certificate path from the " + role + " to the CSCA "
                    + Certificates.describe(candidate.anchor()) + " does not validate" + where + ": " + e.getMessage());
        } catch (InvalidAlgorithmParameterException e) {
            problems.add("cannot validate the " + role + " certificate path: " + e.getMessage());
        } catch (GeneralSecurityException | RuntimeException e) {
            problems.add("cannot validate the " + role + " certificate path: " + e);
        }
        return problems;
    }

    private static void validity(X509Certificate certificate, Instant at, String when, String role,
                                 List<String> problems) {
        try {
            certificate.checkValidity(Date.from(at));
        } catch (CertificateExpiredException e) {
            problems.add("the " + role + " certificate " + Certificates.describe(certificate) + " expired on "
                    + certificate.getNotAfter().toInstant() + ", before " + when + " (" + at + ")");
        } catch (CertificateNotYetValidException e) {
            problems.add("the " + role + " certificate " + Certificates.describe(certificate) + " is not valid before "
                    + certificate.getNotBefore().toInstant() + ", after " + when + " (" + at + ")");
        }
    }
}
