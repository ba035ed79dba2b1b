package vn.kiosk.reader.lds;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import vn.kiosk.reader.error.MalformedDataException;
import vn.kiosk.reader.tlv.DataObject;
import vn.kiosk.reader.tlv.Tlv;

/**
 * DG14 (file 010E, short file identifier 0E): {@code '6E' { SET OF SecurityInfo }} (Doc 9303
 * Part 10, 4.7.14; Part 11, 9.2). On a CCCD it carries the chip authentication public key(s), the
 * matching ChipAuthenticationInfo(s) and, for an EC active authentication key, the
 * ActiveAuthenticationInfo naming the ECDSA hash. Entries come in no particular order.
 */
public record Dg14(List<SecurityInfo> infos) {
    public static final int TAG = 0x6E;

    public Dg14 {
        infos = List.copyOf(Objects.requireNonNull(infos, "infos"));
    }

    /** Parses the file exactly as read; trailing bytes or a wrong tag are malformed. */
    public static Dg14 parse(byte[] file) throws MalformedDataException {
        if (file == null) {
            throw new MalformedDataException("DG14 is empty");
        }
        DataObject outer = Tlv.parseOne(file, TAG);
        return new Dg14(SecurityInfo.decodeSet(Asn1Fields.parseOne(outer.value(), "DG14 SecurityInfos")));
    }

    /** The file as a chip stores it: the SET in DER, so its members are sorted by encoding. */
    public byte[] encode() {
        return Tlv.encode(TAG, Asn1Fields.der(SecurityInfo.encodeSet(infos)));
    }

    public List<ChipAuthenticationInfo> chipAuthenticationInfos() {
        return ofType(ChipAuthenticationInfo.class);
    }

    public List<ChipAuthenticationPublicKeyInfo> chipAuthenticationPublicKeyInfos() {
        return ofType(ChipAuthenticationPublicKeyInfo.class);
    }

    /** Doc 9303 allows one; should a chip list several, the first is as good a guess as any. */
    public Optional<ActiveAuthenticationInfo> activeAuthenticationInfo() {
        return ofType(ActiveAuthenticationInfo.class).stream().findFirst();
    }

    public <T extends SecurityInfo> List<T> ofType(Class<T> type) {
        return infos.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
