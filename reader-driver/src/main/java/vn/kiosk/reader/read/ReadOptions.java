package vn.kiosk.reader.read;

import java.time.Clock;
import java.util.Optional;

import vn.kiosk.reader.verify.TrustStore;

/**
 * What a flow asks of a card read.
 *
 * @param photo     read DG2 (the face image) after the identity; a flow that does not show the
 *                  photo saves the longest file
 * @param challenge the 8 bytes active authentication must sign (a backend's nonce), or empty for a
 *                  random one
 * @param trust     the operator's CSCA trust store
 * @param clock     the time certificates are checked at
 */
public record ReadOptions(boolean photo, Optional<byte[]> challenge, TrustStore trust, Clock clock) {

    public ReadOptions {
        challenge = challenge.map(byte[]::clone);
    }

    public static ReadOptions of(TrustStore trust) {
        return new ReadOptions(true, Optional.empty(), trust, Clock.systemUTC());
    }

    public ReadOptions withPhoto(boolean read) {
        return new ReadOptions(read, challenge, trust, clock);
    }

    public ReadOptions withChallenge(byte[] nonce) {
        return new ReadOptions(photo, Optional.of(nonce), trust, clock);
    }
}
