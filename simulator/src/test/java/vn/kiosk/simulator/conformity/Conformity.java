package vn.kiosk.simulator.conformity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import vn.kiosk.reader.access.AccessKey;
import vn.kiosk.reader.error.ReaderException;
import vn.kiosk.reader.identity.Assurance;
import vn.kiosk.reader.read.CardRead;
import vn.kiosk.reader.read.IdCardReader;
import vn.kiosk.reader.read.ReadEvent;
import vn.kiosk.reader.read.ReadOptions;
import vn.kiosk.reader.verify.TrustStore;
import vn.kiosk.simulator.card.ForwardingCard;
import vn.kiosk.simulator.card.VirtualCard;
import vn.kiosk.simulator.chip.ChipContent;
import vn.kiosk.simulator.chip.VirtualChip;
import vn.kiosk.simulator.citizen.Citizen;
import vn.kiosk.simulator.pcsc.VirtualReaders;
import vn.kiosk.simulator.personalise.CardProfile;
import vn.kiosk.simulator.personalise.CitizenMrz;
import vn.kiosk.simulator.personalise.Fault;
import vn.kiosk.simulator.personalise.Personaliser;
import vn.kiosk.simulator.pki.TestPki;
import vn.kiosk.simulator.testing.TestCards;

/**
 * What every conformity case shares: the holder, the operator's trust store, cards personalised
 * for a case, and a read through the real reader ({@link IdCardReader} over javax.smartcardio and
 * the in-process virtual reader), as the kiosk does it.
 */
final class Conformity {
    static final Citizen HOLDER = TestCards.citizen(9303);
    static final TestPki PKI = TestCards.PKI;
    /** The operator's trust: the test CSCA and its (empty) CRL. */
    static final TrustStore TRUST = TrustStore.of(List.of(PKI.csca().certificate()), List.of(PKI.crl()));

    private Conformity() {
    }

    static AccessKey can() {
        return AccessKey.can(HOLDER.can());
    }

    static AccessKey mrz() {
        return AccessKey.mrz(CitizenMrz.keyOf(HOLDER));
    }

    /** The holder's CCCD (PACE, CA, RSA AA) with these faults. */
    static ChipContent card(Fault... faults) {
        return card(CardProfile.CCCD_2021, faults);
    }

    static ChipContent card(CardProfile profile, Fault... faults) {
        return card(PKI, profile, faults);
    }

    static ChipContent card(TestPki pki, CardProfile profile, Fault... faults) {
        return new Personaliser(pki, new SecureRandom()).personalise(HOLDER, profile, List.of(faults));
    }

    static VirtualChip chip(ChipContent content) {
        return new VirtualChip(content, new SecureRandom());
    }

    /** Reads with the CAN, the operator's trust store, the photo included. */
    static Outcome read(ChipContent content) throws ReaderException {
        return read(chip(content), can(), ReadOptions.of(TRUST));
    }

    static Outcome read(ChipContent content, ReadOptions options) throws ReaderException {
        return read(chip(content), can(), options);
    }

    static Outcome read(VirtualCard card, AccessKey key, ReadOptions options) throws ReaderException {
        List<ReadEvent> events = new CopyOnWriteArrayList<>();
        CardRead read = new IdCardReader(new SecureRandom()).read(VirtualReaders.withCard(card).firstTerminal(), key,
                options, events::add);
        return new Outcome(read, events);
    }

    /** A read and the events it sent on the way. */
    record Outcome(CardRead read, List<ReadEvent> events) {
        vn.kiosk.reader.read.Verification verification() {
            return read.verification();
        }

        void assertAssurance(Assurance expected) {
            assertEquals(expected, read.verification().assurance(), read.verification()::toString);
        }

        void assertProblem(String fragment) {
            assertTrue(read.verification().problems().stream().anyMatch(p -> p.contains(fragment)),
                    () -> "no problem mentions '" + fragment + "': " + read.verification().problems());
        }

        <E extends ReadEvent> List<E> events(Class<E> type) {
            List<E> found = new ArrayList<>();
            events.stream().filter(type::isInstance).map(type::cast).forEach(found::add);
            return found;
        }
    }

    /** Keeps every command APDU a card receives, to tell what the reader tried. */
    static final class RecordingCard extends ForwardingCard {
        private final List<byte[]> commands = Collections.synchronizedList(new ArrayList<>());

        RecordingCard(VirtualCard inner) {
            super(inner);
        }

        @Override
        public byte[] process(byte[] command) {
            commands.add(command.clone());
            return super.process(command);
        }

        List<byte[]> commands() {
            synchronized (commands) {
                return List.copyOf(commands);
            }
        }

        /** Commands with this instruction byte sent in the clear (no secure-messaging bits in CLA). */
        long plain(int ins) {
            return commands().stream().filter(c -> (c[0] & 0x0C) == 0 && (c[1] & 0xFF) == ins).count();
        }

        /** Commands sent under secure messaging. */
        long protectedCommands() {
            return commands().stream().filter(c -> (c[0] & 0x0C) == 0x0C).count();
        }

        /** BAC's GET CHALLENGE or EXTERNAL AUTHENTICATE: what a fall-back to BAC would send. */
        long bacCommands() {
            return plain(0x84) + plain(0x82);
        }
    }
}
