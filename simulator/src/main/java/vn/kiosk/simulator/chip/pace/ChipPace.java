package vn.kiosk.simulator.chip.pace;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.bouncycastle.crypto.agreement.ECDHBasicAgreement;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.util.BigIntegers;

import vn.kiosk.reader.apdu.CommandApdu;
import vn.kiosk.reader.apdu.ResponseApdu;
import vn.kiosk.reader.apdu.StatusWords;
import vn.kiosk.reader.bac.MrzKey;
import vn.kiosk.reader.crypto.CipherSuite;
import vn.kiosk.reader.error.MalformedDataException;
import vn.kiosk.reader.error.UnsupportedProtocolException;
import vn.kiosk.reader.lds.CardAccess;
import vn.kiosk.reader.lds.PaceInfo;
import vn.kiosk.reader.pace.AuthenticationToken;
import vn.kiosk.reader.pace.DynamicAuthenticationData;
import vn.kiosk.reader.pace.EcKeyPair;
import vn.kiosk.reader.pace.EcPoints;
import vn.kiosk.reader.pace.GenericMapping;
import vn.kiosk.reader.pace.Pace;
import vn.kiosk.reader.pace.PacePassword;
import vn.kiosk.reader.pace.PaceProtocol;
import vn.kiosk.reader.pace.StandardizedDomainParameters;
import vn.kiosk.reader.sm.SessionKeys;
import vn.kiosk.reader.tlv.DataObject;
import vn.kiosk.reader.tlv.Tlv;

/**
 * PACE v2 with ECDH generic mapping, chip side (Doc 9303 Part 11, 4.4; BSI TR-03110), as a CCCD
 * runs it. The APDU dispatcher hands it two commands, both in the clear:
 * <ul>
 * <li>{@link #mseSetAt} for MSE:Set AT ({@code 00 22 C1 A4}): data {@code 80} OID, {@code 83}
 * password reference, {@code 84} parameter id. Like a real CCCD it refuses a command without
 * tag 84. Any MSE:Set AT starts PACE over.</li>
 * <li>{@link #generalAuthenticate} for GENERAL AUTHENTICATE (INS 86), four steps: the first three
 * chained (CLA 10), the last not (CLA 00).</li>
 * </ul>
 * After each GENERAL AUTHENTICATE the dispatcher checks {@link #established()}; once present it
 * installs secure messaging with those keys (SSC zero) and calls {@link #reset()}.
 * <p>
 * Status words: 9000; 6A80 wrong data (unparsable template, unknown OID, a point not on the curve
 * or the identity); 6A88 unknown password reference or parameter id (or tag 84 missing); 6985 a
 * step out of order or with the wrong chaining; 6A86 wrong P1/P2; 6300 the terminal's token is
 * wrong (wrong password). A failed step returns to the state right after MSE:Set AT, so the
 * terminal can start again at once; there is no retry counter, a wrong password never blocks.
 * <p>
 * Points and the shared secret are encoded here with Bouncy Castle's own encoders
 * ({@code ECPoint.getEncoded}, {@code ECDHBasicAgreement} with its field size), not the terminal's
 * {@link EcPoints}: terminal-versus-chip tests then compare two independent encodings, so a
 * leading-zero bug on either side shows up instead of cancelling out.
 */
public final class ChipPace {
    private static final int NONCE_LENGTH = 16;

    private final List<Offer> offers;
    private final Map<Integer, byte[]> passwords;
    private final ChipRandomness randomness;
    private State state = new Idle();

    /**
     * @param offered   the PACEInfos the chip's EF.CardAccess lists; each must be one {@link Pace#supports} runs
     * @param passwords K for each password reference the chip knows ({@link PacePassword#REFERENCE_MRZ}:
     *                  SHA-1 of the MRZ information, {@link PacePassword#REFERENCE_CAN}: the CAN's ASCII bytes)
     */
    public ChipPace(List<PaceInfo> offered, Map<Integer, byte[]> passwords, SecureRandom random) {
        this(offered, passwords, ChipRandomness.of(Objects.requireNonNull(random, "random")));
    }

