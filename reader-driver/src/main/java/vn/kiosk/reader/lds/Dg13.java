package vn.kiosk.reader.lds;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import vn.kiosk.reader.error.MalformedDataException;

/**
 * DG13 of a CCCD: the Vietnamese personal data, in the structure of CCCD.md. Text fields are as the
 * card wrote them; a field the card left out or left empty reads as "".
 *
 * @param version             the structure's version INTEGER (1 on cards seen)
 * @param idNumber            field 1, the 12-digit ID number
 * @param fullName            field 2
 * @param dateOfBirth         field 3, dd/mm/yyyy as written; see {@link #dateOfBirthAsDate()}
 * @param sex                 field 4, "Nam" or "Nữ"; see {@link #sexCode()}
 * @param nationality         field 5
 * @param ethnicity           field 6
 * @param religion            field 7
 * @param placeOfOrigin       field 8 (quê quán)
 * @param placeOfResidence    field 9
 * @param identifyingFeatures field 10
 * @param issueDate           field 11, dd/mm/yyyy
 * @param expiryDate          field 12, dd/mm/yyyy or a word such as "Không thời hạn"
 * @param parentNames         field 13, every name in the order written: father first, then mother
 * @param spouseName          field 14 (names joined with a space if the card wrote several)
 * @param oldIdNumber         field 15, the old 9-digit ID number
 * @param field16             field 16, 16 characters of unknown meaning
 * @param unknownFields       fields with other numbers, kept as their encoded value(s), by number
 */
