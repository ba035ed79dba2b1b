package vn.kiosk.reader.error;

/** The card answered a command with a status word that the protocol step cannot continue from. */
public final class CardStatusException extends ReaderException {
    private final int statusWord;

    public CardStatusException(String what, int statusWord) {
        super(what + " failed with status " + String.format("%04X", statusWord));
        this.statusWord = statusWord;
    }

    public int statusWord() {
        return statusWord;
    }
}