    ChipPace(List<PaceInfo> offered, Map<Integer, byte[]> passwords, ChipRandomness randomness) {
        List<Offer> list = new ArrayList<>();
        for (PaceInfo info : offered) {
            list.add(Offer.of(info));
        }
        this.offers = List.copyOf(list);
        Map<Integer, byte[]> copy = new HashMap<>();
        passwords.forEach((reference, key) -> copy.put(reference, key.clone()));
        this.passwords = Map.copyOf(copy);
        this.randomness = randomness;
    }

    /**
     * The chip a virtual CCCD personalised with this EF.CardAccess runs: it offers the PACEInfos
     * of the file that {@link Pace#supports}, and knows the CAN and MRZ passwords (either may be
     * null). An EF.CardAccess that does not parse (a fault profile) offers nothing: every
     * MSE:Set AT is then refused with 6A80.
     */
    public static ChipPace forCard(byte[] cardAccess, String can, MrzKey mrzKey, SecureRandom random) {
        List<PaceInfo> offered;
        try {
            offered = CardAccess.parse(cardAccess).paceInfos().stream().filter(Pace::supports).toList();
        } catch (MalformedDataException e) {
            offered = List.of();
        }
        Map<Integer, byte[]> passwords = new HashMap<>();
        if (can != null) {
            passwords.put(PacePassword.REFERENCE_CAN, can.getBytes(StandardCharsets.US_ASCII));
        }
        if (mrzKey != null) {
            passwords.put(PacePassword.REFERENCE_MRZ, mrzKey.passwordHash());
        }
        return new ChipPace(offered, passwords, random);
    }

    /** Present from a successful mutual authentication until {@link #reset()} or the next MSE:Set AT. */
    public Optional<SessionKeys> established() {
        return state instanceof Established done ? Optional.of(done.keys()) : Optional.empty();
    }

    /** Forgets any PACE in progress or finished (power-on, or after the keys were handed to secure messaging). */
    public void reset() {
        state = new Idle();
    }

    public ResponseApdu mseSetAt(CommandApdu command) {
        state = new Idle();
        if (command.p1() != 0xC1 || command.p2() != 0xA4) {
            return new ResponseApdu(StatusWords.INCORRECT_P1P2);
        }
        List<DataObject> objects;
        try {
            objects = Tlv.parseAll(command.data());
        } catch (MalformedDataException e) {
            return new ResponseApdu(StatusWords.WRONG_DATA);
        }
        Optional<DataObject> oid = Tlv.find(objects, 0x80);
        Optional<DataObject> reference = Tlv.find(objects, 0x83);
        Optional<DataObject> parameterId = Tlv.find(objects, 0x84);
        if (oid.isEmpty() || reference.isEmpty()) {
            return new ResponseApdu(StatusWords.WRONG_DATA);
        }
        List<Offer> sameProtocol = offers.stream()
                .filter(offer -> Arrays.equals(offer.protocol().oidContent(), oid.get().value())).toList();
        if (sameProtocol.isEmpty()) {
            return new ResponseApdu(StatusWords.WRONG_DATA);
        }
        byte[] ref = reference.get().value();
        byte[] password = ref.length == 1 ? passwords.get(ref[0] & 0xFF) : null;
        if (password == null || parameterId.isEmpty()) {
            return new ResponseApdu(StatusWords.REFERENCED_DATA_NOT_FOUND);
        }
        byte[] id = parameterId.get().value();
        Optional<Offer> offer = sameProtocol.stream()
                .filter(o -> id.length == 1 && o.parameterId() == (id[0] & 0xFF)).findFirst();
        if (offer.isEmpty()) {
            return new ResponseApdu(StatusWords.REFERENCED_DATA_NOT_FOUND);
        }
        state = new Selected(new Context(offer.get().protocol(), offer.get().domain(), password));
        return new ResponseApdu(StatusWords.OK);
    }

