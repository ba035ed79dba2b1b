package vn.kiosk.reader.access;

import java.util.Optional;

import vn.kiosk.reader.apdu.ApduChannel;
import vn.kiosk.reader.lds.CardAccess;

/**
 * A chip with its secure channel open and the eMRTD application selected.
 *
 * @param channel    every command through it is protected by secure messaging
 * @param protocol   PACE or BAC
 * @param cardAccess EF.CardAccess as the chip gave it, absent on a BAC-only chip; chip
 *                   authentication later needs its ChipAuthenticationInfo
 * @param plain      the unprotected channel under {@code channel}: chip authentication restarts
 *                   secure messaging over it with new keys
 */
public record OpenedChip(ApduChannel channel, AccessProtocol protocol, Optional<CardAccess> cardAccess,
                         ApduChannel plain) {
}
