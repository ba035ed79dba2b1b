package vn.kiosk.reader.transport;

/**
 * Sees every exchange on the wire. Once a secure channel is open the bytes here are ciphertext;
 * before it, they are protocol messages only (SELECT, EF.CardAccess, PACE/BAC), never personal data.
 */
@FunctionalInterface
public interface ApduTrace {
    void exchanged(byte[] command, byte[] response, long nanos);

    ApduTrace NONE = (command, response, nanos) -> { };
}
