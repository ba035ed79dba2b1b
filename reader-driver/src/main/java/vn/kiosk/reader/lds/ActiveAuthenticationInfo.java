package vn.kiosk.reader.lds;

import java.util.Objects;
import java.util.Optional;

import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.DERSequence;

import vn.kiosk.reader.error.MalformedDataException;

/**
 * {@code ActiveAuthenticationInfo ::= SEQUENCE { protocol id-AA, version INTEGER,
 * signatureAlgorithm OBJECT IDENTIFIER }} from DG14. The algorithm is read as optional because
 * chips with RSA active authentication keys have been seen to leave it out.
 */
public record ActiveAuthenticationInfo(int version, Optional<String> signatureAlgorithm) implements SecurityInfo {

    public ActiveAuthenticationInfo {
        Objects.requireNonNull(signatureAlgorithm, "signatureAlgorithm");
    }

    @Override
    public String protocol() {
        return SecurityInfoOids.ID_AA;
    }

    static ActiveAuthenticationInfo decode(ASN1Sequence sequence) throws MalformedDataException {
        Asn1Fields.requireSize(sequence, 2, 3, "ActiveAuthenticationInfo");
        int version = Asn1Fields.smallInt(sequence.getObjectAt(1), "ActiveAuthenticationInfo version");
        Optional<String> algorithm = sequence.size() == 3
                ? Optional.of(Asn1Fields.oid(sequence.getObjectAt(2), "ActiveAuthenticationInfo signatureAlgorithm"))
                : Optional.empty();
        return new ActiveAuthenticationInfo(version, algorithm);
    }

    @Override
    public ASN1Sequence toAsn1() {
        ASN1EncodableVector fields = new ASN1EncodableVector(3);
        fields.add(new ASN1ObjectIdentifier(SecurityInfoOids.ID_AA));
        fields.add(new ASN1Integer(version));
        signatureAlgorithm.ifPresent(oid -> fields.add(new ASN1ObjectIdentifier(oid)));
        return new DERSequence(fields);
    }
}
