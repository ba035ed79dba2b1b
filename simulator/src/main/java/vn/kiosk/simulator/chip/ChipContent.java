package vn.kiosk.simulator.chip;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import vn.kiosk.reader.bac.MrzKey;

/**
 * What a virtual chip is personalised with.
 *
 * @param can            the card access number (on a CCCD, the last six digits of the ID number)
 * @param mrzKey         the BAC/PACE-MRZ key fields
 * @param cardAccess     EF.CardAccess, or empty for a BAC-only chip
 * @param files          the eMRTD application's elementary files by file identifier
 * @param extendedLength whether the chip accepts extended-length APDUs (and says so in its ATR)
 * @param secrets        the AA and CA private keys
 */
public record ChipContent(String can, MrzKey mrzKey, Optional<byte[]> cardAccess, Map<Integer, byte[]> files,
                          boolean extendedLength, ChipSecrets secrets) {

    public ChipContent {
        files = Map.copyOf(new TreeMap<>(files));
        cardAccess = cardAccess.map(byte[]::clone);
    }

    public ChipContent withExtendedLength(boolean enabled) {
        return new ChipContent(can, mrzKey, cardAccess, files, enabled, secrets);
    }

    public ChipContent withoutPace() {
        return withCardAccess(Optional.empty());
    }

    public ChipContent withCardAccess(Optional<byte[]> newCardAccess) {
        return new ChipContent(can, mrzKey, newCardAccess, files, extendedLength, secrets);
    }

    public ChipContent withSecrets(ChipSecrets newSecrets) {
        return new ChipContent(can, mrzKey, cardAccess, files, extendedLength, newSecrets);
    }

    public ChipContent withFile(int fid, byte[] content) {
        Map<Integer, byte[]> copy = new TreeMap<>(files);
        copy.put(fid, content.clone());
        return new ChipContent(can, mrzKey, cardAccess, copy, extendedLength, secrets);
    }

    @Override
    public String toString() {
        return "ChipContent[" + files.size() + " files, pace=" + cardAccess.isPresent()
                + ", extendedLength=" + extendedLength + "]";
    }
}
