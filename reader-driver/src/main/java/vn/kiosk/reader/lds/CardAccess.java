package vn.kiosk.reader.lds;

import java.util.List;
import java.util.Objects;

import vn.kiosk.reader.error.MalformedDataException;

/**
 * EF.CardAccess (file 011C, short file identifier 1C): a DER {@code SET OF SecurityInfo} telling
 * the terminal which PACE variants the chip offers (Doc 9303 Part 11, 9.2.1). Entries come in no
 * particular order; look them up by type, never by position.
 */
public record CardAccess(List<SecurityInfo> infos) {

    public CardAccess {
        infos = List.copyOf(Objects.requireNonNull(infos, "infos"));
    }

    /**
     * What real CCCDs carry: TerminalAuthenticationInfo v1, ChipAuthenticationInfo
     * id-CA-ECDH-AES-CBC-CMAC-128 v1, PACEInfo id-PACE-ECDH-GM-AES-CBC-CMAC-128 v2 on parameter
     * id 13 (brainpoolP256r1).
     */
    public static CardAccess cccd() {
        return new CardAccess(List.of(
                new TerminalAuthenticationInfo(1),
                new ChipAuthenticationInfo(SecurityInfoOids.ID_CA_ECDH_AES_CBC_CMAC_128, 1),
                new PaceInfo(SecurityInfoOids.ID_PACE_ECDH_GM_AES_CBC_CMAC_128, 2, 13)));
    }

    /** Parses the file's bytes; anything but a well-formed SET OF SecurityInfo is malformed. */
    public static CardAccess parse(byte[] file) throws MalformedDataException {
        return new CardAccess(SecurityInfo.decodeSet(Asn1Fields.parseOne(file, "EF.CardAccess")));
    }

    /** The file as a chip would store it (DER). */
    public byte[] encode() {
        return Asn1Fields.der(SecurityInfo.encodeSet(infos));
    }

    public List<PaceInfo> paceInfos() {
        return ofType(PaceInfo.class);
    }

    public List<ChipAuthenticationInfo> chipAuthenticationInfos() {
        return ofType(ChipAuthenticationInfo.class);
    }

    public List<TerminalAuthenticationInfo> terminalAuthenticationInfos() {
        return ofType(TerminalAuthenticationInfo.class);
    }

    public <T extends SecurityInfo> List<T> ofType(Class<T> type) {
        return infos.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
