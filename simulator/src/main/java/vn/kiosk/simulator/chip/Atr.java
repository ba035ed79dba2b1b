package vn.kiosk.simulator.chip;

import java.io.ByteArrayOutputStream;

/**
 * The ATR a PC/SC reader synthesises for an ISO/IEC 14443-4 card (PC/SC part 3): 3B 8n 80 01,
 * historical bytes, TCK. The historical bytes carry the card-capabilities object whose third
 * byte tells the reader whether extended Lc/Le fields are supported.
 */
final class Atr {
    private Atr() {
    }

    static byte[] contactless(boolean extendedLength) {
        byte[] historical = {
            (byte) 0x80,                                  // category: compact-TLV objects follow
            0x73, (byte) 0x80, 0x01, (byte) (extendedLength ? 0xC0 : 0x80), // card capabilities
        };
        ByteArrayOutputStream atr = new ByteArrayOutputStream();
        atr.write(0x3B);
        atr.write(0x80 | historical.length);
        atr.write(0x80);
        atr.write(0x01);
        atr.writeBytes(historical);
        byte[] bytes = atr.toByteArray();
        int tck = 0;
        for (int i = 1; i < bytes.length; i++) {
            tck ^= bytes[i];
        }
        atr.write(tck);
        return atr.toByteArray();
    }
}
