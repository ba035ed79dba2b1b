package vn.kiosk.app.flow;

import vn.kiosk.reader.access.AccessKey;
import vn.kiosk.reader.error.ReaderException;
import vn.kiosk.reader.read.CardRead;
import vn.kiosk.reader.read.ReadListener;

/** Reads and verifies the card on a named reader; blocking, called off the screen's thread. */
@FunctionalInterface
public interface CardService {
    CardRead read(String terminal, AccessKey key, ReadListener listener) throws ReaderException;
}
