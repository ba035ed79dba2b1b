package vn.kiosk.reader.lds;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSequence;

import vn.kiosk.reader.error.MalformedDataException;

/**
 * {@code TerminalAuthenticationInfo ::= SEQUENCE { protocol id-TA, version INTEGER,
 * efCVCA FileID OPTIONAL }}. A kiosk never runs terminal authentication; the info only tells it
 * that DG3 (fingerprints) will answer 6982.
 */
public record TerminalAuthenticationInfo(int version, Optional<FileId> efCvca) implements SecurityInfo {

    /** {@code FileID ::= SEQUENCE { fid OCTET STRING (SIZE(2)), sfid OCTET STRING (SIZE(1)) OPTIONAL }}. */
    public record FileId(int fid, OptionalInt shortFileId) {
        public FileId {
            Objects.requireNonNull(shortFileId, "shortFileId");
            if (fid < 0 || fid > 0xFFFF || shortFileId.orElse(0) < 0 || shortFileId.orElse(0) > 0xFF) {
                throw new IllegalArgumentException("file identifier out of range");
            }
        }

        static FileId decode(ASN1Encodable element) throws MalformedDataException {
            ASN1Sequence sequence = Asn1Fields.sequence(element, "efCVCA FileID");
            Asn1Fields.requireSize(sequence, 1, 2, "efCVCA FileID");
            byte[] fid = octets(sequence.getObjectAt(0), 2);
            OptionalInt sfid = sequence.size() == 2
                    ? OptionalInt.of(octets(sequence.getObjectAt(1), 1)[0] & 0xFF) : OptionalInt.empty();
            return new FileId(((fid[0] & 0xFF) << 8) | (fid[1] & 0xFF), sfid);
        }

        private static byte[] octets(ASN1Encodable element, int length) throws MalformedDataException {
            if (element instanceof ASN1OctetString octets && octets.getOctets().length == length) {
                return octets.getOctets();
            }
            throw new MalformedDataException("efCVCA FileID field is not a " + length + "-byte OCTET STRING");
        }

        ASN1Sequence toAsn1() {
            ASN1EncodableVector fields = new ASN1EncodableVector(2);
            fields.add(new DEROctetString(new byte[] {(byte) (fid >> 8), (byte) fid}));
            shortFileId.ifPresent(sfi -> fields.add(new DEROctetString(new byte[] {(byte) sfi})));
            return new DERSequence(fields);
        }
    }

    public TerminalAuthenticationInfo {
        Objects.requireNonNull(efCvca, "efCvca");
    }

    public TerminalAuthenticationInfo(int version) {
        this(version, Optional.empty());
    }

    @Override
    public String protocol() {
        return SecurityInfoOids.ID_TA;
    }

    static TerminalAuthenticationInfo decode(ASN1Sequence sequence) throws MalformedDataException {
        Asn1Fields.requireSize(sequence, 2, 3, "TerminalAuthenticationInfo");
        int version = Asn1Fields.smallInt(sequence.getObjectAt(1), "TerminalAuthenticationInfo version");
        Optional<FileId> file = sequence.size() == 3
                ? Optional.of(FileId.decode(sequence.getObjectAt(2))) : Optional.empty();
        return new TerminalAuthenticationInfo(version, file);
    }

    @Override
    public ASN1Sequence toAsn1() {
        ASN1EncodableVector fields = new ASN1EncodableVector(3);
        fields.add(new ASN1ObjectIdentifier(SecurityInfoOids.ID_TA));
        fields.add(new ASN1Integer(version));
        efCvca.ifPresent(file -> fields.add(file.toAsn1()));
        return new DERSequence(fields);
    }
}
