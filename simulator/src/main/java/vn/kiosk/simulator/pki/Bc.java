package vn.kiosk.simulator.pki;

import java.security.Provider;

import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * The Bouncy Castle provider handed to every JCA call here, never registered JVM-wide: the JDK
 * cannot do brainpool keys, and the provider list belongs to whoever embeds the simulator.
 */
final class Bc {
    static final Provider PROVIDER = new BouncyCastleProvider();

    private Bc() {
    }
}
