package vn.kiosk.reader.transport;

import vn.kiosk.reader.error.ReaderException;

/**
 * The whole of what the protocols need from a reader: command bytes in, response bytes out
 * (data followed by SW1 SW2). T=0/T=1/T=CL differences, GET RESPONSE chaining and the PC/SC
 * plumbing stay behind this line.
 */
@FunctionalInterface
public interface ApduTransport {
    byte[] transmit(byte[] command) throws ReaderException;
}
