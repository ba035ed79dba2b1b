package vn.kiosk.simulator.chip;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;

import vn.kiosk.reader.apdu.CommandApdu;
import vn.kiosk.reader.apdu.ResponseApdu;
import vn.kiosk.reader.apdu.StatusWords;
import vn.kiosk.reader.error.SecureMessagingException;
import vn.kiosk.reader.sm.SessionKeys;
import vn.kiosk.simulator.card.VirtualCard;
import vn.kiosk.simulator.chip.aa.ChipActiveAuthentication;
import vn.kiosk.simulator.chip.ca.ChipChipAuthentication;
import vn.kiosk.simulator.chip.pace.ChipPace;

/**
 * A virtual eMRTD chip that behaves like a CCCD: the LDS1 application with BAC, PACE and secure
 * messaging in front of a file system. It answers 6D00 to SELECT MF, lets EF.CardAccess be
 * selected directly, and serves every application file only through secure messaging. Active
 * and chip authentication run only under secure messaging, with the private keys of
 * {@link ChipContent#secrets()}; DG14 tells them what to offer.
 */
public final class VirtualChip implements VirtualCard {
    public static final byte[] EMRTD_AID = HexFormat.of().parseHex("A0000002471001");

    private static final int SHORT_RESPONSE_LIMIT = 256;

    private final ChipContent content;
    private final SecureRandom random;
    private final ChipBac bac;
    private final Optional<ChipPace> pace;
    private final ChipActiveAuthentication activeAuthentication;
    private final ChipChipAuthentication chipAuthentication;

    private boolean applicationSelected;
    private int selectedFile = -1;
    private ChipSecureMessaging sm;
    /** Keys chip authentication agreed: secure messaging switches to them after protecting its answer. */
    private Optional<SessionKeys> pendingKeys = Optional.empty();

    public VirtualChip(ChipContent content, SecureRandom random) {
        this.content = content;
        this.random = random;
        this.bac = new ChipBac(content.mrzKey(), random);
        this.pace = content.cardAccess().map(cardAccess -> ChipPace.forCard(cardAccess, content.can(), content.mrzKey(), random));
        Optional<byte[]> dg14 = Optional.ofNullable(content.files().get(ElementaryFiles.dataGroup(14)));
        this.activeAuthentication = ChipActiveAuthentication.forCard(content.secrets().activeAuthentication(), dg14, random);
        this.chipAuthentication = ChipChipAuthentication.forCard(content.secrets().chipAuthentication(), dg14);
    }

    public ChipContent content() {
        return content;
    }

    @Override
    public byte[] atr() {
        return Atr.contactless(content.extendedLength());
    }

    @Override
    public void powerOn() {
        applicationSelected = false;
        selectedFile = -1;
        sm = null;
        pendingKeys = Optional.empty();
        chipAuthentication.reset();
        pace.ifPresent(ChipPace::reset);
    }

    @Override
    public byte[] process(byte[] raw) {
        CommandApdu command;
        try {
            command = CommandApdu.parse(raw);
        } catch (IllegalArgumentException e) {
            return new ResponseApdu(StatusWords.WRONG_LENGTH).encode();
        }
        if (command.isExtended() && !content.extendedLength()) {
            return new ResponseApdu(StatusWords.WRONG_LENGTH).encode();
        }
        return ((command.cla() & 0x0C) == 0x0C ? processProtected(command) : processPlain(command)).encode();
    }

    private ResponseApdu processProtected(CommandApdu command) {
        if (sm == null) {
            return new ResponseApdu(StatusWords.SM_DATA_OBJECTS_INCORRECT);
        }
        CommandApdu inner;
        try {
            inner = sm.unwrap(command);
        } catch (SecureMessagingException e) {
            sm = null;
            return new ResponseApdu(StatusWords.SM_DATA_OBJECTS_INCORRECT);
        }
        ResponseApdu wrapped = sm.wrap(dispatch(inner, true));
        if (!command.isExtended() && wrapped.length() > SHORT_RESPONSE_LIMIT) {
            sm = null;
            pendingKeys = Optional.empty();
            return new ResponseApdu(StatusWords.WRONG_LENGTH);
        }
        // Chip authentication's answer went out under the old keys; everything after it uses the new ones.
        if (pendingKeys.isPresent()) {
            sm = new ChipSecureMessaging(pendingKeys.get());
            pendingKeys = Optional.empty();
        }
        return wrapped;
    }

    private ResponseApdu processPlain(CommandApdu command) {
        // A command in the clear ends any secure-messaging session (Doc 9303 Part 11, 9.8.7).
        sm = null;
        chipAuthentication.reset();
        return dispatch(command, false);
    }

    private ResponseApdu dispatch(CommandApdu command, boolean secured) {
        if ((command.cla() & ~0x10) != 0) {
            return new ResponseApdu(StatusWords.CLA_NOT_SUPPORTED);
        }
        return switch (command.ins()) {
            case 0xA4 -> select(command);
            case 0xB0 -> readBinary(command, secured);
            case 0x84 -> secured ? new ResponseApdu(StatusWords.CONDITIONS_NOT_SATISFIED) : bac.getChallenge(command);
            case 0x82 -> secured ? new ResponseApdu(StatusWords.CONDITIONS_NOT_SATISFIED) : externalAuthenticate(command);
            case 0x22 -> manageSecurityEnvironment(command, secured);
            case 0x86 -> generalAuthenticate(command, secured);
            case 0x88 -> secured ? activeAuthentication.internalAuthenticate(command)
                    : new ResponseApdu(StatusWords.SECURITY_STATUS_NOT_SATISFIED);
            default -> new ResponseApdu(StatusWords.INS_NOT_SUPPORTED);
        };
    }

