package vn.kiosk.reader.read;

import vn.kiosk.reader.error.ReaderException;
import vn.kiosk.reader.transport.ApduTransport;

/** Counts what crosses the link, whatever transport carries it. */
final class CountingTransport implements ApduTransport {
    private final ApduTransport inner;
    private long apdus;
    private long bytesOut;
    private long bytesIn;

    CountingTransport(ApduTransport inner) {
        this.inner = inner;
    }

    @Override
    public byte[] transmit(byte[] command) throws ReaderException {
        apdus++;
        bytesOut += command.length;
        byte[] response = inner.transmit(command);
        bytesIn += response.length;
        return response;
    }

    long apdus() {
        return apdus;
    }

    long bytesOut() {
        return bytesOut;
    }

    long bytesIn() {
        return bytesIn;
    }
}
