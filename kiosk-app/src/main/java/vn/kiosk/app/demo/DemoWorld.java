package vn.kiosk.app.demo;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;
import javax.smartcardio.TerminalFactory;
import vn.kiosk.reader.verify.TrustStore;
import vn.kiosk.simulator.backend.BackendSettings;
import vn.kiosk.simulator.backend.ReferenceBackend;
import vn.kiosk.simulator.card.RemovableCard;
import vn.kiosk.simulator.card.VirtualCard;
import vn.kiosk.simulator.chip.VirtualChip;
import vn.kiosk.simulator.citizen.CitizenGenerator;
import vn.kiosk.simulator.pcsc.VirtualReader;
import vn.kiosk.simulator.pcsc.VirtualReaders;
import vn.kiosk.simulator.personalise.CardProfile;
import vn.kiosk.simulator.personalise.Fault;
import vn.kiosk.simulator.personalise.Personaliser;
import vn.kiosk.simulator.pki.TestPki;
import vn.kiosk.simulator.qr.CardFrontQr;

/**
 * Everything the kiosk talks to, simulated in this process (demo mode, and the kiosk's own tests):
 * a test CSCA and document signer, the reference backend trusting that CSCA, and one virtual card
 * reader, empty until a {@link DemoCard} is put on it.
 */
public final class DemoWorld implements AutoCloseable {
    public static final String READER_NAME = "Demo CCCD Reader";

    private final TestPki pki;
    private final TrustStore trust;
    private final ReferenceBackend backend;
    private final VirtualReaders readers;
    private final SecureRandom random = new SecureRandom();

    private DemoWorld(TestPki pki, TrustStore trust, ReferenceBackend backend, VirtualReaders readers) {
        this.pki = pki;
        this.trust = trust;
        this.backend = backend;
        this.readers = readers;
    }

    /** @param dataDirectory where the reference backend keeps its database */
    public static DemoWorld start(Path dataDirectory) throws IOException {
        return start(dataDirectory, TestPki.generate());
    }

    /**
     * A world around a given PKI: one that outlives the process (a test that kills the kiosk and
     * starts it again needs the same CSCA, or the evidence it queued would no longer verify).
     */
    public static DemoWorld start(Path dataDirectory, TestPki pki) throws IOException {
        TrustStore trust = TrustStore.of(List.of(pki.csca().certificate()), List.of(pki.crl()));
        ReferenceBackend backend = ReferenceBackend.start(BackendSettings.loopback(dataDirectory).withTrust(trust));
        return new DemoWorld(pki, trust, backend, VirtualReaders.named(READER_NAME));
    }

    /**
     * The operator's trust store in the demo: the test CSCA and its CRL. Built once, with the world:
     * building it checks the CRL's signature, start-up work the kiosk's runtime need not repeat.
     */
    public TrustStore trust() {
        return trust;
    }

    /** The backend's origin, as a kiosk is configured with it. */
    public URI backendOrigin() {
        return URI.create("http://127.0.0.1:" + backend.port() + "/");
    }

    public ReferenceBackend backend() {
        return backend;
    }

    public TerminalFactory terminals() {
        return readers.terminalFactory();
    }

    public VirtualReader reader() {
        return readers.reader(READER_NAME);
    }

    /** A genuine card of the synthetic citizen {@code seed}. */
    public DemoCard citizen(String label, long seed) {
        return card(label, seed, List.of());
    }

    public DemoCard card(String label, long seed, List<Fault> faults) {
        var citizen = CitizenGenerator.generate(seed);
        return new DemoCard(label, citizen, faults, CardFrontQr.text(citizen));
    }

    /** The cards the demo offers on screen: two genuine citizens (two notary parties), a forged and a cloned card. */
    public List<DemoCard> presets() {
        return List.of(citizen("A", 7), citizen("B", 8),
                card("FORGED", 9, List.of(new Fault.ForgedDataGroup(13))),
                card("CLONE", 10, List.of(new Fault.Clone())));
    }

    /** Puts {@code card} on the reader (taking off whatever was there). */
    public void insert(DemoCard card) {
        VirtualReader reader = reader();
        reader.remove();
        VirtualCard chip = new VirtualChip(new Personaliser(pki, random).personalise(card.citizen(),
                CardProfile.CCCD_2021, card.faults()), random);
        Optional<Fault.RemoveAt> removeAt = card.faults().stream().filter(Fault.RemoveAt.class::isInstance)
                .map(Fault.RemoveAt.class::cast).findFirst();
        if (removeAt.isPresent()) {
            RemovableCard removable = new RemovableCard(chip, removeAt.get().apdus());
            removable.onRemoval(reader::remove);
            chip = removable;
        }
        reader.insert(chip);
    }

    public void remove() {
        reader().remove();
    }

    @Override
    public void close() {
        remove();
        backend.close();
    }
}
