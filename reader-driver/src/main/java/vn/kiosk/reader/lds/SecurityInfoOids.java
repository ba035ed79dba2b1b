package vn.kiosk.reader.lds;

/**
 * Object identifiers of the SecurityInfos in EF.CardAccess, EF.CardSecurity and DG14
 * (BSI TR-03110 Part 3, Appendix A.1; ICAO Doc 9303 Part 11, 9.2). Dotted strings, so callers
 * can switch on them without Bouncy Castle types.
 */
public final class SecurityInfoOids {
    /** bsi-de: itu-t(0) identified-organization(4) etsi(0) reserved(127) etsi-identified-organization(0) 7. */
    public static final String BSI_DE = "0.4.0.127.0.7";

    /** Chip authentication public keys (ChipAuthenticationPublicKeyInfo). */
    public static final String ID_PK = BSI_DE + ".2.2.1";
    public static final String ID_PK_DH = ID_PK + ".1";
    public static final String ID_PK_ECDH = ID_PK + ".2";

    /** Terminal authentication. */
    public static final String ID_TA = BSI_DE + ".2.2.2";

    /** Chip authentication; the two-arc forms name ChipAuthenticationDomainParameterInfo. */
    public static final String ID_CA = BSI_DE + ".2.2.3";
    public static final String ID_CA_DH = ID_CA + ".1";
    public static final String ID_CA_DH_3DES_CBC_CBC = ID_CA_DH + ".1";
    public static final String ID_CA_DH_AES_CBC_CMAC_128 = ID_CA_DH + ".2";
    public static final String ID_CA_DH_AES_CBC_CMAC_192 = ID_CA_DH + ".3";
    public static final String ID_CA_DH_AES_CBC_CMAC_256 = ID_CA_DH + ".4";
    public static final String ID_CA_ECDH = ID_CA + ".2";
    public static final String ID_CA_ECDH_3DES_CBC_CBC = ID_CA_ECDH + ".1";
    public static final String ID_CA_ECDH_AES_CBC_CMAC_128 = ID_CA_ECDH + ".2";
    public static final String ID_CA_ECDH_AES_CBC_CMAC_192 = ID_CA_ECDH + ".3";
    public static final String ID_CA_ECDH_AES_CBC_CMAC_256 = ID_CA_ECDH + ".4";

    /** PACE; the mapping-only forms (one arc below id-PACE) name PACEDomainParameterInfo. */
    public static final String ID_PACE = BSI_DE + ".2.2.4";
    public static final String ID_PACE_DH_GM = ID_PACE + ".1";
    public static final String ID_PACE_DH_GM_3DES_CBC_CBC = ID_PACE_DH_GM + ".1";
    public static final String ID_PACE_DH_GM_AES_CBC_CMAC_128 = ID_PACE_DH_GM + ".2";
    public static final String ID_PACE_DH_GM_AES_CBC_CMAC_192 = ID_PACE_DH_GM + ".3";
    public static final String ID_PACE_DH_GM_AES_CBC_CMAC_256 = ID_PACE_DH_GM + ".4";
    public static final String ID_PACE_ECDH_GM = ID_PACE + ".2";
    public static final String ID_PACE_ECDH_GM_3DES_CBC_CBC = ID_PACE_ECDH_GM + ".1";
    public static final String ID_PACE_ECDH_GM_AES_CBC_CMAC_128 = ID_PACE_ECDH_GM + ".2";
    public static final String ID_PACE_ECDH_GM_AES_CBC_CMAC_192 = ID_PACE_ECDH_GM + ".3";
    public static final String ID_PACE_ECDH_GM_AES_CBC_CMAC_256 = ID_PACE_ECDH_GM + ".4";
    public static final String ID_PACE_DH_IM = ID_PACE + ".3";
    public static final String ID_PACE_DH_IM_3DES_CBC_CBC = ID_PACE_DH_IM + ".1";
    public static final String ID_PACE_DH_IM_AES_CBC_CMAC_128 = ID_PACE_DH_IM + ".2";
    public static final String ID_PACE_DH_IM_AES_CBC_CMAC_192 = ID_PACE_DH_IM + ".3";
    public static final String ID_PACE_DH_IM_AES_CBC_CMAC_256 = ID_PACE_DH_IM + ".4";
    public static final String ID_PACE_ECDH_IM = ID_PACE + ".4";
    public static final String ID_PACE_ECDH_IM_3DES_CBC_CBC = ID_PACE_ECDH_IM + ".1";
    public static final String ID_PACE_ECDH_IM_AES_CBC_CMAC_128 = ID_PACE_ECDH_IM + ".2";
    public static final String ID_PACE_ECDH_IM_AES_CBC_CMAC_192 = ID_PACE_ECDH_IM + ".3";
    public static final String ID_PACE_ECDH_IM_AES_CBC_CMAC_256 = ID_PACE_ECDH_IM + ".4";
    public static final String ID_PACE_ECDH_CAM = ID_PACE + ".6";
    public static final String ID_PACE_ECDH_CAM_AES_CBC_CMAC_128 = ID_PACE_ECDH_CAM + ".2";
    public static final String ID_PACE_ECDH_CAM_AES_CBC_CMAC_192 = ID_PACE_ECDH_CAM + ".3";
    public static final String ID_PACE_ECDH_CAM_AES_CBC_CMAC_256 = ID_PACE_ECDH_CAM + ".4";

    /** Active authentication (ICAO: id-icao-mrtd-security-aaProtocolObject), found in DG14. */
    public static final String ID_AA = "2.23.136.1.1.5";

    private SecurityInfoOids() {
    }

    /** A full PACE protocol (mapping and cipher), as PACEInfo carries. */
    public static boolean isPaceProtocol(String oid) {
        return arcsBelow(ID_PACE, oid) == 2;
    }

    /** A PACE mapping without cipher, as PACEDomainParameterInfo carries. */
    public static boolean isPaceDomainParameterProtocol(String oid) {
        return arcsBelow(ID_PACE, oid) == 1;
    }

    /** A full chip authentication protocol (key agreement and cipher), as ChipAuthenticationInfo carries. */
    public static boolean isChipAuthenticationProtocol(String oid) {
        return arcsBelow(ID_CA, oid) == 2;
    }

    public static boolean isChipAuthenticationDomainParameterProtocol(String oid) {
        return ID_CA_DH.equals(oid) || ID_CA_ECDH.equals(oid);
    }

    public static boolean isChipAuthenticationPublicKeyProtocol(String oid) {
        return ID_PK_DH.equals(oid) || ID_PK_ECDH.equals(oid);
    }

    /** How many arcs {@code oid} has below {@code parent}, or -1 when it is not under it. */
    private static int arcsBelow(String parent, String oid) {
        if (oid == null || !oid.startsWith(parent + ".")) {
            return -1;
        }
        String rest = oid.substring(parent.length() + 1);
        return rest.matches("\\d+(\\.\\d+)*") ? rest.split("\\.").length : -1;
    }
}
