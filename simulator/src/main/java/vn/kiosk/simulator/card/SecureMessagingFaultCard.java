package vn.kiosk.simulator.card;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;

import vn.kiosk.reader.error.MalformedDataException;
import vn.kiosk.reader.tlv.DataObject;
import vn.kiosk.reader.tlv.Tlv;

/**
 * A man in the middle on the contactless link who spoils one protected response of a session, so
 * that a test can check the reader refuses it and stops: the response loses its MAC (DO'8E'), has
 * a wrong MAC, is replaced by the previous protected response (a replay, MACed under an earlier
 * send-sequence counter), or is replaced by a bare 9000 without secure messaging. Protected
 * responses (answers to commands whose CLA has the secure-messaging bits 0C) are counted from
 * power-on; everything else passes unchanged.
 */
public final class SecureMessagingFaultCard extends ForwardingCard {
    private static final int SW_LENGTH = 2;
    private static final int DO_MAC = 0x8E;

    /** What is done to the chosen response. */
    public enum Spoil {
        /** DO'8E', the response MAC, taken out. */
        DROP_MAC,
        /** One bit of the MAC flipped. */
        WRONG_MAC,
        /** The previous protected response sent again: genuine, but for an earlier counter value. */
        REPLAY,
        /** A plain 9000 with no secure-messaging data objects at all. */
        UNPROTECTED_SUCCESS
    }

    private final Spoil spoil;
    private final int at;
    private final AtomicInteger commandsAfter = new AtomicInteger();
    private int protectedResponses;
    private byte[] previous;
    private volatile boolean spoiled;

    /**
     * @param at which protected response to spoil, 1 for the first after power-on; a replay needs
     *           an earlier one to send, so at least 2
     */
    public SecureMessagingFaultCard(VirtualCard inner, Spoil spoil, int at) {
        super(inner);
        this.spoil = Objects.requireNonNull(spoil, "spoil");
        if (at < (spoil == Spoil.REPLAY ? 2 : 1)) {
            throw new IllegalArgumentException("cannot spoil protected response " + at + " with " + spoil);
        }
        this.at = at;
    }

    @Override
    public synchronized void powerOn() {
        protectedResponses = 0;
        previous = null;
        super.powerOn();
    }

    @Override
    public synchronized byte[] process(byte[] command) {
        if (spoiled) {
            commandsAfter.incrementAndGet();
        }
        byte[] response = super.process(command);
        boolean isProtected = command.length >= 4 && (command[0] & 0x0C) == 0x0C;
        if (!isProtected || spoiled) {
            return response;
        }
        if (++protectedResponses < at) {
            previous = response.clone();
            return response;
        }
        spoiled = true;
        return spoilt(response);
    }

    private byte[] spoilt(byte[] response) {
        switch (spoil) {
            case DROP_MAC:
                return withoutMac(response);
            case WRONG_MAC: {
                if (response.length <= SW_LENGTH) {
                    // an unprotected error status has no MAC to break
                    return response;
                }
                byte[] tampered = response.clone();
                // The MAC is the last data object: its last byte sits just before the status word.
                tampered[tampered.length - SW_LENGTH - 1] ^= 0x01;
                return tampered;
            }
            case REPLAY:
                return previous.clone();
            default:
                return new byte[] {(byte) 0x90, 0x00};
        }
    }

    private static byte[] withoutMac(byte[] response) {
        byte[] data = Arrays.copyOf(response, response.length - SW_LENGTH);
        List<DataObject> objects;
        try {
            objects = Tlv.parseAll(data);
        } catch (MalformedDataException e) {
            throw new IllegalStateException("the chip's protected response does not parse", e);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        objects.stream().filter(o -> o.tag() != DO_MAC).forEach(o -> out.writeBytes(o.encoded()));
        out.writeBytes(Arrays.copyOfRange(response, response.length - SW_LENGTH, response.length));
        return out.toByteArray();
    }

    /** Whether the response has been spoiled yet. */
    public boolean spoiled() {
        return spoiled;
    }

    /** Commands the reader sent after the spoiled response: a reader that stops sends none. */
    public int commandsAfterSpoiling() {
        return commandsAfter.get();
    }
}
