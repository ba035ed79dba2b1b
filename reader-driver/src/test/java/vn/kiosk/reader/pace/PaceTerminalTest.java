package vn.kiosk.reader.pace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalInt;

import org.junit.jupiter.api.Test;

import vn.kiosk.reader.error.CardStatusException;
import vn.kiosk.reader.error.MalformedDataException;
import vn.kiosk.reader.error.ReaderException;
import vn.kiosk.reader.error.UnsupportedProtocolException;
import vn.kiosk.reader.error.WrongPasswordException;
import vn.kiosk.reader.lds.PaceInfo;
import vn.kiosk.reader.lds.SecurityInfoOids;

/** How the terminal reacts when the chip's answers deviate from the worked example. */
class PaceTerminalTest {
    private static final String PK_IFD = PaceWorkedExampleTest.PK_IFD;
    private static final String PK_MAP_IC = PaceWorkedExampleTest.PK_MAP_IC;

    private static ReaderException runWith(int index, String response) {
        PaceWorkedExampleTest.ScriptedCard card = PaceWorkedExampleTest.ScriptedCard.workedExample();
        card.responses.set(index, response);
        return assertThrows(ReaderException.class, () -> new Pace(PaceWorkedExampleTest.publishedTerminalKeys())
                .run(card, PaceWorkedExampleTest.INFO, PacePassword.mrz(PaceWorkedExampleTest.MRZ)));
    }

    @Test
    void mseSetAtRefusals() {
        assertTrue(runWith(0, "6A80") instanceof UnsupportedProtocolException);
        assertTrue(runWith(0, "6A88") instanceof UnsupportedProtocolException);
        assertEquals(0x63C1, ((WrongPasswordException) runWith(0, "63C1")).statusWord());
        assertEquals(0x6F00, ((CardStatusException) runWith(0, "6F00")).statusWord());
    }

    @Test
    void passwordWithTriesLeftStillRuns() throws Exception {
        PaceWorkedExampleTest.ScriptedCard card = PaceWorkedExampleTest.ScriptedCard.workedExample();
        card.responses.set(0, "63C3");
        new Pace(PaceWorkedExampleTest.publishedTerminalKeys())
                .run(card, PaceWorkedExampleTest.INFO, PacePassword.mrz(PaceWorkedExampleTest.MRZ));
        assertEquals(5, card.sent.size());
    }

    @Test
    void malformedChipMessages() {
        String offCurve = PK_MAP_IC.substring(0, PK_MAP_IC.length() - 2) + "55";
        assertTrue(runWith(1, "7C0080019000") instanceof MalformedDataException, "trailing bytes");
        assertTrue(runWith(1, "7C03800100" + "9000") instanceof MalformedDataException, "one-byte nonce");
        assertTrue(runWith(1, "7C12811095A3A016522EE98D01E76CB6B98B42C39000") instanceof MalformedDataException,
                "wrong tag");
        assertTrue(runWith(2, "7C438241" + offCurve + "9000") instanceof MalformedDataException, "off the curve");
        assertTrue(runWith(2, "7C0382010" + "09000") instanceof MalformedDataException, "point at infinity");
        assertTrue(runWith(3, "7C438441" + PK_MAP_IC + "9000") instanceof MalformedDataException,
                "ephemeral key equal to the mapping key");
        assertTrue(runWith(3, "7C438441" + PK_IFD + "9000") instanceof MalformedDataException, "reflected key");
        assertEquals(0x6982, ((CardStatusException) runWith(1, "6982")).statusWord());
        assertTrue(runWith(4, "7C0A8608" + "3ABB9674BCE93C08" + "6A80") instanceof CardStatusException);
    }

    @Test
    void unsupportedInfosAreRefusedBeforeAnyApdu() {
        PaceInfo noParameterId = new PaceInfo(SecurityInfoOids.ID_PACE_ECDH_GM_AES_CBC_CMAC_128, 2, OptionalInt.empty());
        PaceInfo dh = new PaceInfo(SecurityInfoOids.ID_PACE_DH_GM_AES_CBC_CMAC_128, 2, 0);
        PaceInfo proprietary = new PaceInfo(SecurityInfoOids.ID_PACE_ECDH_GM_AES_CBC_CMAC_128, 2, 32);
        for (PaceInfo info : new PaceInfo[] {noParameterId, dh, proprietary}) {
            assertFalse(Pace.supports(info));
            PaceWorkedExampleTest.ScriptedCard card = PaceWorkedExampleTest.ScriptedCard.workedExample();
            assertThrows(UnsupportedProtocolException.class, () -> new Pace(PaceWorkedExampleTest.publishedTerminalKeys())
                    .run(card, info, PacePassword.can("123456")));
            assertTrue(card.sent.isEmpty());
        }
    }

    @Test
    void passwordsNeverPrinted() {
        assertFalse(PacePassword.can("123456").toString().contains("123456"));
        assertFalse(PacePassword.mrz(PaceWorkedExampleTest.MRZ).toString().contains("T22000129"));
        assertEquals(PacePassword.REFERENCE_CAN, PacePassword.can("123456").reference());
        assertEquals("313233343536", java.util.HexFormat.of().withUpperCase()
                .formatHex(PacePassword.can("123456").key()));
        assertThrows(IllegalArgumentException.class, () -> PacePassword.can("12a456"));
    }
}
