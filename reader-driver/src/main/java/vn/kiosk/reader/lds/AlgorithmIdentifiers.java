package vn.kiosk.reader.lds;

import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;

import vn.kiosk.reader.error.MalformedDataException;

/** Bouncy Castle's X.509 structure decoders, with their runtime exceptions made checked. */
final class AlgorithmIdentifiers {
    private AlgorithmIdentifiers() {
    }

    static AlgorithmIdentifier decode(ASN1Encodable element, String what) throws MalformedDataException {
        ASN1Sequence sequence = Asn1Fields.sequence(element, what);
        try {
            return AlgorithmIdentifier.getInstance(sequence);
        } catch (RuntimeException e) {
            throw new MalformedDataException(what + " is not an AlgorithmIdentifier", e);
        }
    }

    static SubjectPublicKeyInfo publicKey(ASN1Encodable element, String what) throws MalformedDataException {
        ASN1Sequence sequence = Asn1Fields.sequence(element, what);
        try {
            return SubjectPublicKeyInfo.getInstance(sequence);
        } catch (RuntimeException e) {
            throw new MalformedDataException(what + " is not a SubjectPublicKeyInfo", e);
        }
    }
}
