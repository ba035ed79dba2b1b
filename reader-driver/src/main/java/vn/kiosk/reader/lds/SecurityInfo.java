package vn.kiosk.reader.lds;

import java.util.ArrayList;
import java.util.List;

import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.ASN1Set;
import org.bouncycastle.asn1.DERSet;

import vn.kiosk.reader.error.MalformedDataException;

/**
 * One SecurityInfo of EF.CardAccess, EF.CardSecurity or DG14 (Doc 9303 Part 11, 9.2):
 * {@code SEQUENCE { protocol OBJECT IDENTIFIER, requiredData ANY, optionalData ANY OPTIONAL }}.
 * Infos with a protocol this code does not know are kept as {@link UnknownSecurityInfo}:
 * a newer chip must not become unreadable because it advertises something extra.
 */
public sealed interface SecurityInfo
        permits PaceInfo, PaceDomainParameterInfo, ChipAuthenticationInfo, ChipAuthenticationDomainParameterInfo,
                ChipAuthenticationPublicKeyInfo, TerminalAuthenticationInfo, ActiveAuthenticationInfo,
                UnknownSecurityInfo {

    /** The protocol object identifier, dotted. */
    String protocol();

    /** The DER structure this info encodes to. */
    ASN1Sequence toAsn1();

    default byte[] encoded() {
        return Asn1Fields.der(toAsn1());
    }

    /** Decodes one SecurityInfo; a known protocol with the wrong structure is malformed, not unknown. */
    static SecurityInfo decode(ASN1Encodable element) throws MalformedDataException {
        ASN1Sequence sequence = Asn1Fields.sequence(element, "SecurityInfo");
        if (sequence.size() < 2) {
            throw new MalformedDataException("SecurityInfo without its required data");
        }
        String protocol = Asn1Fields.oid(sequence.getObjectAt(0), "SecurityInfo protocol");
        if (SecurityInfoOids.isPaceProtocol(protocol)) {
            return PaceInfo.decode(protocol, sequence);
        }
        if (SecurityInfoOids.isPaceDomainParameterProtocol(protocol)) {
            return PaceDomainParameterInfo.decode(protocol, sequence);
        }
        if (SecurityInfoOids.isChipAuthenticationProtocol(protocol)) {
            return ChipAuthenticationInfo.decode(protocol, sequence);
        }
        if (SecurityInfoOids.isChipAuthenticationDomainParameterProtocol(protocol)) {
            return ChipAuthenticationDomainParameterInfo.decode(protocol, sequence);
        }
        if (SecurityInfoOids.isChipAuthenticationPublicKeyProtocol(protocol)) {
            return ChipAuthenticationPublicKeyInfo.decode(protocol, sequence);
        }
        if (SecurityInfoOids.ID_TA.equals(protocol)) {
            return TerminalAuthenticationInfo.decode(sequence);
        }
        if (SecurityInfoOids.ID_AA.equals(protocol)) {
            return ActiveAuthenticationInfo.decode(sequence);
        }
        return new UnknownSecurityInfo(protocol, Asn1Fields.der(sequence));
    }

    /** Decodes a {@code SET OF SecurityInfo} in whatever order the chip wrote it. */
    static List<SecurityInfo> decodeSet(ASN1Encodable element) throws MalformedDataException {
        if (!(element instanceof ASN1Set set)) {
            throw new MalformedDataException("SecurityInfos is not a SET");
        }
        List<SecurityInfo> infos = new ArrayList<>(set.size());
        for (ASN1Encodable info : set) {
            infos.add(decode(info));
        }
        return List.copyOf(infos);
    }

    /** A DER {@code SET OF SecurityInfo} (DER sorts the members; readers must not care). */
    static ASN1Set encodeSet(List<? extends SecurityInfo> infos) {
        ASN1EncodableVector vector = new ASN1EncodableVector(infos.size());
        infos.forEach(info -> vector.add(info.toAsn1()));
        return new DERSet(vector);
    }
}
