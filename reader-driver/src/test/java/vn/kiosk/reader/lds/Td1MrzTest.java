package vn.kiosk.reader.lds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.Test;

import vn.kiosk.reader.bac.MrzKey;
import vn.kiosk.reader.error.MalformedDataException;

class Td1MrzTest {
    /** The TD1 specimen of Doc 9303 Part 5, Appendix A. */
    static final String SPECIMEN = "I<UTOD231458907<<<<<<<<<<<<<<<\n"
            + "7408122F1204159UTO<<<<<<<<<<<6\n"
            + "ERIKSSON<<ANNA<MARIA<<<<<<<<<<";

    /**
     * A CCCD-shaped MRZ for ID 079123456789; check digits computed independently (by hand, with the
     * 7-3-1 weights): 123456789 -> 7, 079123456789 -> 7, 950307 -> 6, 350307 -> 4, composite -> 6.
     */
    static final String CCCD = "IDVNM1234567897079123456789<<7\n"
            + "9503076F3503074VNM<<<<<<<<<<<6\n"
            + "NGUYEN<<THI<MINH<KHAI<<<<<<<<<";

    @Test
    void specimenFieldsAndCheckDigits() throws Exception {
        Td1Mrz mrz = assertInstanceOf(Td1Mrz.class, Mrz.parse(SPECIMEN));
        assertEquals("I<", mrz.documentCode());
        assertEquals("UTO", mrz.issuingState());
        assertEquals("D23145890", mrz.documentNumber());
        assertEquals("<<<<<<<<<<<<<<<", mrz.optionalData1());
        assertEquals("740812", mrz.dateOfBirth());
        assertEquals("F", mrz.sex());
        assertEquals("120415", mrz.dateOfExpiry());
        assertEquals("UTO", mrz.nationality());
        assertEquals("<<<<<<<<<<<", mrz.optionalData2());
        assertEquals("ERIKSSON", mrz.primaryIdentifier());
        assertEquals("ANNA MARIA", mrz.secondaryIdentifier());
        assertEquals(List.of(new MrzCheck("documentNumber", '7', '7'), new MrzCheck("dateOfBirth", '2', '2'),
                new MrzCheck("dateOfExpiry", '9', '9'), new MrzCheck("composite", '6', '6')), mrz.checks());
        assertTrue(mrz.checksValid());
        assertEquals(Optional.empty(), mrz.idNumber());
        assertEquals(SPECIMEN, mrz.text());
        MrzKey key = mrz.mrzKey().orElseThrow();
        assertEquals("D23145890" + "7" + "740812" + "2" + "120415" + "9", key.mrzInformation());
    }

    @Test
    void wrongCheckDigitsAreReportedNotThrown() throws Exception {
        Mrz mrz = Mrz.parse(SPECIMEN.replace("D231458907", "D231458908").replace("UTO<<<<<<<<<<<6", "UTO<<<<<<<<<<<5"));
        assertFalse(mrz.checksValid());
        assertEquals(new MrzCheck("documentNumber", '8', '7'), mrz.checks().get(0));
        assertFalse(mrz.checks().get(3).valid());
        assertTrue(mrz.checks().get(1).valid());
    }

    @Test
    void cccdMrzGivesTheTwelveDigitIdAndItsCheck() throws Exception {
        Td1Mrz mrz = (Td1Mrz) Mrz.parse(CCCD);
        assertEquals("ID", mrz.documentCode());
        assertEquals("VNM", mrz.issuingState());
        assertEquals("123456789", mrz.documentNumber());
        assertEquals(Optional.of("079123456789"), mrz.idNumber());
        CccdIdNumber id = mrz.cccdIdNumber().orElseThrow();
        assertEquals("<<", id.separator());
        assertTrue(id.check().valid());
        assertTrue(id.matchesDocumentNumber(mrz.documentNumber()));
        assertEquals(5, mrz.checks().size());
        assertTrue(mrz.checksValid());
        assertEquals("NGUYEN", mrz.primaryIdentifier());
        assertEquals("THI MINH KHAI", mrz.secondaryIdentifier());
        assertEquals(new MrzKey("123456789", "950307", "350307").mrzInformation(),
                mrz.mrzKey().orElseThrow().mrzInformation());
    }

    @Test
    void singleFillerBeforeTheIdCheckDigitIsAcceptedAndReported() throws Exception {
        // Composite recomputed by hand for this line 1: 4.
        Td1Mrz mrz = (Td1Mrz) Mrz.parse("IDVNM1234567897079123456789<7<\n"
                + "9503076F3503074VNM<<<<<<<<<<<4\n"
                + "NGUYEN<<THI<MINH<KHAI<<<<<<<<<");
        CccdIdNumber id = mrz.cccdIdNumber().orElseThrow();
        assertEquals("079123456789", id.digits());
        assertEquals("<", id.separator());
        assertTrue(mrz.checksValid());
    }

    @Test
    void wrongIdCheckDigitIsReported() throws Exception {
        Td1Mrz mrz = (Td1Mrz) Mrz.parse(CCCD.replace("<<7\n", "<<8\n"));
        assertFalse(mrz.cccdIdNumber().orElseThrow().check().valid());
        assertFalse(mrz.checksValid());
        assertEquals(Optional.of("079123456789"), mrz.idNumber(), "the digits are still reported");
    }

