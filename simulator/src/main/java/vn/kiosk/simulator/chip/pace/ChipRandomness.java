package vn.kiosk.simulator.chip.pace;

import java.security.SecureRandom;

import org.bouncycastle.crypto.params.ECDomainParameters;

import vn.kiosk.reader.pace.EcKeyPair;

/** The chip's random choices: tests replay the worked example's nonce and private keys through it. */
interface ChipRandomness {
    byte[] nonce(int length);

    EcKeyPair keyPair(ECDomainParameters domain);

    static ChipRandomness of(SecureRandom random) {
        return new ChipRandomness() {
            @Override
            public byte[] nonce(int length) {
                byte[] nonce = new byte[length];
                random.nextBytes(nonce);
                return nonce;
            }

            @Override
            public EcKeyPair keyPair(ECDomainParameters domain) {
                return EcKeyPair.generate(domain, random);
            }
        };
    }
}
