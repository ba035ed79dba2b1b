package vn.kiosk.simulator.interop;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.time.Duration;

import javax.smartcardio.CardTerminal;

import org.jmrtd.BACKey;
import org.jmrtd.PACEKeySpec;
import org.jmrtd.PassportService;
import org.jmrtd.lds.CardAccessFile;
import org.jmrtd.lds.PACEInfo;
import org.jmrtd.lds.SecurityInfo;
import org.jmrtd.lds.icao.DG1File;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import vn.kiosk.reader.bac.MrzKey;
import vn.kiosk.simulator.chip.ChipContent;
import vn.kiosk.simulator.chip.ElementaryFiles;
import vn.kiosk.simulator.chip.VirtualChip;
import vn.kiosk.simulator.citizen.Citizen;
import vn.kiosk.simulator.personalise.CardProfile;
import vn.kiosk.simulator.personalise.CitizenMrz;
import vn.kiosk.simulator.testing.PcscdExtension;
import vn.kiosk.simulator.testing.RealPcscd;
import vn.kiosk.simulator.testing.TestCards;
import vn.kiosk.simulator.vpcd.VpcdClient;

/**
 * JMRTD, an independent eMRTD implementation, reads our virtual chip through the real pcscd: its
 * PACE and BAC, its secure messaging (with MAC checking on) and its READ BINARY must agree with ours.
 */
@ExtendWith(PcscdExtension.class)
class JmrtdReadsOurCardTest {
    private static final Citizen CITIZEN = TestCards.citizen(23);
    private VpcdClient client;

    @AfterEach
    void pull() {
        if (client != null) {
            client.close();
        }
    }

    @Test
    void jmrtdOpensPaceWithTheCanAndReadsTheFiles(RealPcscd pcscd) throws Exception {
        ChipContent content = TestCards.card(CITIZEN, CardProfile.CCCD_2021).withExtendedLength(false);
        PassportService passport = open(content, pcscd);

        CardAccessFile cardAccess = new CardAccessFile(passport.getInputStream(PassportService.EF_CARD_ACCESS));
        PACEInfo pace = cardAccess.getSecurityInfos().stream().filter(PACEInfo.class::isInstance)
                .map(PACEInfo.class::cast).findFirst().orElseThrow();
        assertEquals(PACEInfo.PARAM_ID_ECP_BRAINPOOL_P256_R1, pace.getParameterId().intValue());
        assertEquals(SecurityInfo.ID_PACE_ECDH_GM_AES_CBC_CMAC_128, pace.getObjectIdentifier());

        passport.doPACE(PACEKeySpec.createCANKey(CITIZEN.can()), pace.getObjectIdentifier(),
                PACEInfo.toParameterSpec(pace.getParameterId()), pace.getParameterId());
        passport.sendSelectApplet(true);

        assertReadsLikeOurs(passport, content);
        passport.close();
    }

    @Test
    void jmrtdOpensBacWithTheMrzAndReadsTheFiles(RealPcscd pcscd) throws Exception {
        ChipContent content = TestCards.card(CITIZEN, CardProfile.BAC_ONLY).withExtendedLength(false);
        PassportService passport = open(content, pcscd);
        MrzKey key = CitizenMrz.keyOf(CITIZEN);

        passport.sendSelectApplet(false);
        passport.doBAC(new BACKey(key.documentNumber(), key.dateOfBirth(), key.dateOfExpiry()));

        assertReadsLikeOurs(passport, content);
        passport.close();
    }

    private static void assertReadsLikeOurs(PassportService passport, ChipContent content) throws Exception {
        byte[] dg1 = passport.getInputStream(PassportService.EF_DG1).readAllBytes();
        assertArrayEquals(content.files().get(ElementaryFiles.dataGroup(1)), dg1);
        DG1File parsed = new DG1File(new java.io.ByteArrayInputStream(dg1));
        assertEquals(String.join("", CitizenMrz.of(CITIZEN).lines()), parsed.getMRZInfo().toString().replace("\n", ""));
        assertEquals(CITIZEN.documentNumber(), parsed.getMRZInfo().getDocumentNumber());

        byte[] dg2 = passport.getInputStream(PassportService.EF_DG2).readAllBytes();
        assertArrayEquals(content.files().get(ElementaryFiles.dataGroup(2)), dg2);
    }

    private PassportService open(ChipContent content, RealPcscd pcscd) throws Exception {
        pcscd.awaitEmpty(RealPcscd.READER_0, Duration.ofSeconds(3));
        CardTerminal terminal = pcscd.terminal(RealPcscd.READER_0);
        client = new VpcdClient(new VirtualChip(content, new SecureRandom()));
        client.insert();
        assertTrue(terminal.waitForCardPresent(3000), "pcscd noticed the card");
        PassportService passport = new PassportService(new SmartcardioCardService(terminal),
                PassportService.NORMAL_MAX_TRANCEIVE_LENGTH, PassportService.DEFAULT_MAX_BLOCKSIZE, false, true);
        passport.open();
        return passport;
    }
}
