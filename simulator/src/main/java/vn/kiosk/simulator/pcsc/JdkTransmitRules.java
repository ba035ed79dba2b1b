package vn.kiosk.simulator.pcsc;

import java.util.Arrays;
import javax.smartcardio.CardException;

/**
 * What the JDK's own PC/SC channel does to an APDU around SCardTransmit, reproduced so code
 * tested against the virtual readers meets the same behaviour on a real reader: MANAGE CHANNEL
 * is refused, the logical channel is written into CLA, and 61xx / 6Cxx answers are followed up
 * automatically (the JDK does this for T=1 too unless sun.security.smartcardio.t1GetResponse is
 * false).
 */
final class JdkTransmitRules {

    /** The JDK gives up after this many GET RESPONSE / resend rounds. */
    private static final int RESPONSE_ITERATIONS = 256;

    @FunctionalInterface
    interface Exchange {
        byte[] exchange(byte[] command) throws CardException;
    }

    private JdkTransmitRules() {
    }

    static void checkManageChannel(byte[] command) {
        if (command.length < 4) {
            throw new IllegalArgumentException("Command APDU must be at least 4 bytes long");
        }
        if (command[0] >= 0 && command[1] == 0x70) {
            throw new IllegalArgumentException("Manage channel command not allowed, use openLogicalChannel()");
        }
    }

    /** ISO/IEC 7816-4 tables 2 and 3: channel number bits of an interindustry CLA. */
    static void setChannel(byte[] command, int channel) {
        int cla = command[0];
        if (cla < 0 || (cla & 0xE0) == 0x20) {
            return; // proprietary or reserved class: leave it alone
        }
        if (channel <= 3) {
            command[0] = (byte) ((cla & 0xBC) | channel);
        } else if (channel <= 19) {
            command[0] = (byte) ((cla & 0xB0) | 0x40 | (channel - 4));
        } else {
            throw new IllegalArgumentException("Unsupported channel number: " + channel);
        }
    }

    static byte[] transmit(byte[] original, Exchange card) throws CardException {
        byte[] command = original.clone();
        boolean followUp = !"false".equalsIgnoreCase(System.getProperty("sun.security.smartcardio.t1GetResponse"));
        byte[] result = new byte[0];
        for (int round = 1; ; round++) {
            if (round > RESPONSE_ITERATIONS) {
                throw new CardException("Number of response iterations exceeded maximum " + RESPONSE_ITERATIONS);
            }
            byte[] response = card.exchange(command);
            int rn = response.length;
            if (followUp && rn >= 2) {
                if (rn == 2 && response[0] == 0x6C) {
                    // wrong Le: resend with the length the card asked for
                    command[command.length - 1] = response[1];
                    continue;
                }
                if (response[rn - 2] == 0x61) {
                    // more data waiting: GET RESPONSE with the same CLA
                    result = concat(result, response, rn - 2);
                    command = new byte[] {command[0], (byte) 0xC0, 0, 0, response[rn - 1]};
                    continue;
                }
            }
            return concat(result, response, rn);
        }
    }

    private static byte[] concat(byte[] head, byte[] tail, int tailLength) {
        byte[] out = Arrays.copyOf(head, head.length + tailLength);
        System.arraycopy(tail, 0, out, head.length, tailLength);
        return out;
    }
}
