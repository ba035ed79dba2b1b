package vn.kiosk.reader.read;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;

import javax.smartcardio.CardTerminal;

import vn.kiosk.reader.aa.ActiveAuthentication;
import vn.kiosk.reader.aa.ActiveAuthenticationResult;
import vn.kiosk.reader.access.AccessKey;
import vn.kiosk.reader.access.ChipAccess;
import vn.kiosk.reader.access.FileReader;
import vn.kiosk.reader.access.OpenedChip;
import vn.kiosk.reader.apdu.ApduChannel;
import vn.kiosk.reader.apdu.StatusWords;
import vn.kiosk.reader.ca.ChipAuthentication;
import vn.kiosk.reader.ca.ChipAuthenticationResult;
import vn.kiosk.reader.error.CardStatusException;
import vn.kiosk.reader.error.MalformedDataException;
import vn.kiosk.reader.error.ReaderException;
import vn.kiosk.reader.identity.Identity;
import vn.kiosk.reader.lds.DataGroup;
import vn.kiosk.reader.lds.Dg1;
import vn.kiosk.reader.lds.Dg13;
import vn.kiosk.reader.lds.Dg14;
import vn.kiosk.reader.lds.Dg15;
import vn.kiosk.reader.lds.Dg2;
import vn.kiosk.reader.lds.FaceImage;
import vn.kiosk.reader.lds.Mrz;
import vn.kiosk.reader.lds.SecurityObject;
import vn.kiosk.reader.read.Verification.Check;
import vn.kiosk.reader.transport.ApduTransport;
import vn.kiosk.reader.transport.SmartcardioTransport;
import vn.kiosk.reader.verify.PassiveAuthentication;
import vn.kiosk.reader.verify.PassiveAuthenticationResult;
import vn.kiosk.reader.verify.PassiveVerdict;

/**
 * The one call that turns "a card is on the reader, here is its access key" into an identity, its
 * photo, how far it is proven, and the evidence for a backend.
 *
 * <p>Order: the secure channel; EF.SOD (it says which data groups exist, and the SOD, never
 * EF.COM, is what we trust); DG1 and DG13, after which the identity is announced; DG14 and chip
 * authentication, so everything after travels under keys only the genuine chip can have; DG15
 * and active authentication; DG2 last, if the flow wants the photo; then passive authentication
 * over everything read. A card that cannot be read throws; a card that reads but does not verify
 * returns, with its problems listed. DG14 or DG15 listed in the SOD but not delivered by the chip
 * fails its clone check (INVALID), rather than leaving it not supported: that is what a clone
 * without the genuine chip's keys would try.
 */
public final class IdCardReader {
    private static final int[] IDENTITY_GROUPS = {1, 13};
    private static final int SFI_SOD = 0x1D;

    private final SecureRandom random;

    public IdCardReader(SecureRandom random) {
        this.random = random;
    }

    /** Reads the card in this terminal over javax.smartcardio. */
    public CardRead read(CardTerminal terminal, AccessKey key, ReadOptions options, ReadListener listener)
            throws ReaderException {
        try (SmartcardioTransport transport = SmartcardioTransport.open(terminal)) {
            return read(transport, transport.extendedLength(), key, options, listener);
        }
    }

