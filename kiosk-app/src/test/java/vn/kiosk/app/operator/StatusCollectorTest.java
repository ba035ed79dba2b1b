package vn.kiosk.app.operator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kiosk.app.backend.ApiResult;
import vn.kiosk.app.backend.Kiosk;
import vn.kiosk.app.backend.Problem;
import vn.kiosk.app.backend.UnavailableReason;
import vn.kiosk.app.outbox.FakeClock;
import vn.kiosk.app.outbox.Outbox;
import vn.kiosk.app.outbox.OutboxConfig;
import vn.kiosk.app.outbox.OutboxKeys;
import vn.kiosk.app.outbox.OutboxStats;
import vn.kiosk.reader.error.LinkException;
import vn.kiosk.reader.verify.TrustStore;
import vn.kiosk.simulator.card.VirtualCard;
import vn.kiosk.simulator.pcsc.VirtualReaders;
import vn.kiosk.simulator.pki.TestPki;

class StatusCollectorTest {
    private static final Instant NOW = Instant.parse("2026-03-02T08:00:00Z");
    private static final Kiosk.Configuration CONFIGURATION = new Kiosk.Configuration("KIOSK-HN-01", "7", "vi",
            List.of("vi", "en"), 90, 60, List.of(), "abc");

    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void everySourceWorkingGivesAFullBoard() {
        ErrorJournal journal = new ErrorJournal();
        journal.publish(new java.util.logging.LogRecord(java.util.logging.Level.WARNING, "printer: paper low"));
        StatusCollector collector = StatusCollector.builder(clock)
                .startedAt(NOW.minus(Duration.ofHours(2)))
                .appVersion("0.1.0")
                .readers(() -> List.of(new ReaderStatus("ACS ACR1281U PICC 00", true)))
                .backend(() -> new ApiResult.Ok<>(CONFIGURATION))
                .outbox(() -> new OutboxStats(3, 1, Optional.of(Duration.ofMinutes(12))))
                .trust(TrustStore::empty)
                .printer(() -> DeviceStatus.ok("escpos:tcp://10.0.0.5:9100"))
                .scanner(() -> DeviceStatus.failed("/dev/ttyACM0", "not connected"))
                .journal(journal::entries)
                .build();

        StatusBoard board = collector.collect();

        assertEquals(NOW, board.takenAt());
        assertEquals("0.1.0", board.appVersion());
        assertEquals(Duration.ofHours(2), board.uptime());
        assertEquals(List.of(new ReaderStatus("ACS ACR1281U PICC 00", true)), board.readers().known().orElseThrow());
        assertEquals(BackendStatus.State.OK, board.backend().state());
        assertTrue(board.backend().reachable());
        assertEquals(Optional.empty(), board.backend().lastErrorCode());
        assertEquals(new OutboxStats(3, 1, Optional.of(Duration.ofMinutes(12))), board.outbox().known().orElseThrow());
        assertEquals(TrustStore.empty().version(), board.trust().known().orElseThrow().version());
        assertEquals(DeviceStatus.State.OK, board.printer().state());
        assertEquals(new DeviceStatus("/dev/ttyACM0", DeviceStatus.State.FAILED, "not connected"), board.scanner());
        assertEquals("printer: paper low", board.lastErrors().get(0).message());
    }

    @Test
    void pcscDownShowsAsTheReadersErrorAndTheRestStillShows() {
        StatusBoard board = StatusCollector.builder(clock)
                .readers(() -> {
                    throw new LinkException("cannot list card readers (SCARD_E_NO_SERVICE): is pcscd running?");
                })
                .outbox(() -> new OutboxStats(0, 0, Optional.empty()))
                .build()
                .collect();

        assertEquals(new Sample.Failed<>("cannot list card readers (SCARD_E_NO_SERVICE): is pcscd running?"),
                board.readers());
        assertEquals(Optional.empty(), board.readers().known());
        assertEquals(0, board.outbox().known().orElseThrow().pending());
    }

