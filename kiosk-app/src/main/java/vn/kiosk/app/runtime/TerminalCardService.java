package vn.kiosk.app.runtime;

import java.security.SecureRandom;
import javax.smartcardio.TerminalFactory;
import vn.kiosk.app.flow.CardService;
import vn.kiosk.reader.access.AccessKey;
import vn.kiosk.reader.error.ReaderException;
import vn.kiosk.reader.read.CardRead;
import vn.kiosk.reader.read.IdCardReader;
import vn.kiosk.reader.read.ReadListener;
import vn.kiosk.reader.read.ReadOptions;
import vn.kiosk.reader.transport.Terminals;
import vn.kiosk.reader.verify.TrustStore;

/** Reads cards through javax.smartcardio with the reader-driver, verified against the operator's trust store. */
final class TerminalCardService implements CardService {
    private final TerminalFactory terminals;
    private final ReadOptions options;
    private final IdCardReader reader = new IdCardReader(new SecureRandom());

    TerminalCardService(TerminalFactory terminals, TrustStore trust) {
        this.terminals = terminals;
        this.options = ReadOptions.of(trust);
    }

    @Override
    public CardRead read(String terminal, AccessKey key, ReadListener listener) throws ReaderException {
        return reader.read(Terminals.find(terminals, terminal), key, options, listener);
    }
}
