package vn.kiosk.simulator.bench;

import java.time.Clock;
import java.util.Map;

import vn.kiosk.reader.verify.PassiveAuthentication;
import vn.kiosk.reader.verify.PassiveAuthenticationResult;
import vn.kiosk.reader.verify.TrustStore;

/**
 * "The identity is verified": the SOD's signature and certificate path hold and the hashes of DG1
 * and DG13 match. Both readers in the benchmark are held to this same check, done with our
 * passive authentication on the reading thread.
 */
public final class IdentityCheck {
    private final PassiveAuthentication passive;

    public IdentityCheck(TrustStore trust) {
        this.passive = new PassiveAuthentication(trust, Clock.systemUTC());
    }

    public void verify(byte[] sod, byte[] dg1, byte[] dg13) {
        PassiveAuthenticationResult result = passive.verify(sod, Map.of(1, dg1, 13, dg13));
        if (!result.isValid()) {
            throw new IllegalStateException("the identity did not verify: " + result.problems());
        }
    }

    public void verifyAll(byte[] sod, Map<Integer, byte[]> groups) {
        PassiveAuthenticationResult result = passive.verify(sod, groups);
        if (!result.isValid()) {
            throw new IllegalStateException("passive authentication failed: " + result.problems());
        }
    }
}
