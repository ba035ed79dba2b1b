package vn.kiosk.reader.verify;

import java.security.cert.Certificate;
import java.security.cert.CertPathValidatorException;
import java.security.cert.PKIXCertPathChecker;
import java.util.Collection;
import java.util.Set;

/**
 * Lets PKIX validation accept the ICAO certificate extensions (Doc 9303 Part 12, 7.1.1) if an
 * issuer marks them critical: they restrict what a document signer may sign, which the kiosk has
 * no use for, and a generic validator would otherwise reject the whole path.
 */
final class IcaoCriticalExtensions extends PKIXCertPathChecker {
    static final String DOCUMENT_TYPE_LIST = "2.23.136.1.1.6.2";
    static final String NAME_CHANGE = "2.23.136.1.1.6.1";
    private static final Set<String> SUPPORTED = Set.of(DOCUMENT_TYPE_LIST, NAME_CHANGE);

    @Override
    public void init(boolean forward) {
    }

    @Override
    public boolean isForwardCheckingSupported() {
        return true;
    }

    @Override
    public Set<String> getSupportedExtensions() {
        return SUPPORTED;
    }

    @Override
    public void check(Certificate certificate, Collection<String> unresolvedCriticalExtensions)
            throws CertPathValidatorException {
        unresolvedCriticalExtensions.removeAll(SUPPORTED);
    }
}
