package vn.kiosk.reader.ca;

import java.math.BigInteger;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import vn.kiosk.reader.crypto.CipherSuite;
import vn.kiosk.reader.lds.ChipAuthenticationInfo;
import vn.kiosk.reader.lds.ChipAuthenticationPublicKeyInfo;
import vn.kiosk.reader.lds.Dg14;
import vn.kiosk.reader.lds.SecurityInfoOids;

/**
 * Picks the protocol and public key from DG14. A ChipAuthenticationInfo names the protocol and,
 * when the chip has several keys, the keyId of its ChipAuthenticationPublicKeyInfo. Among usable
 * pairs AES beats 3DES and longer keys beat shorter ones; the SET's order means nothing.
 */
final class CaKeySelection {
    /** Doc 9303 defines chip authentication version 1; version 2 (TR-03110 CA2) needs terminal authentication first. */
    static final int SUPPORTED_VERSION = 1;

    private CaKeySelection() {
    }

    sealed interface Choice permits Chosen, Unusable {
    }

    /**
     * @param keyId        what MSE names the key by (tag 84), when DG14 gives the key an id
     * @param assumed      true when DG14 has no ChipAuthenticationInfo and 3DES was assumed
     */
    record Chosen(CaProtocol protocol, ChipAuthenticationPublicKeyInfo key, Optional<BigInteger> keyId,
                  boolean assumed) implements Choice {
    }

    record Unusable(String why) implements Choice {
    }

    static Choice choose(Dg14 dg14) {
        List<ChipAuthenticationPublicKeyInfo> keys = dg14.chipAuthenticationPublicKeyInfos();
        if (keys.isEmpty()) {
            return new Unusable("DG14 holds no chip authentication public key");
        }
        List<ChipAuthenticationPublicKeyInfo> ecdhKeys = keys.stream()
                .filter(k -> SecurityInfoOids.ID_PK_ECDH.equals(k.protocol())).toList();
        if (ecdhKeys.isEmpty()) {
            return new Unusable("DG14 holds only DH chip authentication keys (id-PK-DH), which this reader"
                    + " does not implement");
        }
        List<ChipAuthenticationInfo> infos = dg14.chipAuthenticationInfos();
        if (infos.isEmpty()) {
            // Without a ChipAuthenticationInfo the chip runs version 1 with 3DES (TR-03110 v1, as JMRTD reads it).
            ChipAuthenticationPublicKeyInfo key = ecdhKeys.get(0);
            return new Chosen(CaProtocol.ecdh(SecurityInfoOids.ID_CA_ECDH_3DES_CBC_CBC).orElseThrow(), key,
                    key.keyId(), true);
        }
        Optional<Chosen> best = infos.stream()
                .filter(info -> info.version() == SUPPORTED_VERSION)
                .flatMap(info -> pair(info, ecdhKeys).stream())
                .max(Comparator.comparingInt(chosen -> strength(chosen.protocol().suite())));
        if (best.isPresent()) {
            return best.get();
        }
        boolean onlyDh = infos.stream().allMatch(info -> info.protocol().startsWith(SecurityInfoOids.ID_CA_DH + "."));
        return new Unusable(onlyDh
                ? "DG14 offers only id-CA-DH chip authentication, which this reader does not implement"
                : "no version-1 ECDH ChipAuthenticationInfo in DG14 matches one of its ECDH public keys");
    }

    private static Optional<Chosen> pair(ChipAuthenticationInfo info, List<ChipAuthenticationPublicKeyInfo> ecdhKeys) {
        Optional<CaProtocol> protocol = CaProtocol.ecdh(info.protocol());
        if (protocol.isEmpty()) {
            return Optional.empty();
        }
        Optional<ChipAuthenticationPublicKeyInfo> key;
        if (info.keyId().isPresent()) {
            key = ecdhKeys.stream().filter(k -> k.keyId().equals(info.keyId())).findFirst();
        } else if (ecdhKeys.size() == 1) {
            key = Optional.of(ecdhKeys.get(0));
        } else {
            // Several keys and an info that names none: only a single key without an id is unambiguous.
            List<ChipAuthenticationPublicKeyInfo> unnamed = ecdhKeys.stream().filter(k -> k.keyId().isEmpty()).toList();
            key = unnamed.size() == 1 ? Optional.of(unnamed.get(0)) : Optional.empty();
        }
        return key.map(k -> new Chosen(protocol.get(), k, info.keyId().or(k::keyId), false));
    }

    private static int strength(CipherSuite suite) {
        return switch (suite) {
            case DESEDE -> 0;
            case AES_128 -> 1;
            case AES_192 -> 2;
            case AES_256 -> 3;
        };
    }
}