    public CardRead read(ApduTransport transport, boolean extendedLength, AccessKey key, ReadOptions options,
                         ReadListener listener) throws ReaderException {
        long start = System.nanoTime();
        CountingTransport link = new CountingTransport(transport);
        OpenedChip chip = new ChipAccess(random).open(link, extendedLength, key);
        listener.on(new ReadEvent.ChannelOpened(chip.protocol()));

        Session session = new Session(chip.channel(), listener);
        byte[] sodBytes = session.readFile(0, SFI_SOD).orElse(new byte[0]);
        Optional<SecurityObject> sod = session.parse("EF.SOD", sodBytes, SecurityObject::parse);
        List<Integer> listed = sod.map(SecurityObject::dataGroupNumbers).orElse(List.of(1, 13, 14, 15, 2));

        Optional<Mrz> mrz = session.readDataGroup(1).flatMap(bytes -> session.parse("DG1", bytes, Dg1::parse)).map(Dg1::mrz);
        Optional<Dg13> dg13 = listed.contains(13)
                ? session.readDataGroup(13).flatMap(bytes -> session.parse("DG13", bytes, Dg13::parse)) : Optional.empty();
        LocalDate today = LocalDate.now(options.clock());
        Identity identity = IdentityAssembler.assemble(mrz, dg13, today);
        mrz.filter(m -> !m.checksValid()).ifPresent(m -> session.problems.add("A check digit of the MRZ (DG1) is wrong"));
        identity.expiryDate().filter(expiry -> expiry.isBefore(today))
                .ifPresent(expiry -> session.problems.add("The card has expired; the holder must renew it"));
        listener.on(new ReadEvent.IdentityRead(identity));
        CompletableFuture<Void> identityVerified = verifyIdentityMeanwhile(sod, session.groups, options, listener);

        Check chipCheck = Check.NOT_SUPPORTED;
        Optional<Dg14> dg14 = listed.contains(14)
                ? session.readDataGroup(14).flatMap(bytes -> session.parse("DG14", bytes, Dg14::parse)) : Optional.empty();
        if (dg14.isPresent() && !dg14.get().chipAuthenticationPublicKeyInfos().isEmpty()) {
            ChipAuthenticationResult ca = new ChipAuthentication(random).perform(chip, dg14.get());
            chipCheck = Check.of(ca.verdict());
            listener.on(new ReadEvent.ChipAuthenticated(ca.verdict()));
            session.switchTo(ca);
        } else if (session.withheld(sod, 14)) {
            // A clone without the chip's key would rather hide DG14 than fail chip authentication.
            chipCheck = Check.INVALID;
            session.problems.add("Chip authentication: the SOD lists DG14 but the chip did not deliver it;"
                    + " a genuine chip would, so the check counts as failed");
            listener.on(new ReadEvent.ChipAuthenticated(ChipAuthenticationResult.Verdict.INVALID));
        }

        Check activeCheck = Check.NOT_CHECKED;
        Optional<Evidence.ActiveAuthenticationTranscript> transcript = Optional.empty();
        if (session.usable()) {
            activeCheck = Check.NOT_SUPPORTED;
            Optional<Dg15> dg15 = listed.contains(15)
                    ? session.readDataGroup(15).flatMap(bytes -> session.parse("DG15", bytes, Dg15::parse)) : Optional.empty();
            if (dg15.isEmpty() && session.withheld(sod, 15)) {
                activeCheck = Check.INVALID;
                session.problems.add("Active authentication: the SOD lists DG15 but the chip did not deliver it;"
                        + " a genuine chip would, so the check counts as failed");
                listener.on(new ReadEvent.ActiveAuthenticated(ActiveAuthenticationResult.Verdict.INVALID));
            }
            if (dg15.isPresent()) {
                ActiveAuthenticationResult aa = options.challenge().isPresent()
                        ? ActiveAuthentication.perform(session.channel, dg15, dg14, options.challenge().get())
                        : new ActiveAuthentication(random).perform(session.channel, dg15, dg14);
                activeCheck = Check.of(aa.verdict());
                aa.problem().filter(p -> !aa.isValid()).ifPresent(p -> session.problems.add("Active authentication: " + p));
                transcript = Optional.of(new Evidence.ActiveAuthenticationTranscript(aa.challenge(), aa.signature()));
                listener.on(new ReadEvent.ActiveAuthenticated(aa.verdict()));
            }
        }

        Optional<FaceImage> photo = Optional.empty();
        if (options.photo() && listed.contains(2) && session.usable()) {
            photo = session.readDataGroup(2).flatMap(bytes -> session.parse("DG2", bytes, Dg2::parse)).map(Dg2::face);
            photo.ifPresent(face -> listener.on(new ReadEvent.PhotoRead(face)));
        }

        identityVerified.join(); // its event comes before the final verdict's
        PassiveAuthenticationResult passive = sodBytes.length == 0
                ? PassiveAuthenticationResult.notChecked("the chip has no EF.SOD", options.trust().version())
                : new PassiveAuthentication(options.trust(), options.clock()).verify(sodBytes, session.groups);
        listener.on(new ReadEvent.PassiveVerified(passive.verdict()));

        List<String> problems = new ArrayList<>(session.problems);
        passive.problems().forEach(p -> problems.add("Passive authentication: " + p));
        Verification verification = new Verification(passive.verdict(), activeCheck, chipCheck, passive.dataGroups(),
                Verification.assurance(passive.verdict(), activeCheck, chipCheck), problems);
        Evidence evidence = new Evidence(sodBytes, session.groups, transcript);
        CardRead.Stats stats = new CardRead.Stats(chip.protocol(), link.apdus(), link.bytesIn(), link.bytesOut(),
                (System.nanoTime() - start) / 1_000_000);
        return new CardRead(identity, photo, verification, evidence, stats);
    }