    public ResponseApdu generalAuthenticate(CommandApdu command) {
        if (!(state instanceof InProgress current)) {
            return new ResponseApdu(StatusWords.CONDITIONS_NOT_SATISFIED);
        }
        Context context = current.context();
        if (command.p1() != 0 || command.p2() != 0) {
            return abort(context, StatusWords.INCORRECT_P1P2);
        }
        boolean lastStep = current instanceof Agreed;
        boolean chained = (command.cla() & 0x10) != 0;
        if (chained == lastStep) {
            return abort(context, StatusWords.CONDITIONS_NOT_SATISFIED);
        }
        try {
            List<DataObject> objects = DynamicAuthenticationData.parse(command.data());
            ResponseApdu response;
            if (current instanceof Selected) {
                response = encryptedNonce(context, objects);
            } else if (current instanceof NonceSent sent) {
                response = mapNonce(sent, objects);
            } else if (current instanceof Mapped mapped) {
                response = keyAgreement(mapped, objects);
            } else {
                response = mutualAuthentication((Agreed) current, objects);
            }
            return response;
        } catch (MalformedDataException e) {
            return abort(context, StatusWords.WRONG_DATA);
        } catch (Refused e) {
            return abort(context, e.statusWord);
        }
    }

    private ResponseApdu encryptedNonce(Context context, List<DataObject> objects) throws Refused {
        if (!objects.isEmpty()) {
            throw new Refused(isPaceTag(objects.get(0).tag())
                    ? StatusWords.CONDITIONS_NOT_SATISFIED : StatusWords.WRONG_DATA);
        }
        CipherSuite suite = context.protocol().suite();
        byte[] nonce = randomness.nonce(NONCE_LENGTH);
        byte[] piKey = suite.deriveKey(context.password(), CipherSuite.KDF_PACE);
        byte[] encrypted = suite.encrypt(piKey, new byte[suite.blockSize()], nonce);
        state = new NonceSent(context, nonce);
        return answer(0x80, encrypted);
    }

    private ResponseApdu mapNonce(NonceSent sent, List<DataObject> objects) throws Refused, MalformedDataException {
        Context context = sent.context();
        ECPoint terminalMappingKey = EcPoints.decode(context.domain().getCurve(), expect(objects, 0x81));
        EcKeyPair mappingKey = randomness.keyPair(context.domain());
        ECPoint h = GenericMapping.agree(mappingKey.privateKey(), terminalMappingKey);
        ECDomainParameters mapped = GenericMapping.map(context.domain(), sent.nonce(), h);
        state = new Mapped(context, mapped, terminalMappingKey);
        return answer(0x82, mappingKey.publicKey().getEncoded(false));
    }

    private ResponseApdu keyAgreement(Mapped mapped, List<DataObject> objects) throws Refused, MalformedDataException {
        Context context = mapped.context();
        ECPoint terminalEphemeral = EcPoints.decode(context.domain().getCurve(), expect(objects, 0x83));
        if (terminalEphemeral.equals(mapped.terminalMappingKey())) {
            throw new MalformedDataException("the terminal reused its mapping key");
        }
        EcKeyPair ephemeral = randomness.keyPair(mapped.domain());
        byte[] secret = sharedSecret(ephemeral, terminalEphemeral, mapped.domain());
        SessionKeys keys = SessionKeys.derive(context.protocol().suite(), secret);
        state = new Agreed(context, keys, terminalEphemeral.getEncoded(false),
                ephemeral.publicKey().getEncoded(false));
        return answer(0x84, ephemeral.publicKey().getEncoded(false));
    }

    /** x of the ECDH point, padded to the field size as Bouncy Castle documents it. */
    private static byte[] sharedSecret(EcKeyPair own, ECPoint peer, ECDomainParameters domain) throws Refused {
        try {
            ECDHBasicAgreement agreement = new ECDHBasicAgreement();
            agreement.init(new ECPrivateKeyParameters(own.privateKey(), domain));
            BigInteger x = agreement.calculateAgreement(new ECPublicKeyParameters(peer, domain));
            return BigIntegers.asUnsignedByteArray(agreement.getFieldSize(), x);
        } catch (RuntimeException e) {
            // Bouncy Castle refuses an invalid peer key or an infinite shared point.
            throw new Refused(StatusWords.WRONG_DATA);
        }
    }

