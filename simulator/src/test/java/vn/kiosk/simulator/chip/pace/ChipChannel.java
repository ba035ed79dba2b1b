package vn.kiosk.simulator.chip.pace;

import java.util.ArrayList;
import java.util.List;

import vn.kiosk.reader.apdu.ApduChannel;
import vn.kiosk.reader.apdu.CommandApdu;
import vn.kiosk.reader.apdu.ResponseApdu;
import vn.kiosk.reader.apdu.StatusWords;

/**
 * The smallest APDU dispatcher that puts a {@link ChipPace} behind an {@link ApduChannel}: INS 22
 * and 86 go to it, through real byte encoding so APDU lengths and Le are exercised too.
 */
final class ChipChannel implements ApduChannel {
    final ChipPace chip;
    final List<CommandApdu> sent = new ArrayList<>();

    ChipChannel(ChipPace chip) {
        this.chip = chip;
    }

    @Override
    public ResponseApdu send(CommandApdu command) {
        byte[] raw = command.encode();
        CommandApdu parsed = CommandApdu.parse(raw);
        sent.add(parsed);
        ResponseApdu response = switch (parsed.ins()) {
            case 0x22 -> chip.mseSetAt(parsed);
            case 0x86 -> chip.generalAuthenticate(parsed);
            default -> new ResponseApdu(StatusWords.INS_NOT_SUPPORTED);
        };
        return ResponseApdu.parse(response.encode());
    }

    @Override
    public boolean extendedLength() {
        return false;
    }
}
