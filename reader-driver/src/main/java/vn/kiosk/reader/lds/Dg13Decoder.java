package vn.kiosk.reader.lds;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.bouncycastle.asn1.ASN1BitString;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.ASN1Set;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.ASN1TaggedObject;
import org.bouncycastle.asn1.BERTags;

import vn.kiosk.reader.error.MalformedDataException;

/**
 * Reads DG13 with Bouncy Castle: {@code [APPLICATION 13] SEQUENCE { version INTEGER, OID, SET OF
 * SEQUENCE { field-number INTEGER, value(s) } }}. Members of the SET are taken in the order written.
 */
final class Dg13Decoder {
    /** How deep field 13's and 14's nested SEQUENCEs may go; real cards use one level. */
    private static final int MAX_NAME_NESTING = 4;

    private Dg13Decoder() {
    }

    static Dg13 decode(byte[] file) throws MalformedDataException {
        try {
            return decodeChecked(file);
        } catch (RuntimeException e) {
            // Bouncy Castle signals unexpected types with IllegalStateException and friends.
            throw new MalformedDataException("DG13 does not have the expected structure ("
                    + e.getClass().getSimpleName() + ")", e);
        }
    }

    private static Dg13 decodeChecked(byte[] file) throws MalformedDataException {
        if (file == null || file.length == 0 || (file[0] & 0xFF) != DataGroup.DG13.tag()) {
            throw new MalformedDataException("DG13 does not start with tag 6D");
        }
        ASN1Primitive outer = Asn1Fields.parseOne(file, "DG13");
        if (!(outer instanceof ASN1TaggedObject tagged) || tagged.getTagClass() != BERTags.APPLICATION
                || tagged.getTagNo() != 13) {
            throw new MalformedDataException("DG13 is not [APPLICATION 13]");
        }
        ASN1Sequence body = Asn1Fields.sequence(tagged.getBaseUniversal(true, BERTags.SEQUENCE), "DG13 body");
        Asn1Fields.requireSize(body, 3, 3, "DG13 body");
        int version = Asn1Fields.smallInt(body.getObjectAt(0), "DG13 version");
        // The OID names the character set (1.0.10646.1.0.8, UTF-8); the string types say it too, so
        // any OID is read the same way.
        Asn1Fields.oid(body.getObjectAt(1), "DG13 character set");
        if (!(body.getObjectAt(2) instanceof ASN1Set fields)) {
            throw new MalformedDataException("DG13 fields are not a SET");
        }

        Map<Dg13Field, String> texts = new EnumMap<>(Dg13Field.class);
        Map<Dg13Field, List<String>> names = new EnumMap<>(Dg13Field.class);
        Map<Integer, EncodedValue> unknown = new TreeMap<>();
        Set<Integer> seen = new HashSet<>();
        for (ASN1Encodable element : fields) {
            ASN1Sequence field = Asn1Fields.sequence(element, "DG13 field");
            if (field.size() == 0) {
                throw new MalformedDataException("DG13 field without a number");
            }
            int number = Asn1Fields.smallInt(field.getObjectAt(0), "DG13 field number");
            if (!seen.add(number)) {
                throw new MalformedDataException("DG13 field " + number + " appears twice");
            }
            List<ASN1Encodable> values = new ArrayList<>();
            for (int i = 1; i < field.size(); i++) {
                values.add(field.getObjectAt(i));
            }
            Optional<Dg13Field> known = Dg13Field.of(number);
            if (known.isEmpty()) {
                unknown.put(number, encoded(values));
            } else if (known.get().kind() == Dg13Field.Kind.NAMES) {
                List<String> collected = new ArrayList<>();
                collectStrings(values, collected, number, 0);
                names.put(known.get(), collected);
            } else {
                texts.put(known.get(), text(values, number));
            }
        }
        List<String> spouse = names.getOrDefault(Dg13Field.SPOUSE, List.of());
        return new Dg13(version,
                texts.get(Dg13Field.ID_NUMBER),
                texts.get(Dg13Field.FULL_NAME),
                texts.get(Dg13Field.DATE_OF_BIRTH),
                texts.get(Dg13Field.SEX),
                texts.get(Dg13Field.NATIONALITY),
                texts.get(Dg13Field.ETHNICITY),
                texts.get(Dg13Field.RELIGION),
                texts.get(Dg13Field.PLACE_OF_ORIGIN),
                texts.get(Dg13Field.PLACE_OF_RESIDENCE),
                texts.get(Dg13Field.IDENTIFYING_FEATURES),
                texts.get(Dg13Field.ISSUE_DATE),
                texts.get(Dg13Field.EXPIRY_DATE),
                names.getOrDefault(Dg13Field.PARENTS, List.of()),
                String.join(" ", spouse).strip(),
                texts.get(Dg13Field.OLD_ID_NUMBER),
                texts.get(Dg13Field.FIELD_16),
                unknown);
    }

    /** A simple field: one string, or nothing (an empty field). */
    private static String text(List<ASN1Encodable> values, int number) throws MalformedDataException {
        if (values.isEmpty()) {
            return "";
        }
        if (values.size() == 1 && isString(values.get(0))) {
            return ((ASN1String) values.get(0)).getString();
        }
        throw new MalformedDataException("DG13 field " + number + " is not a single string");
    }

    /** Every string inside, depth first, in the order written. */
    private static void collectStrings(Iterable<? extends ASN1Encodable> values, List<String> out, int number,
            int depth) throws MalformedDataException {
        if (depth > MAX_NAME_NESTING) {
            throw new MalformedDataException("DG13 field " + number + " is nested too deeply");
        }
        for (ASN1Encodable value : values) {
            if (isString(value)) {
                out.add(((ASN1String) value).getString());
            } else if (value instanceof ASN1Sequence sequence) {
                collectStrings(sequence, out, number, depth + 1);
            } else if (value instanceof ASN1Set set) {
                collectStrings(set, out, number, depth + 1);
            } else {
                throw new MalformedDataException("DG13 field " + number + " holds something other than names");
            }
        }
    }

    /** Character strings only: BC's BIT STRING also offers getString(), as hex. */
    private static boolean isString(ASN1Encodable value) {
        return value instanceof ASN1String && !(value instanceof ASN1BitString);
    }

    private static EncodedValue encoded(List<ASN1Encodable> values) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (ASN1Encodable value : values) {
            // DL, not DER: re-sorting a SET inside would change what the card wrote.
            out.writeBytes(encodeDl(value));
        }
        return new EncodedValue(out.toByteArray());
    }

    private static byte[] encodeDl(ASN1Encodable value) {
        try {
            return value.toASN1Primitive().getEncoded(ASN1Encoding.DL);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot re-encode a decoded value", e);
        }
    }
}
