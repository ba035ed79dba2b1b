package vn.kiosk.reader.error;

/**
 * Every way talking to a card can fail. Callers switch over the permitted subclasses
 * instead of catching whatever the JDK or Bouncy Castle happened to throw.
 */
public abstract sealed class ReaderException extends Exception
        permits WrongPasswordException, CardRemovedException, LinkException,
                SecureMessagingException, UnsupportedProtocolException,
                CardStatusException, MalformedDataException {

    protected ReaderException(String message) {
        super(message);
    }

    protected ReaderException(String message, Throwable cause) {
        super(message, cause);
    }
}
