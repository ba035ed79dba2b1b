package vn.kiosk.reader.ca;

import java.io.IOException;
import java.util.Objects;
import java.util.Optional;

import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;

import vn.kiosk.reader.crypto.CipherSuite;
import vn.kiosk.reader.lds.SecurityInfoOids;

/**
 * A chip authentication protocol this code runs: ECDH key agreement and the cipher suite its OID
 * names (Doc 9303 Part 11, 9.2.5). AES suites are run with MSE:Set AT and GENERAL AUTHENTICATE
 * (as TR-03110 v2 specifies them), 3DES with MSE:Set KAT (Doc 9303 Part 11, 6.2.4).
 */
public record CaProtocol(String oid, CipherSuite suite) {

    public CaProtocol {
        Objects.requireNonNull(oid, "oid");
        Objects.requireNonNull(suite, "suite");
    }

    /** The ECDH protocol of this OID; empty for DH and for anything that is not chip authentication. */
    public static Optional<CaProtocol> ecdh(String oid) {
        if (oid == null) {
            return Optional.empty();
        }
        CipherSuite suite = switch (oid) {
            case SecurityInfoOids.ID_CA_ECDH_3DES_CBC_CBC -> CipherSuite.DESEDE;
            case SecurityInfoOids.ID_CA_ECDH_AES_CBC_CMAC_128 -> CipherSuite.AES_128;
            case SecurityInfoOids.ID_CA_ECDH_AES_CBC_CMAC_192 -> CipherSuite.AES_192;
            case SecurityInfoOids.ID_CA_ECDH_AES_CBC_CMAC_256 -> CipherSuite.AES_256;
            default -> null;
        };
        return Optional.ofNullable(suite).map(s -> new CaProtocol(oid, s));
    }

    /** Whether the terminal runs it with MSE:Set AT and GENERAL AUTHENTICATE rather than MSE:Set KAT. */
    public boolean usesGeneralAuthenticate() {
        return suite.isAes();
    }

    /** The OID's content bytes, as MSE:Set AT carries them under tag 80. */
    public byte[] oidContent() {
        try {
            byte[] der = new ASN1ObjectIdentifier(oid).getEncoded(ASN1Encoding.DER);
            // Every chip authentication OID is far shorter than 128 bytes: a two-byte header.
            return java.util.Arrays.copyOfRange(der, 2, der.length);
        } catch (IOException e) {
            throw new IllegalStateException("cannot encode " + oid, e);
        }
    }
}
