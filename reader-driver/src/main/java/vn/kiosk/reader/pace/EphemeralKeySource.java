package vn.kiosk.reader.pace;

import java.security.SecureRandom;

import org.bouncycastle.crypto.params.ECDomainParameters;

/**
 * Where the terminal's two ephemeral key pairs come from. Production draws them at random; the
 * known-answer test replays the worked example's published private keys.
 */
@FunctionalInterface
interface EphemeralKeySource {
    EcKeyPair next(ECDomainParameters domain);

    static EphemeralKeySource random(SecureRandom random) {
        return domain -> EcKeyPair.generate(domain, random);
    }
}
