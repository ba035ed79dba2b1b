package vn.kiosk.app.operator;

import java.util.ArrayList;
import java.util.List;
import javax.smartcardio.CardTerminal;
import javax.smartcardio.TerminalFactory;
import vn.kiosk.reader.transport.Terminals;

/** Lists the card readers and whether each holds a card. May throw; the collector turns that into a failed sample. */
@FunctionalInterface
public interface ReaderProbe {

    List<ReaderStatus> readers() throws Exception;

    /** The readers of a javax.smartcardio factory: PC/SC, or the simulator's in-process one. */
    static ReaderProbe of(TerminalFactory factory) {
        return () -> {
            List<ReaderStatus> out = new ArrayList<>();
            for (CardTerminal terminal : Terminals.list(factory)) {
                out.add(new ReaderStatus(terminal.getName(), terminal.isCardPresent()));
            }
            return out;
        };
    }
}
