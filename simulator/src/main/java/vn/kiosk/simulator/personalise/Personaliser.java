package vn.kiosk.simulator.personalise;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

import vn.kiosk.reader.lds.CardAccess;
import vn.kiosk.reader.tlv.Tlv;
import vn.kiosk.simulator.chip.ChipContent;
import vn.kiosk.simulator.chip.ChipSecrets;
import vn.kiosk.simulator.chip.ElementaryFiles;
import vn.kiosk.simulator.citizen.Citizen;

/** Writes a citizen onto a chip: the files and keys a card of the given profile carries. */
public final class Personaliser {
    private Personaliser() {
    }

    public static ChipContent personalise(Citizen citizen, CardProfile profile) {
        Optional<byte[]> cardAccess = profile == CardProfile.BAC_ONLY
                ? Optional.empty() : Optional.of(CardAccess.cccd().encode());
        Map<Integer, byte[]> files = Map.of(ElementaryFiles.dataGroup(1), dg1(Td1Mrz.of(citizen)));
        return new ChipContent(citizen.can(), Td1Mrz.keyOf(citizen), cardAccess, files, true, ChipSecrets.none());
    }

    /** DG1: '61' { '5F1F' MRZ } (Doc 9303 Part 10, 4.7.1). */
    static byte[] dg1(Td1Mrz mrz) {
        return Tlv.encode(0x61, Tlv.encode(0x5F1F, mrz.text().getBytes(StandardCharsets.US_ASCII)));
    }
}
