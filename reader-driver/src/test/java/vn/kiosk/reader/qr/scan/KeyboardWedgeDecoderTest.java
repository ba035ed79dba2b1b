package vn.kiosk.reader.qr.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class KeyboardWedgeDecoderTest {
    private static final String QR = "001099012345|123456789|Nguyễn Thị Nữ|01011999|Nữ|Số 1, Phường Bến Nghé, Quận 1|01012021";

    private final List<ScanEvent> events = new ArrayList<>();
    private final KeyboardWedgeDecoder wedge = new KeyboardWedgeDecoder();

    /** Types the text a key every {@code gapMillis}, then Enter; returns the time after. */
    private long type(String text, long startMillis, long gapMillis) {
        long t = startMillis;
        for (char c : text.toCharArray()) {
            wedge.typed(c, t);
            t += gapMillis;
        }
        wedge.typed('\r', t);
        return t + gapMillis;
    }

    @Test
    void aFastBurstEndedByEnterIsOneScan() {
        wedge.start(events::add);
        type(QR, 1_000, 3);
        assertEquals(1, events.size());
        ScanEvent.Scanned scanned = assertInstanceOf(ScanEvent.Scanned.class, events.get(0));
        assertEquals(QR, scanned.text());
        assertTrue(scanned.notes().isEmpty(), scanned.notes().toString());
    }

    @Test
    void slowHumanTypingIsIgnored() {
        wedge.start(events::add);
        long t = type("001099012345|hello", 1_000, 150);
        assertTrue(events.stream().noneMatch(e -> e instanceof ScanEvent.Scanned), events.toString());
        assertEquals(ScanFailure.TYPED_TOO_SLOWLY, ((ScanEvent.Failed) events.get(0)).failure());
        // a few keys and a stray Enter: not even worth a failure
        events.clear();
        type("ok", t + 1_000, 120);
        assertTrue(events.isEmpty(), events.toString());
    }

    @Test
    void humanKeysBeforeAScanAreDroppedFromIt() {
        wedge.start(events::add);
        wedge.typed('x', 1_000);
        wedge.typed('y', 1_200);
        type(QR, 1_500, 2);
        assertEquals(QR, ((ScanEvent.Scanned) events.get(0)).text());
    }

    @Test
    void utf8TypedAsLatin1IsRepaired() {
        wedge.start(events::add);
        String mangled = new String(QR.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        type(mangled, 1_000, 2);
        ScanEvent.Scanned scanned = (ScanEvent.Scanned) events.get(0);
        assertEquals(QR, scanned.text());
        assertTrue(scanned.notes().stream().anyMatch(n -> n.contains("repaired")), scanned.notes().toString());
    }

    @Test
    void utf8TypedAsWindows1252IsRepaired() {
        wedge.start(events::add);
        type(asWindows1252(QR.getBytes(StandardCharsets.UTF_8)), 1_000, 2);
        assertEquals(QR, ((ScanEvent.Scanned) events.get(0)).text());
    }

    @Test
    void nothingIsDeliveredAfterClose() {
        wedge.start(events::add);
        wedge.close();
        type(QR, 1_000, 2);
        assertTrue(events.isEmpty());
    }

    /** What Windows shows for bytes in code page 1252: the five undefined bytes pass through as C1 controls. */
    private static String asWindows1252(byte[] bytes) {
        java.nio.charset.Charset cp1252 = java.nio.charset.Charset.forName("windows-1252");
        StringBuilder typed = new StringBuilder();
        for (byte b : bytes) {
            String c = new String(new byte[] {b}, cp1252);
            typed.append(c.equals("\uFFFD") ? (char) (b & 0xFF) : c.charAt(0));
        }
        return typed.toString();
    }
}