    private ResponseApdu mutualAuthentication(Agreed agreed, List<DataObject> objects) throws Refused {
        PaceProtocol protocol = agreed.context().protocol();
        byte[] macKey = agreed.keys().macKey();
        byte[] expected = AuthenticationToken.compute(protocol, macKey, agreed.chipEphemeral());
        if (!MessageDigest.isEqual(expected, expect(objects, 0x85))) {
            throw new Refused(0x6300);
        }
        state = new Established(agreed.keys());
        return answer(0x86, AuthenticationToken.compute(protocol, macKey, agreed.terminalEphemeral()));
    }

    /** The value of the single data object a step expects; another step's object means wrong order. */
    private static byte[] expect(List<DataObject> objects, int tag) throws Refused {
        if (objects.size() == 1 && objects.get(0).tag() == tag) {
            return objects.get(0).value();
        }
        boolean otherStep = objects.size() == 1 && isPaceTag(objects.get(0).tag());
        throw new Refused(otherStep ? StatusWords.CONDITIONS_NOT_SATISFIED : StatusWords.WRONG_DATA);
    }

    private static boolean isPaceTag(int tag) {
        return tag == 0x81 || tag == 0x83 || tag == 0x85;
    }

    private ResponseApdu abort(Context context, int statusWord) {
        // The security environment stays set: the terminal may run GENERAL AUTHENTICATE again.
        state = new Selected(context);
        return new ResponseApdu(statusWord);
    }

    private static ResponseApdu answer(int tag, byte[] value) {
        return new ResponseApdu(DynamicAuthenticationData.wrap(tag, value), StatusWords.OK);
    }

    @Override
    public String toString() {
        return "ChipPace[" + offers.size() + " offers, " + state.getClass().getSimpleName() + "]";
    }

    /** One PACEInfo the chip offers, resolved once. */
    private record Offer(PaceProtocol protocol, int parameterId, ECDomainParameters domain) {
        static Offer of(PaceInfo info) {
            if (!Pace.supports(info)) {
                throw new IllegalArgumentException("the simulated chip cannot run " + info);
            }
            try {
                int id = info.parameterId().getAsInt();
                return new Offer(PaceProtocol.of(info.protocol()), id, StandardizedDomainParameters.of(id));
            } catch (UnsupportedProtocolException e) {
                throw new IllegalArgumentException(e.getMessage(), e);
            }
        }
    }

    /** What MSE:Set AT chose. The password never reaches toString. */
    private record Context(PaceProtocol protocol, ECDomainParameters domain, byte[] password) {
        @Override
        public String toString() {
            return "Context[" + protocol.oid() + "]";
        }
    }

    private sealed interface State permits Idle, InProgress, Established {
    }

    private sealed interface InProgress extends State permits Selected, NonceSent, Mapped, Agreed {
        Context context();
    }

    private record Idle() implements State {
    }

    private record Selected(Context context) implements InProgress {
    }

    private record NonceSent(Context context, byte[] nonce) implements InProgress {
    }

    private record Mapped(Context context, ECDomainParameters domain, ECPoint terminalMappingKey)
            implements InProgress {
    }

    /** The ephemeral keys as sent over the wire (uncompressed), which the tokens are computed over. */
    private record Agreed(Context context, SessionKeys keys, byte[] terminalEphemeral, byte[] chipEphemeral)
            implements InProgress {
    }

    private record Established(SessionKeys keys) implements State {
    }

    /** A step the chip refuses with this status word. */
    private static final class Refused extends Exception {
        private final int statusWord;

        Refused(int statusWord) {
            super(null, null, false, false);
            this.statusWord = statusWord;
        }
    }
}
