package vn.kiosk.reader.pace;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Objects;

import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.math.ec.ECPoint;

import vn.kiosk.reader.apdu.ApduChannel;
import vn.kiosk.reader.apdu.CommandApdu;
import vn.kiosk.reader.apdu.ResponseApdu;
import vn.kiosk.reader.apdu.StatusWords;
import vn.kiosk.reader.crypto.CipherSuite;
import vn.kiosk.reader.error.CardStatusException;
import vn.kiosk.reader.error.MalformedDataException;
import vn.kiosk.reader.error.ReaderException;
import vn.kiosk.reader.error.UnsupportedProtocolException;
import vn.kiosk.reader.error.WrongPasswordException;
import vn.kiosk.reader.lds.PaceInfo;
import vn.kiosk.reader.sm.SessionKeys;
import vn.kiosk.reader.tlv.Tlv;

/**
 * PACE version 2 with generic mapping over ECDH, terminal side (ICAO Doc 9303 Part 11, 4.4;
 * BSI TR-03110): MSE:Set AT, then four chained GENERAL AUTHENTICATE steps (encrypted nonce, map
 * nonce, key agreement, mutual authentication). Returns the secure-messaging keys with SSC zero.
 */
public final class Pace {
    static final int PACE_VERSION = 2;

    private static final int INS_MSE = 0x22;
    private static final int INS_GENERAL_AUTHENTICATE = 0x86;
    private static final int CLA_CHAINED = 0x10;
    private static final int CLA_LAST = 0x00;

    private final EphemeralKeySource keys;

    /** For the known-answer test, which injects the worked example's ephemeral private keys. */
    Pace(EphemeralKeySource keys) {
        this.keys = Objects.requireNonNull(keys, "keys");
    }

    /**
     * Runs PACE over a plain channel.
     *
     * @throws WrongPasswordException       the chip refused our token, or its token was wrong
     *                                      (status word 0); also when the password is suspended or blocked
     * @throws UnsupportedProtocolException the PACEInfo names a protocol or domain this code does not implement
     */
    public static SessionKeys establish(ApduChannel plain, PaceInfo info, PacePassword password, SecureRandom random)
            throws ReaderException {
        return new Pace(EphemeralKeySource.random(random)).run(plain, info, password);
    }

    /** Whether {@link #establish} can run this PACEInfo: ECDH generic mapping, version 2, ids 8 to 18. */
    public static boolean supports(PaceInfo info) {
        return PaceProtocol.isSupported(info.protocol()) && info.version() == PACE_VERSION
                && info.parameterId().isPresent()
                && StandardizedDomainParameters.isSupported(info.parameterId().getAsInt());
    }

    SessionKeys run(ApduChannel channel, PaceInfo info, PacePassword password) throws ReaderException {
        PaceProtocol protocol = PaceProtocol.of(info.protocol());
        if (info.version() != PACE_VERSION) {
            throw new UnsupportedProtocolException("PACEInfo version " + info.version()
                    + " (only PACE v2 is implemented)");
        }
        if (info.parameterId().isEmpty()) {
            throw new UnsupportedProtocolException("PACEInfo without a standardized domain parameter id");
        }
        int parameterId = info.parameterId().getAsInt();
        ECDomainParameters domain = StandardizedDomainParameters.of(parameterId);
        CipherSuite suite = protocol.suite();

        setAuthenticationTemplate(channel, protocol, parameterId, password.reference());

        byte[] encryptedNonce = step(channel, DynamicAuthenticationData.empty(), 0x80, "encrypted nonce");
        if (encryptedNonce.length == 0 || encryptedNonce.length % suite.blockSize() != 0) {
            throw new MalformedDataException("the encrypted nonce is not a whole number of cipher blocks");
        }
        byte[] piKey = suite.deriveKey(password.key(), CipherSuite.KDF_PACE);
        byte[] nonce = suite.decrypt(piKey, new byte[suite.blockSize()], encryptedNonce);

        EcKeyPair mappingKey = keys.next(domain);
        ECPoint chipMappingKey = EcPoints.decode(domain.getCurve(), step(channel,
                DynamicAuthenticationData.wrap(0x81, EcPoints.encode(mappingKey.publicKey())), 0x82, "mapping key"));
        ECDomainParameters mapped = GenericMapping.map(domain, nonce,
                GenericMapping.agree(mappingKey.privateKey(), chipMappingKey));

        EcKeyPair ephemeral = keys.next(mapped);
        ECPoint chipEphemeral = EcPoints.decode(domain.getCurve(), step(channel,
                DynamicAuthenticationData.wrap(0x83, EcPoints.encode(ephemeral.publicKey())), 0x84, "ephemeral key"));
        if (chipEphemeral.equals(chipMappingKey)) {
            throw new MalformedDataException("the chip's ephemeral key equals its mapping key");
        }
        // A chip reflecting our own key would make both tokens equal and so prove nothing.
        if (chipEphemeral.equals(ephemeral.publicKey())) {
            throw new MalformedDataException("the chip sent back our own ephemeral key");
        }
        byte[] sharedSecret = EcPoints.xCoordinate(GenericMapping.agree(ephemeral.privateKey(), chipEphemeral));
        SessionKeys session = SessionKeys.derive(suite, sharedSecret);

        byte[] chipToken = mutualAuthentication(channel,
                AuthenticationToken.compute(protocol, session.macKey(), chipEphemeral));
        byte[] expected = AuthenticationToken.compute(protocol, session.macKey(), ephemeral.publicKey());
        if (!MessageDigest.isEqual(expected, chipToken)) {
            throw new WrongPasswordException("the chip's PACE authentication token is wrong", 0);
        }
        return session;
    }

