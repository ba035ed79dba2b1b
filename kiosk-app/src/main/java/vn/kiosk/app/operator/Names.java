package vn.kiosk.app.operator;

import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;

/** Short names for certificates: the operator recognises "CSCA Viet Nam", not a whole distinguished name. */
final class Names {
    private Names() {
    }

    static String commonName(X500Principal principal) {
        try {
            RDN[] cn = X500Name.getInstance(principal.getEncoded()).getRDNs(BCStyle.CN);
            if (cn.length > 0 && cn[0].getFirst() != null) {
                return IETFUtils.valueToString(cn[0].getFirst().getValue());
            }
        } catch (RuntimeException e) {
            // an odd encoding: fall back to the JDK's rendering below
        }
        return principal.getName(X500Principal.RFC2253);
    }
}