    @Test
    void aBackendThatCannotBeReachedIsRememberedAfterItComesBack() {
        FakeClock moving = new FakeClock(NOW);
        AtomicReference<ApiResult<?>> next = new AtomicReference<>(
                new ApiResult.Unavailable<>(UnavailableReason.CONNECT_FAILED, OptionalInt.empty()));
        StatusCollector collector = StatusCollector.builder(moving).backend(next::get).build();

        BackendStatus down = collector.collect().backend();
        assertEquals(BackendStatus.State.UNREACHABLE, down.state());
        assertFalse(down.reachable());
        assertEquals(Optional.of("CONNECT_FAILED"), down.lastErrorCode());
        assertEquals(Optional.of(NOW), down.lastErrorAt());

        moving.advance(Duration.ofMinutes(3));
        next.set(new ApiResult.Unavailable<>(UnavailableReason.SERVER_ERROR, OptionalInt.of(503)));
        assertEquals(Optional.of("SERVER_ERROR (HTTP 503)"), collector.collect().backend().lastErrorCode());

        moving.advance(Duration.ofMinutes(1));
        next.set(new ApiResult.Ok<>(CONFIGURATION));
        BackendStatus up = collector.collect().backend();
        assertEquals(BackendStatus.State.OK, up.state());
        assertEquals(Optional.of("SERVER_ERROR (HTTP 503)"), up.lastErrorCode(), "the last failure still shows");
        assertEquals(Optional.of(NOW.plus(Duration.ofMinutes(3))), up.lastErrorAt());
    }

    @Test
    void aBackendThatRefusesTheKioskIsReachableButNotOk() {
        BackendStatus status = StatusCollector.builder(clock)
                .backend(() -> new ApiResult.Rejected<>(404, new Problem("KIOSK_UNKNOWN", "Không rõ kiosk.",
                        "Unknown kiosk.")))
                .build().collect().backend();
        assertEquals(BackendStatus.State.REFUSED, status.state());
        assertTrue(status.reachable());
        assertEquals(Optional.of("HTTP 404 KIOSK_UNKNOWN"), status.lastErrorCode());
    }

    @Test
    void aProbeThatThrowsCountsAsUnreachable() {
        BackendStatus status = StatusCollector.builder(clock)
                .backend(() -> {
                    throw new IllegalStateException("bug");
                })
                .build().collect().backend();
        assertEquals(BackendStatus.State.UNREACHABLE, status.state());
        assertEquals(Optional.of("CLIENT_FAILURE (IllegalStateException)"), status.lastErrorCode());
    }

    @Test
    void certificatesExpiringSoonAndExpiredAreTold() throws Exception {
        X509Certificate soon = Certs.csca("CSCA Viet Nam 2016", NOW.minus(Duration.ofDays(3650)),
                NOW.plus(Duration.ofDays(10)).plus(Duration.ofHours(1)));
        X509Certificate expired = Certs.csca("CSCA Viet Nam 2011", NOW.minus(Duration.ofDays(5000)),
                NOW.minus(Duration.ofHours(1)));
        X509Certificate fresh = Certs.csca("CSCA Viet Nam 2024", NOW.minus(Duration.ofDays(30)),
                NOW.plus(Duration.ofDays(4000)));
        TrustStore store = TrustStore.of(List.of(fresh, soon, expired), List.of());

        TrustStatus trust = StatusCollector.builder(clock).trust(() -> store).build().collect().trust()
                .known().orElseThrow();

        assertEquals(store.version(), trust.version());
        List<CertificateStatus> c = trust.certificates();
        assertEquals(List.of("CSCA Viet Nam 2011", "CSCA Viet Nam 2016", "CSCA Viet Nam 2024"),
                c.stream().map(CertificateStatus::subject).toList(), "soonest to expire first");
        assertTrue(c.get(0).expired());
        assertEquals(-1, c.get(0).daysLeft());
        assertFalse(c.get(1).expired());
        assertEquals(10, c.get(1).daysLeft());
        assertTrue(c.get(1).expiresWithin(30));
        assertFalse(c.get(2).expiresWithin(30));
        assertTrue(c.stream().allMatch(s -> s.role() == CertificateStatus.Role.CSCA));
        assertTrue(trust.hasValidCsca());

        TrustStatus onlyExpired = TrustStatus.of(TrustStore.of(List.of(expired), List.of()), NOW);
        assertFalse(onlyExpired.hasValidCsca());
    }

