package vn.kiosk.reader.transport;

import java.time.Duration;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.smartcardio.CardException;
import javax.smartcardio.CardNotPresentException;
import javax.smartcardio.CardTerminal;
import vn.kiosk.reader.error.CardRemovedException;
import vn.kiosk.reader.error.LinkException;
import vn.kiosk.reader.error.ReaderException;

/**
 * Turns whatever javax.smartcardio threw into "the card is gone" or "the link failed". The JDK's
 * PCSCException is not public, but its message is the PC/SC code name (and CardException(cause)
 * repeats it), so the code is recovered from the messages along the cause chain.
 */
final class PcscFailures {

    /**
     * Codes after which there is no card to talk to any more. A reset by another application
     * (SCARD_W_RESET_CARD) is here too: the chip's secure-messaging session is gone either way,
     * so the caller must start over with the card exactly as after a removal.
     */
    private static final Set<String> CARD_GONE = Set.of(
            "SCARD_W_REMOVED_CARD", "SCARD_E_NO_SMARTCARD", "SCARD_W_RESET_CARD",
            "SCARD_E_READER_UNAVAILABLE", "SCARD_E_UNKNOWN_READER");

    private static final Set<String> SERVICE_GONE = Set.of(
            "SCARD_E_NO_SERVICE", "SCARD_E_SERVICE_STOPPED", "SCARD_E_NO_READERS_AVAILABLE");

    private static final Pattern CODE = Pattern.compile("SCARD_[A-Z]_[A-Z_]+");

    private final CardTerminal terminal;
    private final Duration removalGrace;

    /**
     * @param removalGrace how long to wait for the reader to notice a card that left. A
     *        contactless card that moves away mid-exchange first shows up as a plain transmission
     *        error; the reader reports the slot empty only at its next presence poll (vpcd polls
     *        about every 400 ms, CCID readers are faster).
     */
    PcscFailures(CardTerminal terminal, Duration removalGrace) {
        this.terminal = terminal;
        this.removalGrace = removalGrace;
    }

    ReaderException map(String what, Throwable failure) {
        String reader = terminal.getName();
        if (failure instanceof CardNotPresentException) {
            return new CardRemovedException("no card on " + reader, failure);
        }
        if (failure instanceof IllegalStateException && String.valueOf(failure.getMessage()).contains("removed")) {
            return new CardRemovedException("card was removed from " + reader, failure);
        }
        String code = codeOf(failure);
        if (code != null && CARD_GONE.contains(code)) {
            return new CardRemovedException(what + " failed: card left " + reader + " (" + code + ")", failure);
        }
        if (code != null && SERVICE_GONE.contains(code)) {
            return new LinkException(what + " failed: PC/SC service unavailable (" + code
                    + "); is pcscd running?", failure);
        }
        if (cardLeft()) {
            return new CardRemovedException(what + " failed: card left " + reader
                    + (code == null ? "" : " (" + code + ")"), failure);
        }
        return new LinkException(what + " failed on " + reader + ": " + describe(failure, code), failure);
    }

    /** Whether the slot is, or within the grace period becomes, empty. Unknown counts as no. */
    private boolean cardLeft() {
        try {
            return terminal.waitForCardAbsent(Math.max(1, removalGrace.toMillis()));
        } catch (CardException | RuntimeException e) {
            return false;
        }
    }

    /** The PC/SC code name found in the cause chain, or null. */
    static String codeOf(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t.getMessage() != null) {
                Matcher m = CODE.matcher(t.getMessage());
                if (m.find()) {
                    return m.group();
                }
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }

    private static String describe(Throwable failure, String code) {
        if (code != null) {
            return code;
        }
        String message = failure.getMessage();
        return message == null ? failure.getClass().getSimpleName() : message;
    }
}
