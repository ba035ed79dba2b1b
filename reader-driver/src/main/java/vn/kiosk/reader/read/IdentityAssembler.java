package vn.kiosk.reader.read;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import vn.kiosk.reader.identity.Identity;
import vn.kiosk.reader.lds.Dg13;
import vn.kiosk.reader.lds.Mrz;
import vn.kiosk.reader.lds.Td1Mrz;

/**
 * Builds the identity from what was read: DG13 has every field in Vietnamese with diacritics; the
 * MRZ (DG1) stands in for what DG13 lacks, or for all of it when DG13 could not be read.
 */
final class IdentityAssembler {
    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");

    private IdentityAssembler() {
    }

    static Identity assemble(Optional<Mrz> mrz, Optional<Dg13> dg13, LocalDate today) {
        String mrzText = mrz.map(Mrz::text).orElse("");
        if (dg13.isPresent()) {
            Dg13 d = dg13.get();
            return new Identity(d.idNumber(), d.fullName(), d.dateOfBirthAsDate(), d.sexCode().map(Identity.Sex::valueOf),
                    d.nationality(), d.ethnicity(), d.religion(), d.placeOfOrigin(), d.placeOfResidence(),
                    d.identifyingFeatures(), d.issueDateAsDate(), d.expiryDateAsDate(),
                    d.expiryDateAsDate().isPresent() ? "" : d.expiryDate(), d.oldIdNumber(),
                    d.fatherName().orElse(""), d.motherName().orElse(""), d.spouseName(), mrzText);
        }
        if (mrz.isEmpty()) {
            return new Identity("", "", Optional.empty(), Optional.empty(), "", "", "", "", "", "", Optional.empty(),
                    Optional.empty(), "", "", "", "", "", "");
        }
        Mrz m = mrz.get();
        String idNumber = m instanceof Td1Mrz td1 ? td1.idNumber().orElse(m.documentNumber()) : m.documentNumber();
        String name = (m.primaryIdentifier() + " " + m.secondaryIdentifier()).trim();
        Optional<LocalDate> birth = yymmdd(m.dateOfBirth(), today, true);
        Optional<Identity.Sex> sex = m.sex().equals("M") ? Optional.of(Identity.Sex.M)
                : m.sex().equals("F") ? Optional.of(Identity.Sex.F) : Optional.empty();
        return new Identity(idNumber, name, birth, sex, m.nationality(), "", "", "", "", "", Optional.empty(),
                yymmdd(m.dateOfExpiry(), today, false), "", "", "", "", "", mrzText);
    }

    /** A birth date is in the past, so 75 means 1975 today; an expiry may lie up to 50 years ahead. */
    private static Optional<LocalDate> yymmdd(String value, LocalDate today, boolean past) {
        try {
            LocalDate date = LocalDate.parse(value, YYMMDD);
            if (past && date.isAfter(today)) {
                date = date.minusYears(100);
            } else if (!past && date.isBefore(today.minusYears(50))) {
                date = date.plusYears(100);
            }
            return Optional.of(date);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
