package vn.kiosk.simulator.chip.ca;

import java.io.IOException;
import java.math.BigInteger;
import java.security.PrivateKey;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.bouncycastle.crypto.agreement.ECDHBasicAgreement;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.util.PrivateKeyFactory;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.util.BigIntegers;

import vn.kiosk.reader.apdu.CommandApdu;
import vn.kiosk.reader.apdu.ResponseApdu;
import vn.kiosk.reader.apdu.StatusWords;
import vn.kiosk.reader.ca.CaProtocol;
import vn.kiosk.reader.error.MalformedDataException;
import vn.kiosk.reader.lds.ChipAuthenticationInfo;
import vn.kiosk.reader.lds.ChipAuthenticationPublicKeyInfo;
import vn.kiosk.reader.lds.Dg14;
import vn.kiosk.reader.lds.SecurityInfoOids;
import vn.kiosk.reader.pace.DynamicAuthenticationData;
import vn.kiosk.reader.sm.SessionKeys;
import vn.kiosk.reader.tlv.DataObject;
import vn.kiosk.reader.tlv.Tlv;

/**
 * Chip authentication version 1 with ECDH, chip side (Doc 9303 Part 11, 6.2), reached only under
 * secure messaging:
 * <ul>
 * <li>MSE:Set AT ({@code 00 22 41 A4}: {@code 80} protocol OID, {@code 84} key id) then GENERAL
 * AUTHENTICATE ({@code 00 86 00 00}: {@code 7C { 80 terminal's ephemeral point }}), answered
 * {@code 7C 00};</li>
 * <li>or MSE:Set KAT ({@code 00 22 41 A6}: {@code 91} point, {@code 84} key id) for 3DES.</li>
 * </ul>
 * The step that completes the agreement returns the new session keys (SSC zero); the dispatcher
 * must protect that step's response under the OLD keys and only then switch. The chip derives
 * with whatever private key it holds, so a clone whose key does not match DG14 ends up with
 * different keys from the terminal's, and its next response fails the terminal's MAC check.
 * <p>
 * What it offers comes from its own DG14: the ChipAuthenticationInfos (3DES when there are none,
 * as TR-03110 v1 reads it) and the key id of its public key. Status words: 9000; 6985 no private
 * key, or GENERAL AUTHENTICATE without MSE:Set AT; 6A80 malformed data, a protocol not offered or a
 * point not on the curve; 6A88 a key id the chip does not have; 6A86 wrong P1/P2.
 * <p>
 * The shared secret is computed with Bouncy Castle's lightweight ECDH and padded to the field
 * size here, while the terminal uses the JCA: two paths, so a leading-zero slip on either side
 * shows up in the tests instead of cancelling out.
 */
public final class ChipChipAuthentication {
    private static final int TAG_OID = 0x80;
    private static final int TAG_KEY_ID = 0x84;
    private static final int TAG_KAT_POINT = 0x91;
    private static final int TAG_GA_POINT = 0x80;

    private final Optional<ECPrivateKeyParameters> key;
    private final List<CaProtocol> offered;
    private final Optional<BigInteger> keyId;
    private Optional<CaProtocol> selected = Optional.empty();

    /**
     * @param key     the chip's private key; empty for a chip that cannot run chip authentication
     * @param offered the protocols the chip runs
     * @param keyId   the id DG14 gives the key, which MSE may name
     */
    public ChipChipAuthentication(Optional<PrivateKey> key, List<CaProtocol> offered, Optional<BigInteger> keyId) {
        this.key = Objects.requireNonNull(key, "key").flatMap(ChipChipAuthentication::ecParameters);
        this.offered = List.copyOf(offered);
        this.keyId = Objects.requireNonNull(keyId, "keyId");
    }

    /** The chip a card personalised with this private key and DG14 runs; a DG14 that does not parse offers nothing. */
    public static ChipChipAuthentication forCard(Optional<PrivateKey> key, Optional<byte[]> dg14) {
        List<CaProtocol> offered = List.of();
        Optional<BigInteger> keyId = Optional.empty();
        if (dg14.isPresent()) {
            try {
                Dg14 parsed = Dg14.parse(dg14.get());
                List<ChipAuthenticationInfo> infos = parsed.chipAuthenticationInfos();
                offered = infos.isEmpty()
                        ? CaProtocol.ecdh(SecurityInfoOids.ID_CA_ECDH_3DES_CBC_CBC).stream().toList()
                        : infos.stream().flatMap(info -> CaProtocol.ecdh(info.protocol()).stream()).toList();
                keyId = parsed.chipAuthenticationPublicKeyInfos().stream()
                        .map(ChipAuthenticationPublicKeyInfo::keyId).flatMap(Optional::stream).findFirst()
                        .or(() -> infos.stream().map(ChipAuthenticationInfo::keyId).flatMap(Optional::stream).findFirst());
            } catch (MalformedDataException e) {
                offered = List.of();
            }
        }
        return new ChipChipAuthentication(key, offered, keyId);
    }

    /** What a step answers, and the keys secure messaging must switch to once the answer is out. */
    public record Step(ResponseApdu response, Optional<SessionKeys> newKeys) {
        static Step refuse(int statusWord) {
            return new Step(new ResponseApdu(statusWord), Optional.empty());
        }
    }

    /** Forgets a selected protocol (power-on, a new access-control session, or after the switch). */
    public void reset() {
        selected = Optional.empty();
    }