    private ResponseApdu select(CommandApdu command) {
        byte[] data = command.data();
        switch (command.p1()) {
            case 0x04 -> {
                if (!Arrays.equals(data, EMRTD_AID)) {
                    return new ResponseApdu(StatusWords.FILE_NOT_FOUND);
                }
                applicationSelected = true;
                selectedFile = -1;
                return new ResponseApdu(StatusWords.OK);
            }
            case 0x00 -> {
                // Real CCCDs refuse SELECT MF this way; readers must select EF.CardAccess directly.
                return new ResponseApdu(StatusWords.INS_NOT_SUPPORTED);
            }
            case 0x02 -> {
                if (data.length != 2) {
                    return new ResponseApdu(StatusWords.WRONG_DATA);
                }
                int fid = ((data[0] & 0xFF) << 8) | (data[1] & 0xFF);
                if (!exists(fid)) {
                    return new ResponseApdu(StatusWords.FILE_NOT_FOUND);
                }
                selectedFile = fid;
                return new ResponseApdu(StatusWords.OK);
            }
            default -> {
                return new ResponseApdu(StatusWords.INCORRECT_P1P2);
            }
        }
    }

    private boolean exists(int fid) {
        if (fid == ElementaryFiles.CARD_ACCESS) {
            return content.cardAccess().isPresent();
        }
        return applicationSelected && (content.files().containsKey(fid) || ElementaryFiles.needsTerminalAuthentication(fid));
    }

    private ResponseApdu readBinary(CommandApdu command, boolean secured) {
        int fid;
        int offset;
        if ((command.p1() & 0x80) != 0) {
            fid = ElementaryFiles.bySfi(command.p1() & 0x1F);
            if (!exists(fid)) {
                return new ResponseApdu(StatusWords.FILE_NOT_FOUND);
            }
            selectedFile = fid;
            offset = command.p2();
        } else {
            fid = selectedFile;
            offset = (command.p1() << 8) | command.p2();
        }
        if (fid < 0) {
            return new ResponseApdu(StatusWords.CONDITIONS_NOT_SATISFIED);
        }
        if ((fid != ElementaryFiles.CARD_ACCESS && !secured) || ElementaryFiles.needsTerminalAuthentication(fid)) {
            return new ResponseApdu(StatusWords.SECURITY_STATUS_NOT_SATISFIED);
        }
        byte[] file = fid == ElementaryFiles.CARD_ACCESS ? content.cardAccess().orElseThrow() : content.files().get(fid);
        if (offset > file.length) {
            return new ResponseApdu(StatusWords.WRONG_P1P2);
        }
        int length = Math.min(command.ne(), file.length - offset);
        return new ResponseApdu(Arrays.copyOfRange(file, offset, offset + length), StatusWords.OK);
    }

    private ResponseApdu externalAuthenticate(CommandApdu command) {
        return bac.externalAuthenticate(command).map(result -> {
            sm = new ChipSecureMessaging(result.keys());
            return result.response();
        }).orElse(new ResponseApdu(StatusWords.SECURITY_STATUS_NOT_SATISFIED));
    }

    private ResponseApdu manageSecurityEnvironment(CommandApdu command, boolean secured) {
        if (command.p1() == 0xC1 && command.p2() == 0xA4 && !secured && pace.isPresent()) {
            return pace.get().mseSetAt(command);
        }
        if (command.p1() == 0x41 && (command.p2() == 0xA4 || command.p2() == 0xA6)) {
            if (!secured) {
                return new ResponseApdu(StatusWords.SECURITY_STATUS_NOT_SATISFIED);
            }
            return chipAuthenticationStep(command.p2() == 0xA4
                    ? chipAuthentication.mseSetAt(command) : chipAuthentication.mseSetKat(command));
        }
        return new ResponseApdu(StatusWords.INCORRECT_P1P2);
    }

    private ResponseApdu generalAuthenticate(CommandApdu command, boolean secured) {
        if (secured) {
            return chipAuthenticationStep(chipAuthentication.generalAuthenticate(command));
        }
        if (pace.isEmpty()) {
            return new ResponseApdu(StatusWords.CONDITIONS_NOT_SATISFIED);
        }
        ResponseApdu response = pace.get().generalAuthenticate(command);
        Optional<SessionKeys> keys = pace.get().established();
        if (keys.isPresent()) {
            sm = new ChipSecureMessaging(keys.get());
            pace.get().reset();
        }
        return response;
    }

    private ResponseApdu chipAuthenticationStep(ChipChipAuthentication.Step step) {
        pendingKeys = step.newKeys();
        if (step.newKeys().isPresent()) {
            chipAuthentication.reset();
        }
        return step.response();
    }
}
