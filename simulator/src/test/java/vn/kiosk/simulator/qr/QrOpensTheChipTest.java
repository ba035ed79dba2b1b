package vn.kiosk.simulator.qr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.kiosk.reader.access.AccessKey;
import vn.kiosk.reader.access.AccessProtocol;
import vn.kiosk.reader.identity.Identity;
import vn.kiosk.reader.qr.FrameDecoder;
import vn.kiosk.reader.qr.ImageFrames;
import vn.kiosk.reader.qr.QrKind;
import vn.kiosk.reader.qr.QrResult;
import vn.kiosk.reader.qr.QrTextParser;
import vn.kiosk.reader.read.CardRead;
import vn.kiosk.reader.read.IdCardReader;
import vn.kiosk.reader.read.ReadListener;
import vn.kiosk.reader.read.ReadOptions;
import vn.kiosk.reader.verify.TrustStore;
import vn.kiosk.simulator.chip.ChipContent;
import vn.kiosk.simulator.chip.VirtualChip;
import vn.kiosk.simulator.citizen.Citizen;
import vn.kiosk.simulator.citizen.CitizenGenerator;
import vn.kiosk.simulator.pcsc.VirtualReaders;
import vn.kiosk.simulator.personalise.CardProfile;
import vn.kiosk.simulator.testing.TestCards;

/** The card-front QR, rendered, photographed (PNG), decoded and parsed, opens the citizen's chip. */
class QrOpensTheChipTest {
    private static final TrustStore TRUST = TrustStore.of(List.of(TestCards.PKI.csca().certificate()),
            List.of(TestCards.PKI.crl()));

    private final QrTextParser parser = new QrTextParser(Clock.systemUTC());

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 7, 42, 99, 1234, 2024})
    void theRenderedQrParsesBackToTheCitizen(long seed) throws Exception {
        Citizen citizen = CitizenGenerator.generate(seed);
        QrResult.Recognised qr = scan(citizen);
        // The generator issues cards up to 2026 with this one QR layout; from 1 July 2024 a card is a căn cước.
        boolean canCuoc = !citizen.issueDate().isBefore(java.time.LocalDate.of(2024, 7, 1));
        assertEquals(canCuoc ? QrKind.CAN_CUOC_2024 : QrKind.CCCD, qr.kind());
        assertEquals(canCuoc ? 1 : 0, qr.problems().size(), qr.problems()::toString);
        assertSameHolder(citizen, qr.identity());
        assertEquals(Optional.of(citizen.can()), qr.accessKey().can());
        assertEquals(citizen.expiryDate().isPresent(), qr.accessKey().mrz().isPresent());
    }

    @Test
    void theQrsCanOpensTheChipWithPace() throws Exception {
        Citizen citizen = TestCards.citizen(42);
        QrResult.Recognised qr = scan(citizen);
        CardRead read = read(TestCards.card(citizen, CardProfile.CCCD_2021), qr.accessKey().preferred().orElseThrow());
        assertEquals(AccessProtocol.PACE, read.stats().accessProtocol());
        assertEquals(citizen.idNumber(), read.identity().idNumber());
        assertEquals(citizen.fullName(), read.identity().fullName());
    }

    @Test
    void theQrsMrzKeyOpensABacOnlyChip() throws Exception {
        Citizen citizen = firstWithExpiry();
        QrResult.Recognised qr = scan(citizen);
        CardRead read = read(TestCards.card(citizen, CardProfile.BAC_ONLY), AccessKey.mrz(qr.accessKey().mrz().orElseThrow()));
        assertEquals(AccessProtocol.BAC, read.stats().accessProtocol());
        assertEquals(citizen.idNumber(), read.identity().idNumber());
    }

    private static Citizen firstWithExpiry() {
        for (long seed = 1; ; seed++) {
            Citizen citizen = CitizenGenerator.generate(seed);
            if (citizen.expiryDate().isPresent()) {
                return citizen;
            }
        }
    }

    private QrResult.Recognised scan(Citizen citizen) throws Exception {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        assertTrue(ImageIO.write(QrImages.render(CardFrontQr.text(citizen), 4), "png", png));
        var frame = ImageFrames.of(ImageIO.read(new ByteArrayInputStream(png.toByteArray())));
        String text = new FrameDecoder().decode(frame).orElseThrow().text();
        return assertInstanceOf(QrResult.Recognised.class, parser.parse(text));
    }

    static void assertSameHolder(Citizen citizen, Identity id) {
        assertEquals(citizen.idNumber(), id.idNumber());
        assertEquals(citizen.oldIdNumber(), id.oldIdNumber());
        assertEquals(citizen.fullName(), id.fullName());
        assertEquals(Optional.of(citizen.dateOfBirth()), id.dateOfBirth());
        assertEquals(citizen.sex().name(), id.sex().orElseThrow().name());
        assertEquals(citizen.placeOfResidence(), id.placeOfResidence());
        assertEquals(Optional.of(citizen.issueDate()), id.issueDate());
    }

    private static CardRead read(ChipContent content, AccessKey key) throws Exception {
        return new IdCardReader(new SecureRandom()).read(
                VirtualReaders.withCard(new VirtualChip(content, new SecureRandom())).firstTerminal(), key,
                ReadOptions.of(TRUST), ReadListener.NONE);
    }
}
