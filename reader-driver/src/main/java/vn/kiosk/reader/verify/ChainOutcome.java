package vn.kiosk.reader.verify;

import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;

/** What chaining a certificate to the trust anchors found. */
sealed interface ChainOutcome permits ChainOutcome.Trusted, ChainOutcome.NotTrusted {

    /** A path from the certificate (first) up to, not including, the anchor that issued its last element. */
    record Candidate(List<X509Certificate> path, X509Certificate anchor) {
        public Candidate {
            path = List.copyOf(path);
        }

        /** The certificate that issued {@code path.get(index)}. */
        X509Certificate issuerOf(int index) {
            return index + 1 < path.size() ? path.get(index + 1) : anchor;
        }
    }

    /** PKIX validation succeeded along this path. */
    record Trusted(Candidate candidate) implements ChainOutcome {
    }

    /**
     * No path validated. {@code closest} is the first path that reached an anchor but failed (for
     * an expired certificate, say), empty when no anchor could even be reached.
     */
    record NotTrusted(List<String> problems, Optional<Candidate> closest) implements ChainOutcome {
        public NotTrusted {
            problems = List.copyOf(problems);
        }
    }
}
