package vn.kiosk.reader.apdu;

import vn.kiosk.reader.error.ReaderException;

/** Sends structured APDUs, in the clear or through secure messaging. */
public interface ApduChannel {
    ResponseApdu send(CommandApdu command) throws ReaderException;

    /** Whether both card and reader accept extended-length APDUs on this channel. */
    boolean extendedLength();
}
