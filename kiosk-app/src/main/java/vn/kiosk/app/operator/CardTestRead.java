package vn.kiosk.app.operator;

import java.util.Objects;
import vn.kiosk.app.flow.CardService;
import vn.kiosk.reader.access.AccessKey;
import vn.kiosk.reader.error.ReaderException;
import vn.kiosk.reader.read.CardRead;
import vn.kiosk.reader.read.Verification;

/**
 * The operator screen's test read: reads and verifies a card (the operator's own, or a test card)
 * on one reader the way a citizen's session would, and keeps only the verdicts. The identity and
 * photo are dropped here, so they can reach neither the screen nor a log.
 */
public final class CardTestRead {
    private final CardService cards;

    public CardTestRead(CardService cards) {
        this.cards = Objects.requireNonNull(cards, "cards");
    }

    /** Blocks for the read (a few seconds); call it off the screen's thread. Never throws. */
    public TestReadResult run(String terminal, AccessKey key) {
        CardRead read;
        try {
            read = cards.read(terminal, key, event -> {
            });
        } catch (ReaderException e) {
            return new TestReadResult.Failed(e.getClass().getSimpleName(), Scrubber.describe(e));
        } catch (RuntimeException e) {
            return new TestReadResult.Failed(e.getClass().getSimpleName(), "unexpected failure");
        }
        Verification v = read.verification();
        return new TestReadResult.Read(read.stats().accessProtocol(), v.passive(), v.active(), v.chip(),
                v.assurance(), read.stats().apdus(), read.stats().millis(),
                v.problems().stream().map(Scrubber::scrub).toList());
    }
}
