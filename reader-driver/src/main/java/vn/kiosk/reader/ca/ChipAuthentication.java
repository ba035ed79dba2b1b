package vn.kiosk.reader.ca;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.security.interfaces.ECPublicKey;
import java.util.Objects;
import java.util.Optional;

import org.bouncycastle.util.BigIntegers;

import vn.kiosk.reader.access.OpenedChip;
import vn.kiosk.reader.apdu.ApduChannel;
import vn.kiosk.reader.apdu.CommandApdu;
import vn.kiosk.reader.apdu.ResponseApdu;
import vn.kiosk.reader.error.MalformedDataException;
import vn.kiosk.reader.error.ReaderException;
import vn.kiosk.reader.error.SecureMessagingException;
import vn.kiosk.reader.lds.Dg14;
import vn.kiosk.reader.pace.DynamicAuthenticationData;
import vn.kiosk.reader.sm.SecureChannel;
import vn.kiosk.reader.sm.SessionKeys;
import vn.kiosk.reader.tlv.Tlv;

/**
 * Chip authentication version 1 with ECDH, terminal side (ICAO Doc 9303 Part 11, 6.2; BSI
 * TR-03110): the terminal sends an ephemeral public key on the domain of the chip's static key
 * from DG14, both sides derive new secure-messaging keys from the x-coordinate of the shared
 * point, and secure messaging restarts under them with SSC zero.
 * <p>
 * The commands travel through the current (PACE or BAC) secure channel. The chip answers them
 * under the old keys, so a chip without the private key (a clone with copied files) is only
 * caught at its first response under the new keys: its MAC is wrong. That is why the verdict is
 * taken from reading the first bytes of DG14 on the new channel. Only a MAC-checked 9000 counts;
 * an unprotected status word proves nothing.
 */
public final class ChipAuthentication {
    private static final int INS_MSE = 0x22;
    private static final int INS_GENERAL_AUTHENTICATE = 0x86;
    private static final int MSE_SET = 0x41;
    private static final int CRT_AT = 0xA4;
    private static final int CRT_KAT = 0xA6;
    private static final int TAG_OID = 0x80;
    private static final int TAG_KEY_ID = 0x84;
    private static final int TAG_EPHEMERAL_KEY_KAT = 0x91;
    private static final int TAG_EPHEMERAL_KEY_GA = 0x80;
    private static final int SFI_DG14 = 0x0E;
    private static final int PROBE_LENGTH = 4;

    private final SecureRandom random;

    public ChipAuthentication(SecureRandom random) {
        this.random = Objects.requireNonNull(random, "random");
    }

    /** Runs chip authentication on an opened chip; a {@link ChipAuthenticationResult.Valid} carries the channel to use from now on. */
    public ChipAuthenticationResult perform(OpenedChip chip, Dg14 dg14) throws ReaderException {
        return perform(chip.channel(), chip.plain(), dg14);
    }

    /**
     * @param secure the current secure channel (PACE or BAC); MSE and GENERAL AUTHENTICATE go through it
     * @param plain  the unprotected channel under it, over which the new secure channel is built
     * @param dg14   the chip's DG14, which passive authentication must vouch for
     * @throws ReaderException the card could not be talked to before the key switch (removed, link,
     *                         a failure of the old secure channel); after the switch, a secure
     *                         messaging failure is the INVALID verdict, not an exception
     */
    public ChipAuthenticationResult perform(ApduChannel secure, ApduChannel plain, Dg14 dg14) throws ReaderException {
        Objects.requireNonNull(secure, "secure");
        Objects.requireNonNull(plain, "plain");
        CaKeySelection.Choice choice = CaKeySelection.choose(Objects.requireNonNull(dg14, "dg14"));
        if (choice instanceof CaKeySelection.Unusable unusable) {
            return new ChipAuthenticationResult.NotSupported(unusable.why(), secure);
        }
        CaKeySelection.Chosen chosen = (CaKeySelection.Chosen) choice;
        ECPublicKey chipKey;
        KeyPair ephemeral;
        try {
            chipKey = EcdhKeyAgreement.chipKey(chosen.key().chipAuthenticationPublicKey());
            ephemeral = EcdhKeyAgreement.ephemeral(chipKey.getParams(), random);
        } catch (GeneralSecurityException e) {
            return new ChipAuthenticationResult.NotSupported(
                    "DG14's chip authentication key cannot be used: " + e.getMessage(), secure);
        }
        byte[] ephemeralPoint = EcdhKeyAgreement.encode((ECPublicKey) ephemeral.getPublic());

        Optional<String> refusal = chosen.protocol().usesGeneralAuthenticate()
                ? setAtAndGeneralAuthenticate(secure, chosen.protocol(), chosen.keyId(), ephemeralPoint)
                : setKat(secure, chosen.keyId(), ephemeralPoint);
        if (refusal.isPresent()) {
            return new ChipAuthenticationResult.Invalid(refusal.get(), Optional.of(secure));
        }

        SessionKeys keys;
        try {
            keys = SessionKeys.derive(chosen.protocol().suite(),
                    EcdhKeyAgreement.sharedSecret(ephemeral.getPrivate(), chipKey));
        } catch (GeneralSecurityException e) {
            // The chip already switched keys; neither channel works any more.
            return new ChipAuthenticationResult.Invalid("the shared secret could not be computed: " + e.getMessage(),
                    Optional.empty());
        }
        ApduChannel next = new SecureChannel(plain, keys);
        Optional<String> failure = probe(next);
        if (failure.isPresent()) {
            return new ChipAuthenticationResult.Invalid(failure.get(), Optional.empty());
        }
        return new ChipAuthenticationResult.Valid(next, chosen.protocol().oid(), chosen.keyId(), ephemeralPoint);
    }

