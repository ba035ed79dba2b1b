package vn.kiosk.reader.apdu;

import java.util.Arrays;

/** An ISO/IEC 7816-4 response APDU: data and the two status bytes. */
public record ResponseApdu(byte[] data, int sw) {

    public static final int SW_OK = 0x9000;

    public ResponseApdu {
        data = data == null ? new byte[0] : data.clone();
    }

    public ResponseApdu(int sw) {
        this(new byte[0], sw);
    }

    public static ResponseApdu parse(byte[] apdu) {
        if (apdu == null || apdu.length < 2) {
            throw new IllegalArgumentException("response shorter than its status word");
        }
        int n = apdu.length;
        return new ResponseApdu(Arrays.copyOf(apdu, n - 2), ((apdu[n - 2] & 0xFF) << 8) | (apdu[n - 1] & 0xFF));
    }

    @Override
    public byte[] data() {
        return data.clone();
    }

    public int length() {
        return data.length;
    }

    public boolean isOk() {
        return sw == SW_OK;
    }

    public byte[] encode() {
        byte[] out = Arrays.copyOf(data, data.length + 2);
        out[data.length] = (byte) (sw >> 8);
        out[data.length + 1] = (byte) sw;
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ResponseApdu r && r.sw == sw && Arrays.equals(r.data, data);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(data) + sw;
    }

    @Override
    public String toString() {
        return String.format("ResponseApdu[%d bytes, SW=%04X]", data.length, sw);
    }
}
