package vn.kiosk.simulator.testing;

import java.security.SecureRandom;
import java.util.List;

import vn.kiosk.reader.lds.CardAccess;
import vn.kiosk.reader.lds.PaceInfo;
import vn.kiosk.reader.lds.SecurityInfoOids;
import vn.kiosk.simulator.chip.ChipContent;
import vn.kiosk.simulator.citizen.Citizen;
import vn.kiosk.simulator.citizen.CitizenGenerator;
import vn.kiosk.simulator.personalise.CardProfile;
import vn.kiosk.simulator.personalise.Personaliser;
import vn.kiosk.simulator.pki.TestPki;

/** Chips for tests: a synthetic citizen's card, varied in its PACE offer, and a photo-sized file. */
public final class TestCards {
    /** DG2, the portrait, is the file longer than one short read. */
    public static final int LARGE_FILE_SFI = 2;

    /** One PKI for the whole test run: generating keys is the slow part of making a card. */
    public static final TestPki PKI = TestPki.generate();

    private TestCards() {
    }

    public static Citizen citizen(long seed) {
        return CitizenGenerator.generate(seed);
    }

    /** The citizen's card as issued; its DG2 portrait (about 12 KB) spans many short reads. */
    public static ChipContent card(Citizen citizen, CardProfile profile) {
        return new Personaliser(PKI, new SecureRandom()).personalise(citizen, profile, List.of());
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