public record Dg13(int version, String idNumber, String fullName, String dateOfBirth, String sex, String nationality,
        String ethnicity, String religion, String placeOfOrigin, String placeOfResidence, String identifyingFeatures,
        String issueDate, String expiryDate, List<String> parentNames, String spouseName, String oldIdNumber,
        String field16, Map<Integer, EncodedValue> unknownFields) {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    /** Null text reads as "", null collections as empty: the simulator builds partial citizens. */
    public Dg13 {
        if (version < 0) {
            throw new IllegalArgumentException("negative version");
        }
        idNumber = orEmpty(idNumber);
        fullName = orEmpty(fullName);
        dateOfBirth = orEmpty(dateOfBirth);
        sex = orEmpty(sex);
        nationality = orEmpty(nationality);
        ethnicity = orEmpty(ethnicity);
        religion = orEmpty(religion);
        placeOfOrigin = orEmpty(placeOfOrigin);
        placeOfResidence = orEmpty(placeOfResidence);
        identifyingFeatures = orEmpty(identifyingFeatures);
        issueDate = orEmpty(issueDate);
        expiryDate = orEmpty(expiryDate);
        parentNames = parentNames == null ? List.of() : List.copyOf(parentNames);
        spouseName = orEmpty(spouseName);
        oldIdNumber = orEmpty(oldIdNumber);
        field16 = orEmpty(field16);
        TreeMap<Integer, EncodedValue> unknown = new TreeMap<>(unknownFields == null ? Map.of() : unknownFields);
        if (unknown.keySet().stream().anyMatch(n -> n < 0 || Dg13Field.of(n).isPresent())) {
            throw new IllegalArgumentException("unknown field numbers must be non-negative and not 1 to 16");
        }
        unknownFields = Collections.unmodifiableSortedMap(unknown);
    }

    public static Builder builder() {
        return new Builder();
    }

    public static Dg13 parse(byte[] file) throws MalformedDataException {
        return Dg13Decoder.decode(file);
    }

    /** The file as a CCCD stores it: fields in number order, long-form lengths where needed. */
    public byte[] encode() {
        return Dg13Encoder.encode(this);
    }

    public Optional<LocalDate> dateOfBirthAsDate() {
        return date(dateOfBirth);
    }

    public Optional<LocalDate> issueDateAsDate() {
        return date(issueDate);
    }

    /** Empty when the card gives a word (no expiry) or anything else that is not dd/mm/yyyy. */
    public Optional<LocalDate> expiryDateAsDate() {
        return date(expiryDate);
    }

    /** "M" for "Nam", "F" for "Nữ", empty for anything else. */
    public Optional<String> sexCode() {
        String normalized = Normalizer.normalize(sex.strip(), Normalizer.Form.NFC);
        if (normalized.equalsIgnoreCase("Nam")) {
            return Optional.of("M");
        }
        if (normalized.equalsIgnoreCase("Nữ")) {
            return Optional.of("F");
        }
        return Optional.empty();
    }

    /** The first name of field 13, unless the card left it blank. */
    public Optional<String> fatherName() {
        return parentName(0);
    }

    /** The second name of field 13, unless the card left it blank. */
    public Optional<String> motherName() {
        return parentName(1);
    }

    private Optional<String> parentName(int index) {
        return parentNames.size() > index && !parentNames.get(index).isBlank()
                ? Optional.of(parentNames.get(index)) : Optional.empty();
    }

    private static Optional<LocalDate> date(String text) {
        try {
            return Optional.of(LocalDate.parse(text.strip(), DATE));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    /** Which fields are filled, never their values: this is personal data. */
    @Override
    public String toString() {
        return "Dg13[version " + version + ", " + (idNumber.isEmpty() ? "no" : "an") + " ID number, "
                + parentNames.size() + " parent name(s), unknown fields " + unknownFields.keySet() + "]";
    }

    /** Builds a DG13 field by field (version 1 unless set). */
    public static final class Builder {
        private int version = 1;
        private String idNumber;
        private String fullName;
        private String dateOfBirth;
        private String sex;
        private String nationality;
        private String ethnicity;
        private String religion;
        private String placeOfOrigin;
        private String placeOfResidence;
        private String identifyingFeatures;
        private String issueDate;
        private String expiryDate;
        private List<String> parentNames = List.of();
        private String spouseName;
        private String oldIdNumber;
        private String field16;
        private final Map<Integer, EncodedValue> unknownFields = new TreeMap<>();

        private Builder() {
        }

        public Builder version(int value) {
            version = value;
            return this;
        }

        public Builder idNumber(String value) {
            idNumber = value;
            return this;
        }

        public Builder fullName(String value) {
            fullName = value;
            return this;
        }

        /** dd/mm/yyyy. */
        public Builder dateOfBirth(String value) {
            dateOfBirth = value;
            return this;
        }

        public Builder dateOfBirth(LocalDate value) {
            return dateOfBirth(value.format(DATE));
        }

        public Builder sex(String value) {
            sex = value;
            return this;
        }

        public Builder nationality(String value) {
            nationality = value;
            return this;
        }

        public Builder ethnicity(String value) {
            ethnicity = value;
            return this;
        }

        public Builder religion(String value) {
            religion = value;
            return this;
        }

        public Builder placeOfOrigin(String value) {
            placeOfOrigin = value;
            return this;
        }

        public Builder placeOfResidence(String value) {
            placeOfResidence = value;
            return this;
        }

        public Builder identifyingFeatures(String value) {
            identifyingFeatures = value;
            return this;
        }

        public Builder issueDate(String value) {
            issueDate = value;
            return this;
        }

        public Builder issueDate(LocalDate value) {
            return issueDate(value.format(DATE));
        }

        public Builder expiryDate(String value) {
            expiryDate = value;
            return this;
        }

        public Builder expiryDate(LocalDate value) {
            return expiryDate(value.format(DATE));
        }

        public Builder parentNames(List<String> value) {
            parentNames = value;
            return this;
        }

        public Builder parents(String fatherName, String motherName) {
            return parentNames(List.of(orEmpty(fatherName), orEmpty(motherName)));
        }

        public Builder spouseName(String value) {
            spouseName = value;
            return this;
        }

        public Builder oldIdNumber(String value) {
            oldIdNumber = value;
            return this;
        }

        public Builder field16(String value) {
            field16 = value;
            return this;
        }

        public Builder unknownField(int number, EncodedValue value) {
            unknownFields.put(number, value);
            return this;
        }

        public Dg13 build() {
            return new Dg13(version, idNumber, fullName, dateOfBirth, sex, nationality, ethnicity, religion,
                    placeOfOrigin, placeOfResidence, identifyingFeatures, issueDate, expiryDate, parentNames,
                    spouseName, oldIdNumber, field16, unknownFields);
        }
    }
}
