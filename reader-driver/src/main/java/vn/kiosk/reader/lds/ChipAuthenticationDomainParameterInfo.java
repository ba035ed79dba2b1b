package vn.kiosk.reader.lds;

import java.math.BigInteger;
import java.util.Objects;
import java.util.Optional;

import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;

import vn.kiosk.reader.error.MalformedDataException;

/**
 * {@code ChipAuthenticationDomainParameterInfo ::= SEQUENCE { protocol (id-CA-DH | id-CA-ECDH),
 * domainParameter AlgorithmIdentifier, keyId INTEGER OPTIONAL }}.
 */
public record ChipAuthenticationDomainParameterInfo(String protocol, AlgorithmIdentifier domainParameter,
                                                    Optional<BigInteger> keyId) implements SecurityInfo {

    public ChipAuthenticationDomainParameterInfo {
        Objects.requireNonNull(domainParameter, "domainParameter");
        Objects.requireNonNull(keyId, "keyId");
        if (!SecurityInfoOids.isChipAuthenticationDomainParameterProtocol(protocol)) {
            throw new IllegalArgumentException("not a chip authentication domain parameter protocol: " + protocol);
        }
    }

    static ChipAuthenticationDomainParameterInfo decode(String protocol, ASN1Sequence sequence)
            throws MalformedDataException {
        Asn1Fields.requireSize(sequence, 2, 3, "ChipAuthenticationDomainParameterInfo");
        AlgorithmIdentifier parameters = AlgorithmIdentifiers.decode(sequence.getObjectAt(1),
                "ChipAuthenticationDomainParameterInfo domainParameter");
        Optional<BigInteger> keyId = sequence.size() == 3
                ? Optional.of(Asn1Fields.integer(sequence.getObjectAt(2),
                        "ChipAuthenticationDomainParameterInfo keyId"))
                : Optional.empty();
        return new ChipAuthenticationDomainParameterInfo(protocol, parameters, keyId);
    }

    @Override
    public ASN1Sequence toAsn1() {
        ASN1EncodableVector fields = new ASN1EncodableVector(3);
        fields.add(new ASN1ObjectIdentifier(protocol));
        fields.add(domainParameter);
        keyId.ifPresent(id -> fields.add(new ASN1Integer(id)));
        return new DERSequence(fields);
    }
}