    @Test
    void theSimulatorsTrustFolderShowsItsCscaAndCrl() throws Exception {
        TestPki.generate().write(dir);
        TrustStore store = TrustStore.load(TestPki.trustDirectory(dir));
        TrustStatus trust = TrustStatus.of(store, Instant.now());
        assertEquals(1, trust.certificates().size());
        assertEquals("CSCA Viet Nam TEST", trust.certificates().get(0).subject());
        assertEquals(1, trust.crls().size());
        assertEquals("CSCA Viet Nam TEST", trust.crls().get(0).issuer());
        assertFalse(trust.crls().get(0).expired());
        assertEquals(List.of(), trust.problems());
    }

    @Test
    void aFailingOutboxShowsItsScrubbedError() {
        StatusBoard board = StatusCollector.builder(clock)
                .outbox(() -> {
                    throw new IllegalStateException("cannot read entry for 001089012345");
                })
                .printer(() -> {
                    throw new IllegalStateException("driver crashed");
                })
                .build().collect();
        assertEquals(Optional.of("cannot read entry for #########"), board.outbox().failure());
        assertEquals(DeviceStatus.State.FAILED, board.printer().state());
        assertEquals("driver crashed", board.printer().detail());
    }

    @Test
    void sourcesNotWiredShowAsSuch() {
        StatusBoard board = StatusCollector.builder(clock).build().collect();
        assertEquals(Optional.of("not monitored on this kiosk"), board.readers().failure());
        assertEquals(BackendStatus.State.NOT_CONFIGURED, board.backend().state());
        assertEquals(Optional.of("not monitored on this kiosk"), board.outbox().failure());
        assertEquals(Optional.of("not monitored on this kiosk"), board.trust().failure());
        assertEquals(DeviceStatus.none(), board.printer());
        assertEquals(DeviceStatus.none(), board.scanner());
        assertEquals(List.of(), board.lastErrors());
        assertEquals(Duration.ZERO, board.uptime());
    }

    @Test
    void aRealOutboxReportsItsDepth() {
        try (Outbox outbox = Outbox.open(OutboxConfig.of(dir.resolve("outbox.db"), OutboxKeys.generate()))) {
            StatusBoard board = StatusCollector.builder(clock).outbox(outbox::stats).build().collect();
            assertEquals(new OutboxStats(0, 0, Optional.empty()), board.outbox().known().orElseThrow());
        }
    }

    @Test
    void theSimulatorsVirtualReaderShowsWithAndWithoutACard() {
        VirtualReaders readers = VirtualReaders.named("R1");
        StatusCollector collector = StatusCollector.builder(clock)
                .readers(ReaderProbe.of(readers.terminalFactory())).build();

        assertEquals(List.of(new ReaderStatus("R1", false)), collector.collect().readers().known().orElseThrow());

        readers.reader("R1").insert(new SilentCard());
        assertEquals(List.of(new ReaderStatus("R1", true)), collector.collect().readers().known().orElseThrow());
    }

    /** A card that answers nothing useful: enough to be present. */
    private static final class SilentCard implements VirtualCard {
        @Override
        public byte[] atr() {
            return new byte[] {0x3B, (byte) 0x80, (byte) 0x80, 0x01, 0x01};
        }

        @Override
        public void powerOn() {
        }

        @Override
        public byte[] process(byte[] command) {
            return new byte[] {0x6D, 0x00};
        }
    }
}
