package vn.kiosk.simulator.testing;

import java.security.SecureRandom;
import java.util.List;
import java.util.Random;

import vn.kiosk.reader.lds.CardAccess;
import vn.kiosk.reader.lds.PaceInfo;
import vn.kiosk.reader.lds.SecurityInfoOids;
import vn.kiosk.reader.tlv.Tlv;
import vn.kiosk.simulator.chip.ChipContent;
import vn.kiosk.simulator.chip.ElementaryFiles;
import vn.kiosk.simulator.citizen.Citizen;
import vn.kiosk.simulator.citizen.CitizenGenerator;
import vn.kiosk.simulator.personalise.CardProfile;
import vn.kiosk.simulator.personalise.Personaliser;

/** Chips for tests: a synthetic citizen's card, varied in its PACE offer, and a photo-sized file. */
public final class TestCards {
    /** DG2 stands in for any file longer than one short read. */
    public static final int LARGE_FILE_SFI = 2;

    private TestCards() {
    }

    public static Citizen citizen(long seed) {
        return CitizenGenerator.generate(seed);
    }

    /** The citizen's card with a 6 KB DG2 of random bytes, so reads span many short APDUs. */
    public static ChipContent card(Citizen citizen, CardProfile profile) {
        byte[] photo = new byte[6000];
        new Random(citizen.idNumber().hashCode()).nextBytes(photo);
        return Personaliser.personalise(citizen, profile)
                .withFile(ElementaryFiles.dataGroup(LARGE_FILE_SFI), Tlv.encode(0x75, Tlv.encode(0x5F2E, photo)));
    }

    /** The same card offering a single PACE variant instead of the CCCD's. */
    public static ChipContent withPace(ChipContent content, String paceOid, int parameterId) {
        byte[] cardAccess = new CardAccess(List.of(new PaceInfo(paceOid, 2, parameterId))).encode();
        return content.withCardAccess(java.util.Optional.of(cardAccess));
    }

    public static String describe(String paceOid) {
        return paceOid.equals(SecurityInfoOids.ID_PACE_ECDH_GM_3DES_CBC_CBC) ? "3DES"
                : paceOid.equals(SecurityInfoOids.ID_PACE_ECDH_GM_AES_CBC_CMAC_128) ? "AES-128"
                : paceOid.equals(SecurityInfoOids.ID_PACE_ECDH_GM_AES_CBC_CMAC_192) ? "AES-192" : "AES-256";
    }

    public static SecureRandom random() {
        return new SecureRandom();
    }
}
