package vn.kiosk.reader.lds;

import java.util.Objects;
import java.util.OptionalInt;

import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;

import vn.kiosk.reader.error.MalformedDataException;

/**
 * {@code PACEDomainParameterInfo ::= SEQUENCE { protocol, domainParameter AlgorithmIdentifier,
 * parameterId INTEGER OPTIONAL }}: proprietary PACE domain parameters. Kept so nothing is lost;
 * the terminal only speaks the standardized ones.
 */
public record PaceDomainParameterInfo(String protocol, AlgorithmIdentifier domainParameter, OptionalInt parameterId)
        implements SecurityInfo {

    public PaceDomainParameterInfo {
        Objects.requireNonNull(domainParameter, "domainParameter");
        Objects.requireNonNull(parameterId, "parameterId");
        if (!SecurityInfoOids.isPaceDomainParameterProtocol(protocol)) {
            throw new IllegalArgumentException("not a PACE domain parameter protocol: " + protocol);
        }
    }

    static PaceDomainParameterInfo decode(String protocol, ASN1Sequence sequence) throws MalformedDataException {
        Asn1Fields.requireSize(sequence, 2, 3, "PACEDomainParameterInfo");
        AlgorithmIdentifier parameters = AlgorithmIdentifiers.decode(sequence.getObjectAt(1),
                "PACEDomainParameterInfo domainParameter");
        OptionalInt parameterId = sequence.size() == 3
                ? OptionalInt.of(Asn1Fields.smallInt(sequence.getObjectAt(2), "PACEDomainParameterInfo parameterId"))
                : OptionalInt.empty();
        return new PaceDomainParameterInfo(protocol, parameters, parameterId);
    }

    @Override
    public ASN1Sequence toAsn1() {
        ASN1EncodableVector fields = new ASN1EncodableVector(3);
        fields.add(new ASN1ObjectIdentifier(protocol));
        fields.add(domainParameter);
        parameterId.ifPresent(id -> fields.add(new ASN1Integer(id)));
        return new DERSequence(fields);
    }
}