    @Test
    void cccdFactoryBuildsTheSameMrz() {
        Td1Mrz built = Td1Mrz.cccd("079123456789", "950307", 'F', "350307", "Nguyễn", "Thị Minh Khai");
        assertEquals(CCCD, built.text());
        assertEquals("DANG<<VAN<DUC", MrzText.trimFillers(
                Td1Mrz.cccd("079123456789", "950307", 'M', "350307", "Đặng", "Văn Đức").line3()));
    }

    @Test
    void acceptsTheRunTogetherFormAndWhitespace() throws Exception {
        assertEquals(Mrz.parse(CCCD), Mrz.parse(CCCD.replace("\n", "")));
        assertEquals(Mrz.parse(CCCD), Mrz.parse("\n  " + CCCD.replace("\n", "\r\n") + "  \n"));
    }

    @Test
    void longDocumentNumberContinuesInOptionalData() throws Exception {
        // Doc 9303 Part 5 note j: D23145890123 (12 characters), check digit 3 computed by hand.
        String line1 = "I<UTOD23145890<1233<<<<<<<<<<<";
        String line2 = "7408122F1204159UTO<<<<<<<<<<<";
        String composite = String.valueOf(vn.kiosk.reader.bac.CheckDigit.of(
                line1.substring(5, 30) + line2.substring(0, 7) + line2.substring(8, 15) + line2.substring(18, 29)));
        Td1Mrz mrz = (Td1Mrz) Mrz.parse(line1 + "\n" + line2 + composite + "\nERIKSSON<<ANNA<MARIA<<<<<<<<<<");
        assertEquals("D23145890123", mrz.documentNumber());
        assertEquals(new MrzCheck("documentNumber", '3', '3'), mrz.checks().get(0));
        assertEquals(Optional.empty(), mrz.mrzKey());
        assertEquals(Optional.empty(), mrz.idNumber());
    }

    @Test
    void td3SpecimenIsReadToo() throws Exception {
        Td3Mrz mrz = assertInstanceOf(Td3Mrz.class, Mrz.parse("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\n"
                + "L898902C36UTO7408122F1204159ZE184226B<<<<<10"));
        assertEquals("L898902C3", mrz.documentNumber());
        assertEquals("UTO", mrz.nationality());
        assertEquals("740812", mrz.dateOfBirth());
        assertEquals("F", mrz.sex());
        assertEquals("120415", mrz.dateOfExpiry());
        assertEquals("ZE184226B<<<<<", mrz.personalNumber());
        assertEquals("ERIKSSON", mrz.primaryIdentifier());
        assertEquals("ANNA MARIA", mrz.secondaryIdentifier());
        assertTrue(mrz.checksValid(), mrz.checks().toString());
        assertEquals("L898902C3" + "6" + "740812" + "2" + "120415" + "9", mrz.mrzKey().orElseThrow().mrzInformation());
    }

    @Test
    void unknownDatesGiveNoKey() throws Exception {
        String line2 = "74<<<<<F1204159UTO<<<<<<<<<<<";
        Mrz mrz = Mrz.parse("I<UTOD231458907<<<<<<<<<<<<<<<\n" + line2 + "0\nERIKSSON<<ANNA<MARIA<<<<<<<<<<");
        assertEquals(Optional.empty(), mrz.mrzKey());
    }

    @Test
    void rejectsWhatIsNotAnMrz() {
        for (String bad : List.of("", "I<UTO", SPECIMEN.toLowerCase(), SPECIMEN.replace('E', 'É'),
                SPECIMEN.replace("ERIKSSON<<", "ERIKSSON<"), SPECIMEN + "\nX")) {
            assertThrows(MalformedDataException.class, () -> Mrz.parse(bad), bad);
        }
        assertThrows(MalformedDataException.class, () -> Mrz.parse(null));
        assertThrows(IllegalArgumentException.class, () -> new Td1Mrz("A", "B", "C"));
        assertThrows(IllegalArgumentException.class, () -> Td1Mrz.cccd("12345", "950307", 'F', "350307", "A", "B"));
    }

    @Test
    void randomTextOnlyEverGivesMalformedData() {
        Random random = new Random(1);
        String alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ<\n a\u00e9";
        for (int round = 0; round < 5000; round++) {
            StringBuilder text = new StringBuilder();
            int length = round % 2 == 0 ? 90 + random.nextInt(3) : random.nextInt(120);
            for (int i = 0; i < length; i++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length() - (round % 3 == 0 ? 0 : 6))));
            }
            try {
                Mrz mrz = Mrz.parse(text.toString());
                mrz.checks();
                mrz.mrzKey();
                mrz.idNumber();
                mrz.primaryIdentifier();
                mrz.secondaryIdentifier();
                mrz.documentNumber();
            } catch (MalformedDataException expected) {
                // fine
            }
        }
    }

    @Test
    void toStringHidesPersonalData() throws Exception {
        String text = Mrz.parse(CCCD).toString();
        assertFalse(text.contains("123456789"));
        assertFalse(text.contains("NGUYEN"));
    }
}