    /** AES: MSE:Set AT names protocol and key, GENERAL AUTHENTICATE carries the ephemeral key. */
    private static Optional<String> setAtAndGeneralAuthenticate(ApduChannel secure, CaProtocol protocol,
                                                                Optional<BigInteger> keyId, byte[] point)
            throws ReaderException {
        byte[] mse = Tlv.concat(Tlv.encode(TAG_OID, protocol.oidContent()), keyIdObject(keyId));
        ResponseApdu set = secure.send(new CommandApdu(0x00, INS_MSE, MSE_SET, CRT_AT, mse));
        if (!set.isOk()) {
            return Optional.of(String.format("the chip refused MSE:Set AT for chip authentication with status %04X",
                    set.sw()));
        }
        ResponseApdu response = secure.send(new CommandApdu(0x00, INS_GENERAL_AUTHENTICATE, 0x00, 0x00,
                DynamicAuthenticationData.wrap(TAG_EPHEMERAL_KEY_GA, point), CommandApdu.MAX_SHORT_NE));
        if (!response.isOk()) {
            return Optional.of(String.format("the chip refused GENERAL AUTHENTICATE for chip authentication"
                    + " with status %04X", response.sw()));
        }
        if (response.length() > 0) {
            try {
                // Version 1 answers an empty template; its content, if any, plays no part in the keys.
                DynamicAuthenticationData.parse(response.data());
            } catch (MalformedDataException e) {
                return Optional.of("the chip's GENERAL AUTHENTICATE response is not a dynamic authentication template");
            }
        }
        return Optional.empty();
    }

    /** 3DES: one MSE:Set KAT carries the ephemeral key (and the key id). */
    private static Optional<String> setKat(ApduChannel secure, Optional<BigInteger> keyId, byte[] point)
            throws ReaderException {
        byte[] data = Tlv.concat(Tlv.encode(TAG_EPHEMERAL_KEY_KAT, point), keyIdObject(keyId));
        ResponseApdu response = secure.send(new CommandApdu(0x00, INS_MSE, MSE_SET, CRT_KAT, data));
        if (!response.isOk()) {
            return Optional.of(String.format("the chip refused MSE:Set KAT for chip authentication with status %04X",
                    response.sw()));
        }
        return Optional.empty();
    }

    private static byte[] keyIdObject(Optional<BigInteger> keyId) {
        return keyId.map(id -> Tlv.encode(TAG_KEY_ID, BigIntegers.asUnsignedByteArray(id))).orElse(new byte[0]);
    }

    /**
     * Reads DG14's first bytes under the new keys. SecureMessaging turns a wrong response MAC, or
     * the unprotected 6988 of a chip that could not check ours, into an exception: the verdict.
     */
    private static Optional<String> probe(ApduChannel next) throws ReaderException {
        ResponseApdu response;
        try {
            response = next.send(new CommandApdu(0x00, 0xB0, 0x80 | SFI_DG14, 0x00, PROBE_LENGTH));
        } catch (SecureMessagingException e) {
            return Optional.of("the chip's first response under the new keys failed secure messaging ("
                    + e.getMessage() + "): it does not hold the private key of DG14");
        }
        if (!response.isOk()) {
            return Optional.of(String.format("the chip's first response under the new keys was status %04X,"
                    + " which proves nothing about its key", response.sw()));
        }
        byte[] head = response.data();
        if (head.length == 0 || (head[0] & 0xFF) != Dg14.TAG) {
            return Optional.of("the chip returned something other than DG14 under the new keys");
        }
        return Optional.empty();
    }
}