    private static void setAuthenticationTemplate(ApduChannel channel, PaceProtocol protocol, int parameterId,
                                                  int passwordReference) throws ReaderException {
        // The CCCD refuses MSE:Set AT without the parameter id (tag 84), though Doc 9303 makes it optional.
        byte[] data = Tlv.concat(
                Tlv.encode(0x80, protocol.oidContent()),
                Tlv.encode(0x83, new byte[] {(byte) passwordReference}),
                Tlv.encode(0x84, new byte[] {(byte) parameterId}));
        ResponseApdu response = channel.send(new CommandApdu(CLA_LAST, INS_MSE, 0xC1, 0xA4, data));
        int sw = response.sw();
        if (sw == StatusWords.OK || isRetryWarning(sw)) {
            return;
        }
        if ((sw & 0xFFF0) == 0x63C0 || sw == StatusWords.AUTHENTICATION_METHOD_BLOCKED) {
            throw new WrongPasswordException("the chip has suspended or blocked this password", sw);
        }
        if (sw == StatusWords.WRONG_DATA || sw == StatusWords.REFERENCED_DATA_NOT_FOUND
                || sw == StatusWords.FUNCTION_NOT_SUPPORTED) {
            throw new UnsupportedProtocolException(String.format(
                    "the chip refused PACE %s on parameter id %d (status %04X)", protocol.oid(), parameterId, sw));
        }
        throw new CardStatusException("MSE:Set AT for PACE", sw);
    }

    /** 63Cx with two or more tries left only warns (TR-03110 Part 3, B.11.1); 63C1 and 63C0 stop. */
    private static boolean isRetryWarning(int sw) {
        return (sw & 0xFFF0) == 0x63C0 && (sw & 0x0F) >= 2;
    }

    private static byte[] step(ApduChannel channel, byte[] data, int expectedTag, String what) throws ReaderException {
        ResponseApdu response = channel.send(generalAuthenticate(CLA_CHAINED, data));
        if (!response.isOk()) {
            throw new CardStatusException("PACE GENERAL AUTHENTICATE (" + what + ")", response.sw());
        }
        return DynamicAuthenticationData.unwrap(response.data(), expectedTag);
    }

    private static byte[] mutualAuthentication(ApduChannel channel, byte[] terminalToken) throws ReaderException {
        ResponseApdu response = channel.send(generalAuthenticate(CLA_LAST,
                DynamicAuthenticationData.wrap(0x85, terminalToken)));
        int sw = response.sw();
        if (sw == 0x6300 || (sw & 0xFFF0) == 0x63C0 || sw == StatusWords.SECURITY_STATUS_NOT_SATISFIED) {
            throw new WrongPasswordException("the chip rejected the PACE password", sw);
        }
        if (!response.isOk()) {
            throw new CardStatusException("PACE GENERAL AUTHENTICATE (mutual authentication)", sw);
        }
        return DynamicAuthenticationData.unwrap(response.data(), 0x86);
    }

    private static CommandApdu generalAuthenticate(int cla, byte[] data) {
        return new CommandApdu(cla, INS_GENERAL_AUTHENTICATE, 0x00, 0x00, data, CommandApdu.MAX_SHORT_NE);
    }
}
