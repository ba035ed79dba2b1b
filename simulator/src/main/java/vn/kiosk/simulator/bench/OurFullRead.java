package vn.kiosk.simulator.bench;

import java.security.SecureRandom;
import java.util.Arrays;

import javax.smartcardio.CardTerminal;

import vn.kiosk.reader.access.AccessKey;
import vn.kiosk.reader.error.ReaderException;
import vn.kiosk.reader.identity.Assurance;
import vn.kiosk.reader.read.CardRead;
import vn.kiosk.reader.read.IdCardReader;
import vn.kiosk.reader.read.ReadEvent;
import vn.kiosk.reader.read.ReadListener;
import vn.kiosk.reader.read.ReadOptions;
import vn.kiosk.reader.verify.TrustStore;
import vn.kiosk.simulator.chip.ChipContent;
import vn.kiosk.simulator.chip.ElementaryFiles;

/**
 * Our full read, as the kiosk makes it: {@link IdCardReader#read} with the CAN, the photo, chip
 * and active authentication. The identity is "available" at the reader's own
 * {@code ReadEvent.IdentityVerified} when it has one; until then, at {@code IdentityRead} followed
 * by a passive authentication of EF.SOD, DG1 and DG13 on the reading thread (the bytes are the
 * card's own, which the reader has just read), as a reader that verifies early would do.
 */
public final class OurFullRead {
    /** Looked up once, by name, so this compiles before and after the reader gains the event. */
    static final boolean READER_VERIFIES_IDENTITY = Arrays.stream(ReadEvent.class.getPermittedSubclasses())
            .anyMatch(type -> type.getSimpleName().equals("IdentityVerified"));

    private final IdCardReader reader;
    private final AccessKey key;
    private final ReadOptions options;
    private final IdentityCheck check;
    private final byte[] sod;
    private final byte[] dg1;
    private final byte[] dg13;

    public OurFullRead(ChipContent card, TrustStore trust, SecureRandom random) {
        this.reader = new IdCardReader(random);
        this.key = AccessKey.can(card.can());
        this.options = ReadOptions.of(trust);
        this.check = new IdentityCheck(trust);
        this.sod = card.files().get(ElementaryFiles.SOD);
        this.dg1 = card.files().get(ElementaryFiles.dataGroup(1));
        this.dg13 = card.files().get(ElementaryFiles.dataGroup(13));
    }

    public static boolean readerVerifiesIdentity() {
        return READER_VERIFIES_IDENTITY;
    }

    public ReadSample run(CardTerminal terminal, CountingCard counter) throws ReaderException {
        counter.reset();
        ThreadCost cost = ThreadCost.start();
        long[] identityAt = {-1};
        ReadListener listener = event -> {
            if (READER_VERIFIES_IDENTITY ? event.getClass().getSimpleName().equals("IdentityVerified")
                    : event instanceof ReadEvent.IdentityRead) {
                if (!READER_VERIFIES_IDENTITY) {
                    check.verify(sod, dg1, dg13);
                }
                identityAt[0] = cost.wallNanos();
            }
        };
        CardRead read = reader.read(terminal, key, options, listener);
        ThreadCost.Spent spent = cost.stop();
        if (read.verification().assurance() != Assurance.CHIP_CLONE_CHECKED || read.photo().isEmpty()) {
            throw new IllegalStateException("our read did not fully verify: " + read.verification().problems());
        }
        if (identityAt[0] < 0) {
            throw new IllegalStateException("our reader never announced the identity");
        }
        return ReadSample.of(counter.traffic(), spent, identityAt[0]);
    }
}
