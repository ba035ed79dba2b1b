package vn.kiosk.reader.lds;

import java.math.BigInteger;
import java.util.Objects;
import java.util.Optional;

import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.DERSequence;

import vn.kiosk.reader.error.MalformedDataException;

/**
 * {@code ChipAuthenticationInfo ::= SEQUENCE { protocol, version INTEGER, keyId INTEGER OPTIONAL }}.
 *
 * @param keyId present when the chip holds several chip authentication keys; matches the keyId of
 *              a ChipAuthenticationPublicKeyInfo in DG14
 */
public record ChipAuthenticationInfo(String protocol, int version, Optional<BigInteger> keyId)
        implements SecurityInfo {

    public ChipAuthenticationInfo {
        Objects.requireNonNull(keyId, "keyId");
        if (!SecurityInfoOids.isChipAuthenticationProtocol(protocol)) {
            throw new IllegalArgumentException("not a chip authentication protocol: " + protocol);
        }
    }

    public ChipAuthenticationInfo(String protocol, int version) {
        this(protocol, version, Optional.empty());
    }

    static ChipAuthenticationInfo decode(String protocol, ASN1Sequence sequence) throws MalformedDataException {
        Asn1Fields.requireSize(sequence, 2, 3, "ChipAuthenticationInfo");
        int version = Asn1Fields.smallInt(sequence.getObjectAt(1), "ChipAuthenticationInfo version");
        Optional<BigInteger> keyId = sequence.size() == 3
                ? Optional.of(Asn1Fields.integer(sequence.getObjectAt(2), "ChipAuthenticationInfo keyId"))
                : Optional.empty();
        return new ChipAuthenticationInfo(protocol, version, keyId);
    }

    @Override
    public ASN1Sequence toAsn1() {
        ASN1EncodableVector fields = new ASN1EncodableVector(3);
        fields.add(new ASN1ObjectIdentifier(protocol));
        fields.add(new ASN1Integer(version));
        keyId.ifPresent(id -> fields.add(new ASN1Integer(id)));
        return new DERSequence(fields);
    }
}
