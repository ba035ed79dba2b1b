package vn.kiosk.reader.lds;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.BERTags;
import org.bouncycastle.asn1.DERPrintableString;
import org.bouncycastle.asn1.DERUTF8String;
import org.bouncycastle.asn1.DLSequence;
import org.bouncycastle.asn1.DLSet;
import org.bouncycastle.asn1.DLTaggedObject;

/**
 * Writes DG13 as a CCCD does. The fields go in a {@link DLSet} encoded with the DL rules, never DER:
 * DER sorts a SET's members by their encodings, which compares lengths before field numbers, so a
 * DER DG13 would put short fields first. Real cards keep the order 1 ... 16, and readers that walk
 * the fields by position (public CCCD apps do) depend on it.
 */
final class Dg13Encoder {
    static final String UTF8_OID = "1.0.10646.1.0.8";

    private Dg13Encoder() {
    }

    static byte[] encode(Dg13 dg13) {
        Map<Integer, ASN1Encodable> fields = new TreeMap<>();
        put(fields, Dg13Field.ID_NUMBER, dg13.idNumber());
        put(fields, Dg13Field.FULL_NAME, dg13.fullName());
        put(fields, Dg13Field.DATE_OF_BIRTH, dg13.dateOfBirth());
        put(fields, Dg13Field.SEX, dg13.sex());
        put(fields, Dg13Field.NATIONALITY, dg13.nationality());
        put(fields, Dg13Field.ETHNICITY, dg13.ethnicity());
        put(fields, Dg13Field.RELIGION, dg13.religion());
        put(fields, Dg13Field.PLACE_OF_ORIGIN, dg13.placeOfOrigin());
        put(fields, Dg13Field.PLACE_OF_RESIDENCE, dg13.placeOfResidence());
        put(fields, Dg13Field.IDENTIFYING_FEATURES, dg13.identifyingFeatures());
        put(fields, Dg13Field.ISSUE_DATE, dg13.issueDate());
        put(fields, Dg13Field.EXPIRY_DATE, dg13.expiryDate());
        fields.put(Dg13Field.PARENTS.number(), parents(dg13.parentNames()));
        fields.put(Dg13Field.SPOUSE.number(), spouse(dg13.spouseName()));
        put(fields, Dg13Field.OLD_ID_NUMBER, dg13.oldIdNumber());
        put(fields, Dg13Field.FIELD_16, dg13.field16());
        dg13.unknownFields().forEach((number, value) -> fields.put(number, unknown(number, value)));

        ASN1EncodableVector set = new ASN1EncodableVector(fields.size());
        fields.values().forEach(set::add);
        DLSequence body = new DLSequence(new ASN1Encodable[] {
            new ASN1Integer(dg13.version()), new ASN1ObjectIdentifier(UTF8_OID), new DLSet(set)});
        try {
            return new DLTaggedObject(true, BERTags.APPLICATION, 13, body).getEncoded(ASN1Encoding.DL);
        } catch (IOException e) {
            throw new IllegalStateException("cannot encode DG13", e);
        }
    }

    private static void put(Map<Integer, ASN1Encodable> fields, Dg13Field field, String value) {
        ASN1Encodable string;
        if (field.kind() == Dg13Field.Kind.PRINTABLE) {
            if (!DERPrintableString.isPrintableString(value)) {
                throw new IllegalArgumentException("DG13 field " + field.number() + " must be a PrintableString");
            }
            string = new DERPrintableString(value);
        } else {
            string = new DERUTF8String(value);
        }
        fields.put(field.number(), field(field.number(), string));
    }

    /** One nested SEQUENCE per parent: {@code SEQUENCE { 13, SEQUENCE { father }, SEQUENCE { mother } }}. */
    private static ASN1Encodable parents(List<String> names) {
        ASN1EncodableVector field = new ASN1EncodableVector();
        field.add(new ASN1Integer(Dg13Field.PARENTS.number()));
        for (String name : names) {
            field.add(new DLSequence(new DERUTF8String(name)));
        }
        return new DLSequence(field);
    }

    /** {@code SEQUENCE { 14, SEQUENCE { spouse } }}, the inner SEQUENCE empty when there is none. */
    private static ASN1Encodable spouse(String name) {
        ASN1Encodable inner = name.isEmpty() ? new DLSequence() : new DLSequence(new DERUTF8String(name));
        return field(Dg13Field.SPOUSE.number(), inner);
    }

    private static ASN1Encodable unknown(int number, EncodedValue value) {
        ASN1EncodableVector field = new ASN1EncodableVector();
        field.add(new ASN1Integer(number));
        try (ASN1InputStream in = new ASN1InputStream(value.encoded())) {
            for (ASN1Primitive object; (object = in.readObject()) != null; ) {
                field.add(object);
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("unknown DG13 field " + number + " is not ASN.1", e);
        }
        return new DLSequence(field);
    }

    private static ASN1Encodable field(int number, ASN1Encodable value) {
        return new DLSequence(new ASN1Encodable[] {new ASN1Integer(number), value});
    }
}