    public Step mseSetAt(CommandApdu command) {
        selected = Optional.empty();
        if (command.p1() != 0x41 || command.p2() != 0xA4) {
            return Step.refuse(StatusWords.INCORRECT_P1P2);
        }
        if (key.isEmpty()) {
            return Step.refuse(StatusWords.CONDITIONS_NOT_SATISFIED);
        }
        List<DataObject> objects;
        try {
            objects = Tlv.parseAll(command.data());
        } catch (MalformedDataException e) {
            return Step.refuse(StatusWords.WRONG_DATA);
        }
        Optional<DataObject> oid = Tlv.find(objects, TAG_OID);
        if (oid.isEmpty()) {
            return Step.refuse(StatusWords.WRONG_DATA);
        }
        Optional<CaProtocol> protocol = offered.stream()
                .filter(p -> Arrays.equals(p.oidContent(), oid.get().value())).findFirst();
        if (protocol.isEmpty()) {
            return Step.refuse(StatusWords.WRONG_DATA);
        }
        if (!keyIdMatches(objects)) {
            return Step.refuse(StatusWords.REFERENCED_DATA_NOT_FOUND);
        }
        selected = protocol;
        return new Step(new ResponseApdu(StatusWords.OK), Optional.empty());
    }

    public Step generalAuthenticate(CommandApdu command) {
        Optional<CaProtocol> protocol = selected;
        selected = Optional.empty();
        if (protocol.isEmpty() || key.isEmpty()) {
            return Step.refuse(StatusWords.CONDITIONS_NOT_SATISFIED);
        }
        if (command.p1() != 0 || command.p2() != 0) {
            return Step.refuse(StatusWords.INCORRECT_P1P2);
        }
        try {
            byte[] point = DynamicAuthenticationData.unwrap(command.data(), TAG_GA_POINT);
            return agree(protocol.get(), point, new ResponseApdu(Tlv.encode(DynamicAuthenticationData.TEMPLATE,
                    new byte[0]), StatusWords.OK));
        } catch (MalformedDataException e) {
            return Step.refuse(StatusWords.WRONG_DATA);
        }
    }

    public Step mseSetKat(CommandApdu command) {
        selected = Optional.empty();
        if (command.p1() != 0x41 || command.p2() != 0xA6) {
            return Step.refuse(StatusWords.INCORRECT_P1P2);
        }
        if (key.isEmpty()) {
            return Step.refuse(StatusWords.CONDITIONS_NOT_SATISFIED);
        }
        Optional<CaProtocol> tripleDes = offered.stream().filter(p -> !p.suite().isAes()).findFirst();
        if (tripleDes.isEmpty()) {
            return Step.refuse(StatusWords.WRONG_DATA);
        }
        try {
            List<DataObject> objects = Tlv.parseAll(command.data());
            Optional<DataObject> point = Tlv.find(objects, TAG_KAT_POINT);
            if (point.isEmpty()) {
                return Step.refuse(StatusWords.WRONG_DATA);
            }
            if (!keyIdMatches(objects)) {
                return Step.refuse(StatusWords.REFERENCED_DATA_NOT_FOUND);
            }
            return agree(tripleDes.get(), point.get().value(), new ResponseApdu(StatusWords.OK));
        } catch (MalformedDataException e) {
            return Step.refuse(StatusWords.WRONG_DATA);
        }
    }

    /** A key id in the command must be the chip's; none is fine, as the chip has a single key. */
    private boolean keyIdMatches(List<DataObject> objects) {
        Optional<DataObject> named = Tlv.find(objects, TAG_KEY_ID);
        if (named.isEmpty()) {
            return true;
        }
        byte[] value = named.get().value();
        return value.length > 0 && keyId.isPresent() && new BigInteger(1, value).equals(keyId.get());
    }

    private Step agree(CaProtocol protocol, byte[] encodedPoint, ResponseApdu answer) {
        ECPrivateKeyParameters own = key.orElseThrow();
        ECDomainParameters domain = own.getParameters();
        int fieldLength = (domain.getCurve().getFieldSize() + 7) / 8;
        if (encodedPoint.length != 1 + 2 * fieldLength || encodedPoint[0] != 0x04) {
            return Step.refuse(StatusWords.WRONG_DATA);
        }
        byte[] secret;
        try {
            ECPoint point = domain.getCurve().decodePoint(encodedPoint);
            ECDHBasicAgreement agreement = new ECDHBasicAgreement();
            agreement.init(own);
            // The public-key parameters validate the point: on the curve, not the identity.
            BigInteger x = agreement.calculateAgreement(new ECPublicKeyParameters(point, domain));
            secret = BigIntegers.asUnsignedByteArray(agreement.getFieldSize(), x);
        } catch (RuntimeException e) {
            return Step.refuse(StatusWords.WRONG_DATA);
        }
        return new Step(answer, Optional.of(SessionKeys.derive(protocol.suite(), secret)));
    }

    private static Optional<ECPrivateKeyParameters> ecParameters(PrivateKey privateKey) {
        try {
            AsymmetricKeyParameter parameters = PrivateKeyFactory.createKey(privateKey.getEncoded());
            return parameters instanceof ECPrivateKeyParameters ec ? Optional.of(ec) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return "ChipChipAuthentication[key=" + key.isPresent() + ", " + offered.size() + " protocols]";
    }
}