    /**
     * Checks the SOD's signature and chain and the DG1 and DG13 hashes on another thread while the
     * read goes on to the clone checks and the photo, so a screen can trust the identity as soon as
     * the link has delivered it. Uses the common pool: the check is a few milliseconds of CPU.
     */
    private static CompletableFuture<Void> verifyIdentityMeanwhile(Optional<SecurityObject> sod,
                                                                   Map<Integer, byte[]> groups, ReadOptions options,
                                                                   ReadListener listener) {
        if (sod.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        Map<Integer, byte[]> identityGroups = new TreeMap<>();
        for (int number : IDENTITY_GROUPS) {
            if (groups.containsKey(number)) {
                identityGroups.put(number, groups.get(number));
            }
        }
        return CompletableFuture.runAsync(() -> {
            PassiveVerdict verdict = new PassiveAuthentication(options.trust(), options.clock())
                    .verify(sod.get(), identityGroups).verdict();
            try {
                listener.on(new ReadEvent.IdentityVerified(verdict));
            } catch (RuntimeException e) {
                // the listener's trouble is not the card's: the read goes on and its result stands
            }
        });
    }

    /** The channel in use, what has been read through it, and the problems met on the way. */
    private static final class Session {
        private ApduChannel channel;
        private final ReadListener listener;
        private final SortedMap<Integer, byte[]> groups = new TreeMap<>();
        private final List<String> problems = new ArrayList<>();

        Session(ApduChannel channel, ReadListener listener) {
            this.channel = channel;
            this.listener = listener;
        }

        boolean usable() {
            return channel != null;
        }

        /**
         * The signed SOD lists this data group but reading it gave nothing (not on the chip, or
         * unreadable): the issuer put it there, so a chip without it is not the one the issuer made.
         */
        boolean withheld(Optional<SecurityObject> sod, int number) {
            return sod.isPresent() && sod.get().dataGroupHash(number).isPresent() && !groups.containsKey(number);
        }

        /** After chip authentication: the new channel, the old one if CA never started, or none. */
        void switchTo(ChipAuthenticationResult ca) {
            if (ca instanceof ChipAuthenticationResult.Valid valid) {
                channel = valid.channel();
            } else if (ca instanceof ChipAuthenticationResult.Invalid invalid) {
                problems.add("Chip authentication: " + invalid.problem());
                channel = invalid.stillUsable().orElse(null);
                if (channel == null) {
                    problems.add("The chip's secure channel was lost after chip authentication failed; nothing more was read");
                }
            } else if (ca instanceof ChipAuthenticationResult.NotSupported notSupported) {
                problems.add("Chip authentication: " + notSupported.problem());
            }
        }

        Optional<byte[]> readDataGroup(int number) throws ReaderException {
            Optional<byte[]> bytes = readFile(number, DataGroup.fromNumber(number).orElseThrow().shortFileId());
            bytes.ifPresent(b -> groups.put(number, b));
            return bytes;
        }

        /** A file that is absent or malformed is a problem to report, not a failed read. */
        Optional<byte[]> readFile(int dataGroup, int sfi) throws ReaderException {
            String name = dataGroup == 0 ? "EF.SOD" : "DG" + dataGroup;
            try {
                byte[] bytes = new FileReader(channel).readBySfi(sfi);
                listener.on(new ReadEvent.FileRead(dataGroup, bytes.length));
                return Optional.of(bytes);
            } catch (CardStatusException e) {
                if (e.statusWord() != StatusWords.FILE_NOT_FOUND) {
                    throw e;
                }
                problems.add(name + " is not on the chip");
            } catch (MalformedDataException e) {
                problems.add(name + " could not be read: " + e.getMessage());
            }
            return Optional.empty();
        }

        <T> Optional<T> parse(String name, byte[] bytes, Parser<T> parser) {
            if (bytes.length == 0) {
                return Optional.empty();
            }
            try {
                return Optional.of(parser.parse(bytes));
            } catch (MalformedDataException e) {
                problems.add(name + " is malformed: " + e.getMessage());
                return Optional.empty();
            }
        }
    }

    @FunctionalInterface
    private interface Parser<T> {
        T parse(byte[] bytes) throws MalformedDataException;
    }

}
