package vn.kiosk.simulator.pcsc;

import java.nio.ByteBuffer;
import java.nio.ReadOnlyBufferException;
import javax.smartcardio.Card;
import javax.smartcardio.CardChannel;
import javax.smartcardio.CardException;
import javax.smartcardio.CommandAPDU;
import javax.smartcardio.ResponseAPDU;

/** A logical channel to a virtual card, with the JDK channel's argument checks and follow-ups. */
final class VirtualCardChannel extends CardChannel {

    private final VirtualCardConnection card;
    private final int channel;
    private volatile boolean closed;

    VirtualCardChannel(VirtualCardConnection card, int channel) {
        this.card = card;
        this.channel = channel;
    }

    @Override
    public Card getCard() {
        return card;
    }

    @Override
    public int getChannelNumber() {
        checkClosed();
        return channel;
    }

    @Override
    public ResponseAPDU transmit(CommandAPDU command) throws CardException {
        checkClosed();
        card.checkExclusive();
        return new ResponseAPDU(doTransmit(command.getBytes()));
    }

    @Override
    public int transmit(ByteBuffer command, ByteBuffer response) throws CardException {
        checkClosed();
        card.checkExclusive();
        if (command == null || response == null) {
            throw new NullPointerException();
        }
        if (response.isReadOnly()) {
            throw new ReadOnlyBufferException();
        }
        if (command == response) {
            throw new IllegalArgumentException("command and response must not be the same object");
        }
        if (response.remaining() < 258) {
            throw new IllegalArgumentException("Insufficient space in response buffer");
        }
        byte[] bytes = new byte[command.remaining()];
        command.get(bytes);
        byte[] answer = doTransmit(bytes);
        response.put(answer);
        return answer.length;
    }

    private byte[] doTransmit(byte[] command) throws CardException {
        JdkTransmitRules.checkManageChannel(command);
        JdkTransmitRules.setChannel(command, channel);
        return JdkTransmitRules.transmit(command, card::exchange);
    }

    @Override
    public void close() throws CardException {
        if (getChannelNumber() == 0) {
            throw new IllegalStateException("Cannot close basic logical channel");
        }
        if (closed) {
            return;
        }
        card.checkExclusive();
        try {
            byte[] response = card.exchange(new byte[] {0x00, 0x70, (byte) 0x80, (byte) channel});
            if (response.length != 2 || response[0] != (byte) 0x90 || response[1] != 0) {
                throw new CardException("close() failed, card response: " + response.length + " bytes");
            }
        } finally {
            closed = true;
        }
    }

    private void checkClosed() {
        card.checkState();
        if (closed) {
            throw new IllegalStateException("Logical channel has been closed");
        }
    }

    @Override
    public String toString() {
        return "VirtualCardChannel[" + channel + "]";
    }
}
