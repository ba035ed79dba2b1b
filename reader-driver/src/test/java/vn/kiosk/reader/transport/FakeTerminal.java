package vn.kiosk.reader.transport;

import java.nio.ByteBuffer;
import javax.smartcardio.ATR;
import javax.smartcardio.Card;
import javax.smartcardio.CardChannel;
import javax.smartcardio.CardException;
import javax.smartcardio.CardNotPresentException;
import javax.smartcardio.CardTerminal;
import javax.smartcardio.CommandAPDU;
import javax.smartcardio.ResponseAPDU;

/**
 * A scripted javax.smartcardio terminal for unit tests of the transport: the card answers
 * through {@link Responder}, which may throw what the JDK would throw.
 */
final class FakeTerminal extends CardTerminal {

    @FunctionalInterface
    interface Responder {
        byte[] respond(byte[] command) throws CardException;
    }

    volatile boolean present = true;
    volatile String protocol = "T=1";
    volatile byte[] atr = java.util.HexFormat.of().parseHex("3B8A80018031F873F741E082900075");
    volatile Responder responder = command -> new byte[] {(byte) 0x90, 0x00};
    volatile boolean disconnectedWithReset;

    @Override
    public String getName() {
        return "Fake Reader 0";
    }

    @Override
    public Card connect(String requested) throws CardException {
        if (!present) {
            throw new CardNotPresentException("No card present", new CardException("SCARD_E_NO_SMARTCARD"));
        }
        return new FakeCard();
    }

    @Override
    public boolean isCardPresent() throws CardException {
        if (presenceFailure != null) {
            throw new CardException("isCardPresent() failed", presenceFailure);
        }
        return present;
    }

    volatile RuntimeException presenceFailure;

    @Override
    public boolean waitForCardPresent(long timeout) throws CardException {
        return await(true, timeout);
    }

    @Override
    public boolean waitForCardAbsent(long timeout) throws CardException {
        return await(false, timeout);
    }

    /** Polls briefly: enough for tests, and it honours the timeout like the real thing. */
    private boolean await(boolean wanted, long timeout) throws CardException {
        if (presenceFailure != null) {
            throw new CardException("waitForCard() failed", presenceFailure);
        }
        long deadline = System.nanoTime() + timeout * 1_000_000L;
        while (present != wanted) {
            if (System.nanoTime() >= deadline) {
                return false;
            }
            try {
                Thread.sleep(2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return present == wanted;
            }
        }
        return true;
    }

    private final class FakeCard extends Card {
        private final CardChannel channel = new FakeChannel(this);

        @Override
        public ATR getATR() {
            return new ATR(atr);
        }

        @Override
        public String getProtocol() {
            return protocol;
        }

        @Override
        public CardChannel getBasicChannel() {
            return channel;
        }

        @Override
        public CardChannel openLogicalChannel() throws CardException {
            throw new CardException("not in this fake");
        }

        @Override
        public void beginExclusive() {
        }

        @Override
        public void endExclusive() {
        }

        @Override
        public byte[] transmitControlCommand(int controlCode, byte[] command) throws CardException {
            throw new CardException("not in this fake");
        }

        @Override
        public void disconnect(boolean reset) {
            disconnectedWithReset = reset;
        }
    }

    private final class FakeChannel extends CardChannel {
        private final Card card;

        FakeChannel(Card card) {
            this.card = card;
        }

        @Override
        public Card getCard() {
            return card;
        }

        @Override
        public int getChannelNumber() {
            return 0;
        }

        @Override
        public ResponseAPDU transmit(CommandAPDU command) throws CardException {
            return new ResponseAPDU(responder.respond(command.getBytes()));
        }

        @Override
        public int transmit(ByteBuffer command, ByteBuffer response) throws CardException {
            byte[] bytes = new byte[command.remaining()];
            command.get(bytes);
            byte[] answer = responder.respond(bytes);
            response.put(answer);
            return answer.length;
        }

        @Override
        public void close() {
        }
    }
}
