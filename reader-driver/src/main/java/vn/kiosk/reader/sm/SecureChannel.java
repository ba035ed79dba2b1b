package vn.kiosk.reader.sm;

import vn.kiosk.reader.apdu.ApduChannel;
import vn.kiosk.reader.apdu.CommandApdu;
import vn.kiosk.reader.apdu.ResponseApdu;
import vn.kiosk.reader.error.ReaderException;
import vn.kiosk.reader.error.SecureMessagingException;

/** An {@link ApduChannel} whose every command and response goes through secure messaging. */
public final class SecureChannel implements ApduChannel {
    private final ApduChannel plain;
    private final SecureMessaging sm;

    public SecureChannel(ApduChannel plain, SessionKeys keys) {
        this.plain = plain;
        this.sm = new SecureMessaging(keys);
    }

    @Override
    public ResponseApdu send(CommandApdu command) throws ReaderException {
        CommandApdu wrapped = sm.wrap(command);
        if (wrapped.isExtended() && !plain.extendedLength()) {
            throw new SecureMessagingException("command needs extended length, which this card or reader lacks");
        }
        return sm.unwrap(plain.send(wrapped));
    }

    @Override
    public boolean extendedLength() {
        return plain.extendedLength();
    }
}
