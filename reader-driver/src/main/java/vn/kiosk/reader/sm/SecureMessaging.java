package vn.kiosk.reader.sm;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Optional;

import vn.kiosk.reader.apdu.CommandApdu;
import vn.kiosk.reader.apdu.ResponseApdu;
import vn.kiosk.reader.apdu.StatusWords;
import vn.kiosk.reader.error.SecureMessagingException;
import vn.kiosk.reader.tlv.DataObject;
import vn.kiosk.reader.tlv.Tlv;

/**
 * Terminal-side secure messaging: protects commands and checks responses. A response is used only
 * after its MAC has been verified; any failure leaves the session unusable, as the counters no
 * longer agree with the chip's.
 */
public final class SecureMessaging {
    private final SmCodec codec;
    private boolean broken;

    public SecureMessaging(SessionKeys keys) {
        this.codec = new SmCodec(keys);
    }

    public byte[] currentSsc() {
        return codec.currentSsc();
    }

    /**
     * Protects a command. The protected APDU is extended when the original asks for more than 256
     * bytes or its protected body exceeds 255 bytes, which only an extended-length card accepts.
     */
    public CommandApdu wrap(CommandApdu command) throws SecureMessagingException {
        if (broken) {
            throw new SecureMessagingException("the secure channel was broken by an earlier failure");
        }
        int cla = command.cla() | 0x0C;
        boolean oddIns = (command.ins() & 1) != 0;
        byte[] ssc = codec.nextSsc();
        byte[] data = command.data();
        byte[] do87 = data.length == 0 ? new byte[0] : codec.encryptedDataObject(ssc, data, oddIns);
        byte[] do97 = command.ne() == 0 ? new byte[0] : Tlv.encode(SmCodec.DO_LE, encodeLe(command));
        byte[] macInput = Tlv.concat(codec.paddedHeader(cla, command.ins(), command.p1(), command.p2()), do87, do97);
        byte[] body = Tlv.concat(do87, do97, codec.macDataObject(ssc, macInput));
        boolean extended = command.isExtended() || body.length > 255;
        int ne = extended ? CommandApdu.MAX_EXTENDED_NE : CommandApdu.MAX_SHORT_NE;
        return new CommandApdu(cla, command.ins(), command.p1(), command.p2(), body, ne);
    }

    /** Checks and opens a protected response. */
    public ResponseApdu unwrap(ResponseApdu response) throws SecureMessagingException {
        byte[] ssc = codec.nextSsc();
        try {
            return open(ssc, response);
        } catch (SecureMessagingException e) {
            broken = true;
            throw e;
        }
    }

    private ResponseApdu open(byte[] ssc, ResponseApdu response) throws SecureMessagingException {
        byte[] data = response.data();
        if (data.length == 0) {
            // A chip answers plain only with an error, and an SM error ends the session on its side.
            if (response.sw() == StatusWords.OK || response.sw() == StatusWords.SM_DATA_OBJECTS_MISSING
                    || response.sw() == StatusWords.SM_DATA_OBJECTS_INCORRECT) {
                throw new SecureMessagingException(String.format("chip answered %04X without secure messaging", response.sw()));
            }
            return response;
        }
        List<DataObject> objects = SmCodec.dataObjects(data);
        DataObject mac = Tlv.find(objects, SmCodec.DO_MAC)
                .orElseThrow(() -> new SecureMessagingException("response has no MAC"));
        if (objects.get(objects.size() - 1) != mac) {
            throw new SecureMessagingException("response MAC is not the last data object");
        }
        ByteArrayOutputStream macInput = new ByteArrayOutputStream();
        Optional<DataObject> encrypted = Optional.empty();
        Optional<DataObject> status = Optional.empty();
        for (DataObject o : objects.subList(0, objects.size() - 1)) {
            switch (o.tag()) {
                case SmCodec.DO_ENCRYPTED, SmCodec.DO_ENCRYPTED_ODD -> encrypted = Optional.of(o);
                case SmCodec.DO_STATUS -> status = Optional.of(o);
                default -> throw new SecureMessagingException("unexpected data object " + o.tagHex() + " in response");
            }
            macInput.writeBytes(o.encoded());
        }
        codec.checkMac(ssc, macInput.toByteArray(), mac);
        byte[] sw = status.map(DataObject::value)
                .orElseThrow(() -> new SecureMessagingException("response has no status data object"));
        if (sw.length != 2) {
            throw new SecureMessagingException("status data object is not two bytes");
        }
        byte[] plain = encrypted.isPresent() ? codec.decrypt(ssc, encrypted.get()) : new byte[0];
        return new ResponseApdu(plain, ((sw[0] & 0xFF) << 8) | (sw[1] & 0xFF));
    }

    private static byte[] encodeLe(CommandApdu command) {
        int ne = command.ne();
        if (command.isExtended()) {
            int le = ne == CommandApdu.MAX_EXTENDED_NE ? 0 : ne;
            return new byte[] {(byte) (le >> 8), (byte) le};
        }
        return new byte[] {(byte) (ne == CommandApdu.MAX_SHORT_NE ? 0 : ne)};
    }
}
