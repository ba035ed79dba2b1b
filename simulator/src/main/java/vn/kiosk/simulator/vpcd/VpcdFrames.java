package vn.kiosk.simulator.vpcd;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;

/** vpcd's framing: every message, both ways, is a 2-byte big-endian length and then the payload. */
final class VpcdFrames {

    static final int MAX_PAYLOAD = 0xFFFF;

    private VpcdFrames() {
    }

    /** The next payload, or null at a clean end of stream (pcscd closed the connection). */
    static byte[] read(DataInputStream in, Runnable beforeEachRead) throws IOException {
        beforeEachRead.run();
        int high = in.read();
        if (high < 0) {
            return null;
        }
        beforeEachRead.run();
        int length = (high << 8) | in.readUnsignedByte();
        byte[] payload = new byte[length];
        beforeEachRead.run();
        in.readFully(payload);
        return payload;
    }

    /** Length and payload in one write, so they leave in one TCP segment. */
    static void write(OutputStream out, byte[] payload) throws IOException {
        if (payload.length > MAX_PAYLOAD) {
            throw new IllegalArgumentException("vpcd frames carry at most " + MAX_PAYLOAD + " bytes");
        }
        byte[] frame = new byte[payload.length + 2];
        frame[0] = (byte) (payload.length >> 8);
        frame[1] = (byte) payload.length;
        System.arraycopy(payload, 0, frame, 2, payload.length);
        out.write(frame);
        out.flush();
    }
}
