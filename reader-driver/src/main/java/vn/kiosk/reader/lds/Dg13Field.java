package vn.kiosk.reader.lds;

import java.util.Optional;

/** The field numbers of DG13 on a CCCD and the ASN.1 string type each is written with. */
enum Dg13Field {
    ID_NUMBER(1, Kind.PRINTABLE),
    FULL_NAME(2, Kind.UTF8),
    DATE_OF_BIRTH(3, Kind.PRINTABLE),
    SEX(4, Kind.UTF8),
    NATIONALITY(5, Kind.UTF8),
    ETHNICITY(6, Kind.UTF8),
    RELIGION(7, Kind.UTF8),
    PLACE_OF_ORIGIN(8, Kind.UTF8),
    PLACE_OF_RESIDENCE(9, Kind.UTF8),
    IDENTIFYING_FEATURES(10, Kind.UTF8),
    ISSUE_DATE(11, Kind.PRINTABLE),
    EXPIRY_DATE(12, Kind.UTF8),
    PARENTS(13, Kind.NAMES),
    SPOUSE(14, Kind.NAMES),
    OLD_ID_NUMBER(15, Kind.PRINTABLE),
    FIELD_16(16, Kind.PRINTABLE);

    /** How the value is written after the field number. */
    enum Kind {
        PRINTABLE, UTF8,
        /** Nested SEQUENCEs of UTF8String: every string inside counts, in order. */
        NAMES
    }

    private final int number;
    private final Kind kind;

    Dg13Field(int number, Kind kind) {
        this.number = number;
        this.kind = kind;
    }

    int number() {
        return number;
    }

    Kind kind() {
        return kind;
    }

    static Optional<Dg13Field> of(int number) {
        return number >= 1 && number <= values().length ? Optional.of(values()[number - 1]) : Optional.empty();
    }
}
