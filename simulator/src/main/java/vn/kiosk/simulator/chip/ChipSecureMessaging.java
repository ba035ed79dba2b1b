package vn.kiosk.simulator.chip;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Optional;

import vn.kiosk.reader.apdu.CommandApdu;
import vn.kiosk.reader.apdu.ResponseApdu;
import vn.kiosk.reader.error.SecureMessagingException;
import vn.kiosk.reader.sm.SessionKeys;
import vn.kiosk.reader.sm.SmCodec;
import vn.kiosk.reader.tlv.DataObject;
import vn.kiosk.reader.tlv.Tlv;

/** Chip-side secure messaging: opens protected commands and protects responses (Doc 9303 Part 11, 9.8). */
final class ChipSecureMessaging {
    private final SmCodec codec;

    ChipSecureMessaging(SessionKeys keys) {
        this.codec = new SmCodec(keys);
    }

    /** Checks the command MAC and returns the plain command it carries. */
    CommandApdu unwrap(CommandApdu command) throws SecureMessagingException {
        byte[] ssc = codec.nextSsc();
        List<DataObject> objects = SmCodec.dataObjects(command.data());
        if (objects.isEmpty() || objects.get(objects.size() - 1).tag() != SmCodec.DO_MAC) {
            throw new SecureMessagingException("command has no MAC");
        }
        ByteArrayOutputStream macInput = new ByteArrayOutputStream();
        macInput.writeBytes(codec.paddedHeader(command.cla(), command.ins(), command.p1(), command.p2()));
        Optional<DataObject> encrypted = Optional.empty();
        int ne = 0;
        for (DataObject o : objects.subList(0, objects.size() - 1)) {
            switch (o.tag()) {
                case SmCodec.DO_ENCRYPTED, SmCodec.DO_ENCRYPTED_ODD -> encrypted = Optional.of(o);
                case SmCodec.DO_LE -> ne = decodeLe(o.value());
                default -> throw new SecureMessagingException("unexpected data object " + o.tagHex());
            }
            macInput.writeBytes(o.encoded());
        }
        codec.checkMac(ssc, macInput.toByteArray(), objects.get(objects.size() - 1));
        byte[] data = encrypted.isPresent() ? codec.decrypt(ssc, encrypted.get()) : new byte[0];
        return new CommandApdu(command.cla() & ~0x0C, command.ins(), command.p1(), command.p2(), data, ne);
    }

    /** Protects a response: DO'87' when there is data, DO'99' always, then DO'8E'. */
    ResponseApdu wrap(ResponseApdu response) {
        byte[] ssc = codec.nextSsc();
        byte[] do87 = response.length() == 0 ? new byte[0] : codec.encryptedDataObject(ssc, response.data(), false);
        byte[] do99 = Tlv.encode(SmCodec.DO_STATUS, new byte[] {(byte) (response.sw() >> 8), (byte) response.sw()});
        byte[] macInput = Tlv.concat(do87, do99);
        return new ResponseApdu(Tlv.concat(macInput, codec.macDataObject(ssc, macInput)), response.sw());
    }

    private static int decodeLe(byte[] le) throws SecureMessagingException {
        return switch (le.length) {
            case 1 -> le[0] == 0 ? CommandApdu.MAX_SHORT_NE : le[0] & 0xFF;
            case 2 -> {
                int value = ((le[0] & 0xFF) << 8) | (le[1] & 0xFF);
                yield value == 0 ? CommandApdu.MAX_EXTENDED_NE : value;
            }
            default -> throw new SecureMessagingException("DO'97' must hold one or two bytes");
        };
    }
}
