package vn.kiosk.reader.pace;

import java.math.BigInteger;

import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.math.ec.ECPoint;

import vn.kiosk.reader.error.MalformedDataException;

/**
 * PACE generic mapping over elliptic curves (Doc 9303 Part 11, 4.4.3.3.1): G' = s * G + H where H
 * is the ECDH point of the two mapping keys. The same arithmetic serves the final key agreement.
 */
public final class GenericMapping {
    private GenericMapping() {
    }

    /**
     * The full ECDH point privateKey * peer, refused when it is the identity (which a peer
     * cheating with a small-order point could force).
     */
    public static ECPoint agree(BigInteger privateKey, ECPoint peer) throws MalformedDataException {
        ECPoint shared = peer.multiply(privateKey).normalize();
        if (shared.isInfinity()) {
            throw new MalformedDataException("ECDH gave the point at infinity");
        }
        return shared;
    }

    /** The domain with the mapped generator G' = s * G + H; curve, order and cofactor unchanged. */
    public static ECDomainParameters map(ECDomainParameters domain, byte[] nonce, ECPoint h)
            throws MalformedDataException {
        ECPoint mapped = domain.getG().multiply(new BigInteger(1, nonce)).add(h).normalize();
        if (mapped.isInfinity()) {
            throw new MalformedDataException("the mapped generator is the point at infinity");
        }
        try {
            return new ECDomainParameters(domain.getCurve(), mapped, domain.getN(), domain.getH());
        } catch (RuntimeException e) {
            throw new MalformedDataException("the mapped generator is not a valid generator", e);
        }
    }
}
