package vn.kiosk.reader.apdu;

import vn.kiosk.reader.error.MalformedDataException;
import vn.kiosk.reader.error.ReaderException;
import vn.kiosk.reader.transport.ApduTransport;

/** APDUs in the clear: SELECT, EF.CardAccess and the access-control protocols themselves. */
public record PlainChannel(ApduTransport transport, boolean extendedLength) implements ApduChannel {

    @Override
    public ResponseApdu send(CommandApdu command) throws ReaderException {
        byte[] response = transport.transmit(command.encode());
        if (response == null || response.length < 2) {
            throw new MalformedDataException("card answered without a status word");
        }
        return ResponseApdu.parse(response);
    }
}
