package vn.kiosk.reader.lds;

import java.math.BigInteger;
import java.util.Objects;
import java.util.Optional;

import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;

import vn.kiosk.reader.error.MalformedDataException;

/**
 * {@code ChipAuthenticationPublicKeyInfo ::= SEQUENCE { protocol (id-PK-DH | id-PK-ECDH),
 * chipAuthenticationPublicKey SubjectPublicKeyInfo, keyId INTEGER OPTIONAL }}, found in DG14.
 */
public record ChipAuthenticationPublicKeyInfo(String protocol, SubjectPublicKeyInfo chipAuthenticationPublicKey,
                                              Optional<BigInteger> keyId) implements SecurityInfo {

    public ChipAuthenticationPublicKeyInfo {
        Objects.requireNonNull(chipAuthenticationPublicKey, "chipAuthenticationPublicKey");
        Objects.requireNonNull(keyId, "keyId");
        if (!SecurityInfoOids.isChipAuthenticationPublicKeyProtocol(protocol)) {
            throw new IllegalArgumentException("not a chip authentication public key protocol: " + protocol);
        }
    }

    static ChipAuthenticationPublicKeyInfo decode(String protocol, ASN1Sequence sequence)
            throws MalformedDataException {
        Asn1Fields.requireSize(sequence, 2, 3, "ChipAuthenticationPublicKeyInfo");
        SubjectPublicKeyInfo key = AlgorithmIdentifiers.publicKey(sequence.getObjectAt(1),
                "ChipAuthenticationPublicKeyInfo chipAuthenticationPublicKey");
        Optional<BigInteger> keyId = sequence.size() == 3
                ? Optional.of(Asn1Fields.integer(sequence.getObjectAt(2), "ChipAuthenticationPublicKeyInfo keyId"))
                : Optional.empty();
        return new ChipAuthenticationPublicKeyInfo(protocol, key, keyId);
    }

    @Override
    public ASN1Sequence toAsn1() {
        ASN1EncodableVector fields = new ASN1EncodableVector(3);
        fields.add(new ASN1ObjectIdentifier(protocol));
        fields.add(chipAuthenticationPublicKey);
        keyId.ifPresent(id -> fields.add(new ASN1Integer(id)));
        return new DERSequence(fields);
    }
}
