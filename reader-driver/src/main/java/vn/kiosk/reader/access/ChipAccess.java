package vn.kiosk.reader.access;

import java.security.SecureRandom;
import java.util.Optional;

import vn.kiosk.reader.apdu.ApduChannel;
import vn.kiosk.reader.apdu.CommandApdu;
import vn.kiosk.reader.apdu.PlainChannel;
import vn.kiosk.reader.apdu.ResponseApdu;
import vn.kiosk.reader.apdu.StatusWords;
import vn.kiosk.reader.bac.Bac;
import vn.kiosk.reader.error.CardStatusException;
import vn.kiosk.reader.error.ReaderException;
import vn.kiosk.reader.error.UnsupportedProtocolException;
import vn.kiosk.reader.lds.CardAccess;
import vn.kiosk.reader.lds.PaceInfo;
import vn.kiosk.reader.pace.Pace;
import vn.kiosk.reader.pace.PacePassword;
import vn.kiosk.reader.sm.SecureChannel;
import vn.kiosk.reader.sm.SessionKeys;
import vn.kiosk.reader.transport.ApduTransport;

/**
 * Opens the secure channel the way Doc 9303 Part 11 §4.2 asks an inspection system to: read
 * EF.CardAccess (a CCCD answers 6D00 to SELECT MF, so it is read by short file identifier);
 * if it offers PACE, use PACE and nothing else; only a chip without EF.CardAccess is opened
 * with BAC. Falling back from PACE to BAC would let a man in the middle force the weaker
 * protocol, so a PACE failure is final.
 */
public final class ChipAccess {
    private static final int SFI_CARD_ACCESS = 0x1C;
    private static final byte[] EMRTD_AID = {(byte) 0xA0, 0x00, 0x00, 0x02, 0x47, 0x10, 0x01};

    private final SecureRandom random;

    public ChipAccess(SecureRandom random) {
        this.random = random;
    }

    public OpenedChip open(ApduTransport transport, boolean extendedLength, AccessKey key) throws ReaderException {
        ApduChannel plain = new PlainChannel(transport, extendedLength);
        Optional<CardAccess> cardAccess = readCardAccess(plain);
        Optional<PaceInfo> pace = cardAccess.flatMap(ChipAccess::supportedPace);
        if (cardAccess.isPresent() && !cardAccess.get().paceInfos().isEmpty() && pace.isEmpty()) {
            throw new UnsupportedProtocolException("the card offers only PACE variants this reader does not implement");
        }
        if (pace.isPresent()) {
            SessionKeys keys = Pace.establish(plain, pace.get(), password(key), random);
            ApduChannel secure = new SecureChannel(plain, keys);
            select(secure);
            return new OpenedChip(secure, AccessProtocol.PACE, cardAccess, plain);
        }
        if (!(key instanceof AccessKey.Mrz mrz)) {
            throw new UnsupportedProtocolException("this card has no PACE, so it opens only with the MRZ, not the CAN");
        }
        select(plain);
        SessionKeys keys = new Bac(random).establish(plain, mrz.key());
        return new OpenedChip(new SecureChannel(plain, keys), AccessProtocol.BAC, cardAccess, plain);
    }

    private static PacePassword password(AccessKey key) {
        // Java 17 has no pattern matching in switch; AccessKey is sealed to these two.
        return key instanceof AccessKey.Can can ? PacePassword.can(can.digits())
                : PacePassword.mrz(((AccessKey.Mrz) key).key());
    }

    /** EF.CardAccess by short file identifier; empty when the chip has none (a BAC-only chip). */
    private static Optional<CardAccess> readCardAccess(ApduChannel plain) throws ReaderException {
        ResponseApdu response = plain.send(new CommandApdu(0x00, 0xB0, 0x80 | SFI_CARD_ACCESS, 0x00, CommandApdu.MAX_SHORT_NE));
        if (response.sw() == StatusWords.FILE_NOT_FOUND || response.sw() == StatusWords.INCORRECT_P1P2
                || response.sw() == StatusWords.WRONG_P1P2 || response.sw() == StatusWords.FUNCTION_NOT_SUPPORTED) {
            return Optional.empty();
        }
        if (!response.isOk() && response.sw() != StatusWords.END_OF_FILE_WARNING) {
            throw new CardStatusException("READ BINARY of EF.CardAccess", response.sw());
        }
        byte[] bytes = response.data();
        int total = FileReader.totalLength(bytes);
        if (total > bytes.length) {
            bytes = new FileReader(plain).readBySfi(SFI_CARD_ACCESS);
        }
        return Optional.of(CardAccess.parse(java.util.Arrays.copyOf(bytes, total)));
    }

    /** The first PACE variant on offer that we implement. */
    private static Optional<PaceInfo> supportedPace(CardAccess cardAccess) {
        return cardAccess.paceInfos().stream().filter(Pace::supports).findFirst();
    }

    private static void select(ApduChannel channel) throws ReaderException {
        ResponseApdu response = channel.send(new CommandApdu(0x00, 0xA4, 0x04, 0x0C, EMRTD_AID));
        if (!response.isOk()) {
            throw new CardStatusException("SELECT of the eMRTD application", response.sw());
        }
    }

}
