package vn.kiosk.reader.lds;

import java.util.Objects;
import java.util.OptionalInt;

import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.DERSequence;

import vn.kiosk.reader.error.MalformedDataException;

/**
 * {@code PACEInfo ::= SEQUENCE { protocol, version INTEGER, parameterId INTEGER OPTIONAL }}.
 *
 * @param parameterId a standardized domain parameter id (Doc 9303 Part 11, 9.5.1), absent when the
 *                    parameters are proprietary and given by a PACEDomainParameterInfo
 */
public record PaceInfo(String protocol, int version, OptionalInt parameterId) implements SecurityInfo {

    public PaceInfo {
        Objects.requireNonNull(parameterId, "parameterId");
        if (!SecurityInfoOids.isPaceProtocol(protocol)) {
            throw new IllegalArgumentException("not a PACE protocol: " + protocol);
        }
        if (version < 0 || parameterId.orElse(0) < 0) {
            throw new IllegalArgumentException("negative version or parameter id");
        }
    }

    public PaceInfo(String protocol, int version, int parameterId) {
        this(protocol, version, OptionalInt.of(parameterId));
    }

    static PaceInfo decode(String protocol, ASN1Sequence sequence) throws MalformedDataException {
        Asn1Fields.requireSize(sequence, 2, 3, "PACEInfo");
        int version = Asn1Fields.smallInt(sequence.getObjectAt(1), "PACEInfo version");
        OptionalInt parameterId = sequence.size() == 3
                ? OptionalInt.of(Asn1Fields.smallInt(sequence.getObjectAt(2), "PACEInfo parameterId"))
                : OptionalInt.empty();
        return new PaceInfo(protocol, version, parameterId);
    }

    @Override
    public ASN1Sequence toAsn1() {
        ASN1EncodableVector fields = new ASN1EncodableVector(3);
        fields.add(new ASN1ObjectIdentifier(protocol));
        fields.add(new ASN1Integer(version));
        parameterId.ifPresent(id -> fields.add(new ASN1Integer(id)));
        return new DERSequence(fields);
    }
}
